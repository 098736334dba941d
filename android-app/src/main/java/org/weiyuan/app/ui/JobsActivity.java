package org.weiyuan.app.ui;

import android.os.Bundle;
import android.view.View;
import android.widget.LinearLayout;
import android.widget.TextView;

import com.google.android.material.button.MaterialButton;

import org.weiyuan.app.R;
import org.weiyuan.app.core.Action;
import org.weiyuan.app.core.JobMatch;
import org.weiyuan.app.core.Money;

import java.util.List;

/** Jobs picked for the worker, each with "why this job" (the server's reasons), and applying with one tap. */
public class JobsActivity extends Screen {

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_jobs);
        loadList(api::jobMatches, this::show);
    }

    private void show(List<JobMatch> matches) {
        LinearLayout list = findViewById(R.id.jobs_list);
        list.removeAllViews();
        if (matches.isEmpty()) {
            status(getString(R.string.jobs_none));
        }
        for (JobMatch m : matches) {
            View card = getLayoutInflater().inflate(R.layout.item_job, list, false);
            ((TextView) card.findViewById(R.id.job_title)).setText(m.title);
            String wage = Money.yuan(m.wageMinFen) + "–" + Money.yuan(m.wageMaxFen);
            ((TextView) card.findViewById(R.id.job_facts)).setText(getString("HOUR".equals(m.wagePeriod)
                    ? R.string.job_facts_hour : R.string.job_facts_month, m.employer, m.district, wage));
            StringBuilder why = new StringBuilder(getString(R.string.job_why));
            for (String reason : m.why) {
                why.append("\n• ").append(reason);
            }
            ((TextView) card.findViewById(R.id.job_why)).setText(why);
            MaterialButton apply = card.findViewById(R.id.job_apply);
            apply.setOnClickListener(v -> {
                apply.setEnabled(false); // once: kept and sent later when offline
                act(Action.applyForJob(m.listingId).labelled(actionLabel(R.string.job_apply, m.title)),
                        getString(R.string.job_applied_detail, m.title), () -> apply.setText(R.string.job_applied));
            });
            list.addView(card);
        }
    }

    @Override
    protected int statusViewId() {
        return R.id.jobs_status;
    }

}
