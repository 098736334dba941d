package org.weiyuan.app.ui;

import android.os.Bundle;
import android.view.View;
import android.widget.LinearLayout;
import android.widget.TextView;

import com.google.android.material.button.MaterialButton;

import org.weiyuan.app.R;
import org.weiyuan.app.core.Responses;

import java.util.List;

/**
 * The service menu (点菜单式服务): legal aid, counselling, training, discounts, volunteers. Ordering
 * asks the server to book the nearest offer of that kind with room; if none has room the order waits
 * and the union sees it as unmet demand.
 */
public class ServicesActivity extends Screen {

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_services);
        loadList(api::serviceMenu, this::show);
    }

    private void show(List<Responses.ServiceOffer> offers) {
        LinearLayout list = findViewById(R.id.services_list);
        list.removeAllViews();
        if (offers.isEmpty()) {
            status(getString(R.string.services_empty));
        }
        for (Responses.ServiceOffer o : offers) {
            View card = getLayoutInflater().inflate(R.layout.item_job, list, false);
            ((TextView) card.findViewById(R.id.job_title)).setText(o.title);
            ((TextView) card.findViewById(R.id.job_facts)).setText(getString(R.string.service_facts,
                    label("service_", o.category), o.placesLeft));
            ((TextView) card.findViewById(R.id.job_why)).setText(o.description);
            MaterialButton order = card.findViewById(R.id.job_apply);
            order.setText(R.string.service_order);
            order.setOnClickListener(v -> {
                order.setEnabled(false);
                background.run(() -> api.orderService(o.category, o.district), status -> {
                    order.setText("BOOKED".equals(status) ? R.string.service_booked : R.string.service_waiting);
                    status(getString("BOOKED".equals(status) ? R.string.service_booked_detail : R.string.service_waiting_detail));
                }, message -> {
                    order.setEnabled(true);
                    status(message);
                });
            });
            list.addView(card);
        }
    }

    @Override
    protected int statusViewId() {
        return R.id.services_status;
    }
}
