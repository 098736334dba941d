package org.weiyuan.app.ui;

import android.os.Bundle;
import android.widget.LinearLayout;
import android.widget.TextView;

import org.json.JSONObject;
import org.weiyuan.app.R;
import org.weiyuan.app.core.Money;

import java.util.List;

/** The donor's donations (我的捐赠) with what became of each: paid, refunded, moved to the fund. */
public class DonationsActivity extends Screen {

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_donations);
        background.run(api::myDonations, this::show, this::status);
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
        status(R.id.donations_status, text);
    }

}
