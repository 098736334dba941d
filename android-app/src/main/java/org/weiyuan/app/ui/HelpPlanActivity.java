package org.weiyuan.app.ui;

import android.os.Bundle;
import android.view.View;
import android.widget.LinearLayout;
import android.widget.TextView;

import org.weiyuan.app.R;
import org.weiyuan.app.core.Responses;

/**
 * 我的帮扶计划: the worker's own help plan as the union made it (goals, the helper, each measure and
 * how far it has come). Read only; a worker the union has made no plan for yet is told so plainly.
 */
public class HelpPlanActivity extends Screen {

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_help_plan);
        findViewById(R.id.plan_retry).setOnClickListener(v -> load());
        load();
    }

    private void load() {
        findViewById(R.id.plan_retry).setVisibility(View.GONE);
        status(getString(R.string.feed_loading));
        background.run(api::myPlan, this::show, message -> {
            status(message);
            findViewById(R.id.plan_retry).setVisibility(View.VISIBLE);
        });
    }

    private void show(Responses.MyPlan plan) {
        if (plan == null) {
            status(getString(R.string.plan_none));
            findViewById(R.id.plan_body).setVisibility(View.GONE);
            return;
        }
        findViewById(statusViewId()).setVisibility(View.GONE);
        findViewById(R.id.plan_body).setVisibility(View.VISIBLE);
        ((TextView) findViewById(R.id.plan_goals)).setText(plan.goals);
        ((TextView) findViewById(R.id.plan_helper)).setText(plan.helperName == null
                ? getString(R.string.plan_helper_none) : getString(R.string.plan_helper, plan.helperName));
        TextView closed = findViewById(R.id.plan_closed);
        closed.setVisibility(plan.closedOn == null ? View.GONE : View.VISIBLE);
        if (plan.closedOn != null) {
            closed.setText(getString(R.string.plan_closed, plan.closedOn));
        }
        LinearLayout list = findViewById(R.id.plan_measures);
        list.removeAllViews();
        for (Responses.PlanMeasure m : plan.measures) {
            View row = getLayoutInflater().inflate(R.layout.item_plan_measure, list, false);
            ((TextView) row.findViewById(R.id.measure_title)).setText(label("help_kind_", m.kind));
            ((TextView) row.findViewById(R.id.measure_status)).setText(label("measure_status_", m.status));
            StringBuilder detail = new StringBuilder(m.description);
            if (m.ownerName != null) {
                detail.append(detail.length() == 0 ? "" : "\n").append(getString(R.string.measure_owner, m.ownerName));
            }
            if (m.dueOn != null) {
                detail.append(detail.length() == 0 ? "" : "\n").append(getString(R.string.measure_due, m.dueOn));
            }
            if (m.result != null && !m.result.isEmpty()) {
                detail.append(detail.length() == 0 ? "" : "\n").append(getString(R.string.measure_result, m.result));
            }
            ((TextView) row.findViewById(R.id.measure_detail)).setText(detail);
            list.addView(row);
        }
    }

    @Override
    protected int statusViewId() {
        return R.id.plan_status;
    }
}
