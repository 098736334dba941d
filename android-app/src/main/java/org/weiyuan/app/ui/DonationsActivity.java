package org.weiyuan.app.ui;

import android.os.Bundle;
import android.view.View;
import android.widget.LinearLayout;
import android.widget.TextView;

import androidx.appcompat.app.AppCompatActivity;

import org.json.JSONObject;
import org.weiyuan.app.R;
import org.weiyuan.app.core.Money;

import java.util.List;

/** The donor's donations (我的捐赠) with what became of each: paid, refunded, moved to the fund. */
public class DonationsActivity extends AppCompatActivity {

    private Background background;

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_donations);
        background = new Background(getString(R.string.error_network));
        background.run(new SessionStore(this).api(this)::myDonations, this::show, this::status);
    }

    private void show(List<JSONObject> pledges) {
        LinearLayout list = findViewById(R.id.donations_list);
        list.removeAllViews();
        if (pledges.isEmpty()) {
            status(getString(R.string.donations_empty));
        }
        for (JSONObject p : pledges) {
            TextView row = new TextView(this);
            row.setTextSize(18);
            row.setPadding(0, 16, 0, 16);
            String status = p.optString("status");
            int id = getResources().getIdentifier("pledge_status_" + status, "string", getPackageName());
            row.setText(getString(R.string.donation_row, Money.yuan(p.optLong("amountFen")), id == 0 ? status : getString(id),
                    p.optString("createdAt").length() >= 10 ? p.optString("createdAt").substring(0, 10) : ""));
            list.addView(row);
        }
    }

    private void status(String text) {
        TextView status = findViewById(R.id.donations_status);
        status.setText(text);
        status.setVisibility(View.VISIBLE);
    }

    @Override
    protected void onDestroy() {
        background.stop();
        super.onDestroy();
    }
}
