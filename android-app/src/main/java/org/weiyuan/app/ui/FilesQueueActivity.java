package org.weiyuan.app.ui;

import android.os.Bundle;
import android.view.LayoutInflater;
import android.view.View;
import android.widget.LinearLayout;
import android.widget.TextView;

import org.weiyuan.app.R;
import org.weiyuan.app.core.Action;
import org.weiyuan.app.core.Responses;
import org.weiyuan.app.core.FileSummary;
import org.weiyuan.app.core.ListState;
import org.weiyuan.app.core.Money;

import java.util.List;

/**
 * Staff: what waits for them in their union subtree (the server applies the scope): household
 * files to approve, ask about or reject; wishes to publish, ask about or reject; disbursements above
 * the limit for a second approver (not the one who recorded them).
 */
public class FilesQueueActivity extends Screen {

    private final ListState<FileSummary> state = new ListState<>();

    /** Which queue is shown. */
    enum Queue { FILES, WISHES, DISBURSEMENTS, HANDOVER }

    /** Which queue a notification's link opens (a Queue's name). */
    static final String EXTRA_QUEUE = "queue";

    private Queue queue = Queue.FILES;

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_queue);
        AccountMenu.attach(this, findViewById(R.id.toolbar));
        findViewById(R.id.queue_files).setOnClickListener(v -> show(Queue.FILES));
        findViewById(R.id.queue_wishes).setOnClickListener(v -> show(Queue.WISHES));
        findViewById(R.id.queue_disbursements).setOnClickListener(v -> show(Queue.DISBURSEMENTS));
        findViewById(R.id.queue_handover).setOnClickListener(v -> show(Queue.HANDOVER));
        String asked = getIntent().getStringExtra(EXTRA_QUEUE);
        for (Queue q : Queue.values()) {
            if (q.name().equals(asked)) {
                queue = q;
            }
        }
        load();
    }

    void show(Queue q) {
        queue = q;
        ((TextView) findViewById(R.id.queue_status)).setVisibility(View.GONE);
        load();
    }

    /** The queue shown, saying it is loading and offering a retry if it fails (opened, or another queue chosen). */
    private void load() {
        fetch(true);
    }

    /** The queue again after an action: what it showed stays, and the action's message, until the answer comes. */
    private void reload() {
        fetch(false);
    }

    private void fetch(boolean loud) {
        if (queue == Queue.WISHES) {
            fetch(loud, api::wishesToVet, this::renderWishes);
        } else if (queue == Queue.HANDOVER) {
            fetch(loud, api::wishesToHandOver, this::renderHandover);
        } else if (queue == Queue.DISBURSEMENTS) {
            fetch(loud, api::pendingDisbursements, this::renderDisbursements);
        } else {
            fetch(loud, () -> api.files("UNDER_VERIFICATION"), files -> {
                state.loaded(files, System.currentTimeMillis());
                render();
            });
        }
    }

    private <T> void fetch(boolean loud, Background.Call<T> call, Background.Done<T> show) {
        if (loud) {
            loadList(call, show);
        } else {
            background.run(call, show, this::status);
        }
    }

    private void render() {
        TextView status = findViewById(R.id.queue_status);
        LinearLayout list = findViewById(R.id.queue_list);
        list.removeAllViews();
        if (state.status() == ListState.Status.EMPTY) {
            status.setText(R.string.queue_empty);
            status.setVisibility(View.VISIBLE);
        } else if (state.message() != null) {
            status.setText(state.message());
            status.setVisibility(View.VISIBLE);
        } else {
            status.setVisibility(View.GONE);
        }
        for (FileSummary f : state.items()) {
            View card = LayoutInflater.from(this).inflate(R.layout.item_file, list, false);
            ((TextView) card.findViewById(R.id.file_name)).setText(getString(R.string.file_title, f.headName, f.district));
            ((TextView) card.findViewById(R.id.file_facts)).setText(getString(R.string.file_facts, f.memberCount,
                    Money.yuan(f.perCapitaIncomeFen), label("category_", f.category), label("severity_", f.severity)));
            View open = card.findViewById(R.id.file_open);
            open.setVisibility(View.VISIBLE); // the whole file, the visits and the documents before deciding
            open.setOnClickListener(v -> startActivity(new android.content.Intent(this, FileReviewActivity.class)
                    .putExtra(FileReviewActivity.EXTRA_ID, f.id)));
            card.findViewById(R.id.file_approve).setOnClickListener(v -> confirm(actionLabel(R.string.file_approve, f.headName),
                    () -> act(Action.approveFile(f.id).labelled(actionLabel(R.string.file_approve, f.headName)), getString(R.string.file_approved), this::reload)));
            card.findViewById(R.id.file_ask).setOnClickListener(v -> prompt(R.string.file_ask, text ->
                    act(Action.askAboutFile(f.id, text).labelled(actionLabel(R.string.file_ask, f.headName)), getString(R.string.file_asked), this::reload)));
            card.findViewById(R.id.file_reject).setOnClickListener(v -> prompt(R.string.file_reject_reason, text ->
                    confirm(getString(R.string.review_confirm_reject, f.headName, text), () -> act(Action.rejectFile(f.id, text)
                            .labelled(actionLabel(R.string.file_reject, f.headName)), getString(R.string.file_rejected), this::reload))));
            list.addView(card);
        }
    }

    private void renderWishes(List<Responses.WishView> wishes) {
        LinearLayout list = cleared(wishes.isEmpty());
        for (Responses.WishView w : wishes) {
            View card = LayoutInflater.from(this).inflate(R.layout.item_file, list, false);
            String id = w.id;
            String title = w.title;
            ((TextView) card.findViewById(R.id.file_name)).setText(title);
            ((TextView) card.findViewById(R.id.file_facts)).setText(getString(R.string.wish_facts, w.district,
                    Money.yuan(w.targetFen)));
            TextView open = card.findViewById(R.id.file_open);
            open.setText(R.string.wish_review_open);
            open.setVisibility(View.VISIBLE); // the items, story, photos, the household and the admission letter before deciding
            open.setOnClickListener(v -> startActivity(new android.content.Intent(this, WishReviewActivity.class)
                    .putExtra(WishReviewActivity.EXTRA_ID, id)));
            ((TextView) card.findViewById(R.id.file_approve)).setText(R.string.wish_publish);
            card.findViewById(R.id.file_approve).setOnClickListener(v -> confirm(actionLabel(R.string.wish_publish, title),
                    () -> act(Action.publishWish(id).labelled(actionLabel(R.string.wish_publish, title)), getString(R.string.wish_published), this::reload)));
            card.findViewById(R.id.file_ask).setOnClickListener(v -> prompt(R.string.file_ask, text ->
                    act(Action.askAboutWish(id, text).labelled(actionLabel(R.string.file_ask, title)), getString(R.string.file_asked), this::reload)));
            card.findViewById(R.id.file_reject).setOnClickListener(v -> prompt(R.string.file_reject_reason, text ->
                    confirm(getString(R.string.wish_review_confirm_reject, title, text), () -> act(Action.rejectWish(id, text)
                            .labelled(actionLabel(R.string.file_reject, title)), getString(R.string.file_rejected), this::reload))));
            list.addView(card);
        }
    }

    private void renderDisbursements(List<Responses.PendingDisbursement> pending) {
        LinearLayout list = cleared(pending.isEmpty());
        for (Responses.PendingDisbursement p : pending) {
            View card = LayoutInflater.from(this).inflate(R.layout.item_file, list, false);
            String id = p.id;
            boolean mine = p.mine;
            ((TextView) card.findViewById(R.id.file_name)).setText(p.wishTitle);
            String facts = getString(R.string.disbursement_facts, Money.yuan(p.amountFen), p.reference);
            // why the button is disabled is said in the card, not printed on the disabled button
            ((TextView) card.findViewById(R.id.file_facts)).setText(mine ? facts + "\n" + getString(R.string.disbursement_mine) : facts);
            TextView approve = card.findViewById(R.id.file_approve);
            approve.setText(R.string.disbursement_approve);
            approve.setEnabled(!mine); // whoever recorded it may not approve it
            approve.setOnClickListener(v -> confirm(actionLabel(R.string.disbursement_approve, p.wishTitle), () -> act(Action.approveDisbursement(id).labelled(actionLabel(R.string.disbursement_approve, p.wishTitle)),
                    getString(R.string.disbursement_approved), this::reload)));
            card.findViewById(R.id.file_ask).setVisibility(View.GONE);
            card.findViewById(R.id.file_reject).setVisibility(View.GONE);
            list.addView(card);
        }
    }

    /** Funded wishes whose help is being handed over: each opens its proof of hand-over (拨付凭证), taken with the camera. */
    private void renderHandover(List<org.weiyuan.app.core.StaffWish> wishes) {
        LinearLayout list = cleared(wishes.isEmpty());
        for (org.weiyuan.app.core.StaffWish w : wishes) {
            View card = LayoutInflater.from(this).inflate(R.layout.item_file, list, false);
            ((TextView) card.findViewById(R.id.file_name)).setText(w.title);
            ((TextView) card.findViewById(R.id.file_facts)).setText(getString(R.string.handover_facts, w.district, Money.yuan(w.targetFen),
                    label("staff_wish_status_", w.status)));
            TextView proof = card.findViewById(R.id.file_approve);
            proof.setText(R.string.wish_review_take_proof);
            proof.setOnClickListener(v -> startActivity(ProofActivity.intent(this, w)));
            TextView open = card.findViewById(R.id.file_open);
            open.setText(R.string.wish_review_open);
            open.setVisibility(View.VISIBLE);
            open.setOnClickListener(v -> startActivity(new android.content.Intent(this, WishReviewActivity.class)
                    .putExtra(WishReviewActivity.EXTRA_ID, w.id)));
            card.findViewById(R.id.file_ask).setVisibility(View.GONE);
            card.findViewById(R.id.file_reject).setVisibility(View.GONE);
            list.addView(card);
        }
    }

    private LinearLayout cleared(boolean empty) {
        LinearLayout list = findViewById(R.id.queue_list);
        list.removeAllViews();
        if (empty) {
            status(getString(R.string.queue_empty));
        }
        return list;
    }

    @Override
    protected boolean isHome() {
        return true;
    }

    @Override
    protected int statusViewId() {
        return R.id.queue_status;
    }

    @Override
    protected void afterPendingSent() {
        reload();
    }
}
