package org.weiyuan.app.ui;

import android.os.Bundle;
import android.view.View;
import android.widget.LinearLayout;
import android.widget.TextView;

import com.google.android.material.button.MaterialButton;
import com.google.android.material.dialog.MaterialAlertDialogBuilder;

import org.weiyuan.app.R;
import org.weiyuan.app.core.Action;
import org.weiyuan.app.core.Money;
import org.weiyuan.app.core.WorkerActions;
import org.weiyuan.app.core.Responses;

import java.util.ArrayList;
import java.util.List;

/**
 * 我的申请与预约: in one place, what the worker asked for and where each stands, with the next step in
 * plain words: the scholarship requests (金秋助学: the state, what is still missing, the money raised and
 * paid out), the jobs applied for (withdrawn here while open) and the services booked (cancelled here).
 */
public class MyRequestsActivity extends Screen {

    /** All three lists, loaded together: the screen shows when all are in (or retries all). */
    private static final class Mine {
        final List<Responses.WishView> scholarships;
        final List<Responses.JobApplication> jobs;
        final List<Responses.ServiceOrder> orders;

        Mine(List<Responses.WishView> scholarships, List<Responses.JobApplication> jobs,
             List<Responses.ServiceOrder> orders) {
            this.scholarships = scholarships;
            this.jobs = jobs;
            this.orders = orders;
        }
    }

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_my_requests);
        load();
    }

    @Override
    protected void afterPendingSent() {
        load();
    }

    private void load() {
        loadList(() -> new Mine(api.myScholarships(), api.myJobApplications(), api.myServiceOrders()), this::show);
    }

    private void show(Mine mine) {
        findViewById(R.id.mine_body).setVisibility(View.VISIBLE);
        LinearLayout scholarships = findViewById(R.id.mine_scholarships);
        scholarships.removeAllViews();
        if (mine.scholarships.isEmpty()) {
            empty(scholarships, R.string.mine_scholarship_none);
        }
        for (Responses.WishView s : mine.scholarships) {
            View row = row(scholarships, s.title, label("wish_status_", s.status));
            List<String> detail = new ArrayList<>();
            if (s.rejectionReason != null) {
                detail.add(getString(R.string.mine_rejected, s.rejectionReason));
            }
            if (!s.hasAdmissionLetter) {
                detail.add(getString(R.string.mine_missing_letter));
            }
            if (s.openQuestions() > 0) {
                detail.add(getString(R.string.mine_missing_answers, s.openQuestions()));
            }
            if (s.hasAdmissionLetter && s.openQuestions() == 0 && s.rejectionReason == null) {
                detail.add(getString(R.string.mine_missing_nothing));
            }
            detail.add(getString(R.string.mine_scholarship_money, Money.yuan(s.pledgedFen), Money.yuan(s.targetFen), Money.yuan(s.paidFen)));
            ((TextView) row.findViewById(R.id.request_detail)).setText(android.text.TextUtils.join("\n", detail));
        }

        LinearLayout jobs = findViewById(R.id.mine_jobs);
        jobs.removeAllViews();
        if (mine.jobs.isEmpty()) {
            empty(jobs, R.string.mine_jobs_none);
        }
        for (Responses.JobApplication a : mine.jobs) {
            View row = row(jobs, a.listingTitle, label("job_app_status_", a.status));
            String next = label("job_app_next_", a.status);
            ((TextView) row.findViewById(R.id.request_detail)).setText(a.note == null || a.note.isEmpty() ? next : a.note + "\n" + next);
            if ("APPLIED".equals(a.status) || "INTERVIEW".equals(a.status)) {
                offer(row, R.string.mine_withdraw_application, a.listingTitle,
                        WorkerActions.withdrawApplication(a.id), R.string.mine_application_withdrawn);
            }
        }

        LinearLayout orders = findViewById(R.id.mine_services);
        orders.removeAllViews();
        if (mine.orders.isEmpty()) {
            empty(orders, R.string.mine_services_none);
        }
        for (Responses.ServiceOrder o : mine.orders) {
            String title = getString(R.string.mine_order_title, label("service_", o.category), o.district);
            View row = row(orders, title, label("order_status_", o.status));
            String next = label("order_next_", o.status);
            ((TextView) row.findViewById(R.id.request_detail)).setText("BOOKED".equals(o.status)
                    ? getString(R.string.mine_order_pay, Money.yuan(o.payFen), Money.yuan(o.discountFen)) + "\n" + next : next);
            if (!"CANCELLED".equals(o.status)) {
                offer(row, R.string.mine_cancel_order, title, WorkerActions.cancelOrder(o.id), R.string.mine_order_cancelled);
            }
        }
    }

    private View row(LinearLayout into, String title, String state) {
        View row = getLayoutInflater().inflate(R.layout.item_request, into, false);
        ((TextView) row.findViewById(R.id.request_title)).setText(title);
        ((TextView) row.findViewById(R.id.request_state)).setText(state);
        into.addView(row);
        return row;
    }

    private void empty(LinearLayout into, int text) {
        TextView t = new TextView(this);
        t.setText(text);
        t.setTextSize(android.util.TypedValue.COMPLEX_UNIT_SP, 18);
        into.addView(t);
    }

    /** The one thing the worker may do with a request, asked once more (it cannot be undone), and queued when offline. */
    private void offer(View row, int what, String title, Action action, int done) {
        MaterialButton button = row.findViewById(R.id.request_action);
        button.setText(what);
        button.setContentDescription(getString(what) + "：" + title);
        button.setVisibility(View.VISIBLE);
        button.setOnClickListener(v -> new MaterialAlertDialogBuilder(this).setTitle(getString(what) + "：" + title)
                .setMessage(R.string.mine_confirm)
                .setPositiveButton(R.string.confirm_yes, (d, w) -> act(action.labelled(getString(what) + "：" + title), getString(done), this::load))
                .setNegativeButton(R.string.confirm_no, null).show());
    }

    @Override
    protected int statusViewId() {
        return R.id.mine_status;
    }
}
