package org.weiyuan.app.ui;

import android.content.Intent;
import android.os.Bundle;
import android.view.View;
import android.view.ViewGroup;
import android.widget.EditText;
import android.widget.LinearLayout;
import android.widget.TextView;

import com.google.android.material.button.MaterialButton;
import com.google.android.material.progressindicator.LinearProgressIndicator;

import org.weiyuan.app.core.Responses;
import org.weiyuan.app.R;
import org.weiyuan.app.core.Action;
import org.weiyuan.app.core.Money;
import org.weiyuan.app.core.WorkerActions;

import java.util.List;

/**
 * The worker's home: where their household file stands and the questions staff asked (answered
 * here), their own wishes and how far each has come (confirming receipt with a thank-you once the
 * help is handed over), and the way to post a wish and to see jobs and services.
 */
public class WorkerActivity extends Screen {

    /** Where the backend lets the household withdraw a wish (WishLifecycle: before anyone has given). */
    static final java.util.Set<String> WITHDRAWABLE = new java.util.HashSet<>(java.util.Arrays.asList(
            "DRAFT", "SUBMITTED", "NEEDS_INFO", "PUBLISHED"));

    static final int PICK_DOCUMENT = 17;
    private static final String STATE_ANSWERING = "answering_question";
    /** The file's id once loaded, and the question a document is being picked for (kept across a rotation). */
    private String fileId;
    private String answering;

    /** The action that answers one question staff asked. */
    private interface Answer {
        Action to(String questionId, String text);
    }

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_worker);
        AccountMenu.attach(this, findViewById(R.id.toolbar));
        findViewById(R.id.post_wish).setOnClickListener(v -> startActivity(new Intent(this, WishFormActivity.class)));
        findViewById(R.id.my_jobs).setOnClickListener(v -> startActivity(new Intent(this, JobsActivity.class)));
        findViewById(R.id.scholarship).setOnClickListener(v -> startActivity(new Intent(this, ScholarshipActivity.class)));
        findViewById(R.id.my_services).setOnClickListener(v -> startActivity(new Intent(this, ServicesActivity.class)));
        findViewById(R.id.my_inbox).setOnClickListener(v -> startActivity(new Intent(this, InboxActivity.class)));
        findViewById(R.id.my_plan).setOnClickListener(v -> startActivity(new Intent(this, HelpPlanActivity.class)));
        findViewById(R.id.my_mutual_aid).setOnClickListener(v -> startActivity(new Intent(this, MutualAidActivity.class)));
        findViewById(R.id.my_requests).setOnClickListener(v -> startActivity(new Intent(this, MyRequestsActivity.class)));
        findViewById(R.id.household_edit).setOnClickListener(v -> startActivity(new Intent(this, HouseholdFormActivity.class)));
        findViewById(R.id.household_submit).setOnClickListener(v -> act(WorkerActions.submitHousehold(fileId)
                .labelled(getString(R.string.hh_submit_file)), getString(R.string.hh_submitted), this::load));
        answering = savedInstanceState == null ? null : savedInstanceState.getString(STATE_ANSWERING);
        if (elder) {
            simplify();
        }
        load();
    }

    /**
     * 长辈版's home: the file, its questions and the wishes stay; the actions are the few main ones
     * (post a wish, the messages with how many are unread, call the union); scholarship, jobs,
     * services, the help plan and mutual aid are in the normal version.
     */
    private void simplify() {
        findViewById(R.id.scholarship).setVisibility(View.GONE);
        findViewById(R.id.my_jobs).setVisibility(View.GONE);
        findViewById(R.id.my_services).setVisibility(View.GONE);
        findViewById(R.id.my_plan).setVisibility(View.GONE);
        findViewById(R.id.my_mutual_aid).setVisibility(View.GONE);
        findViewById(R.id.my_requests).setVisibility(View.GONE);
        MaterialButton call = findViewById(R.id.call_union);
        String phone = getString(R.string.union_phone);
        call.setText(getString(R.string.elder_call_union, phone));
        call.setVisibility(View.VISIBLE);
        call.setOnClickListener(v -> startActivity(new Intent(Intent.ACTION_DIAL, android.net.Uri.parse("tel:" + phone))));
        // the messages first after posting: what the union asked is what an older worker most needs to see
        View inbox = findViewById(R.id.my_inbox);
        ViewGroup actions = (ViewGroup) inbox.getParent();
        actions.removeView(inbox);
        actions.addView(inbox, actions.indexOfChild(findViewById(R.id.post_wish)) + 1);
        background.run(api::inbox, notices -> {
            int unread = 0;
            for (Responses.Notice n : notices) {
                unread += n.read ? 0 : 1;
            }
            ((MaterialButton) inbox).setText(unread == 0 ? getString(R.string.inbox_title) : getString(R.string.elder_inbox_unread, unread));
        }, this::status);
    }

    @Override
    protected void afterPendingSent() {
        load();
    }

    @Override
    protected void onResume() {
        super.onResume();
        if (fileId != null || findViewById(R.id.household_edit).getVisibility() == View.VISIBLE) {
            load(); // back from the household form: the file may have changed
        }
    }

    @Override
    protected void onSaveInstanceState(Bundle out) {
        super.onSaveInstanceState(out);
        out.putString(STATE_ANSWERING, answering);
    }

    private void load() {
        background.run(api::myHousehold, this::show, this::status);
    }

    private void show(Responses.Household file) {
        TextView state = findViewById(R.id.file_state);
        LinearLayout questions = findViewById(R.id.questions);
        questions.removeAllViews();
        MaterialButton edit = findViewById(R.id.household_edit);
        edit.setVisibility(file == null || file.editable() ? View.VISIBLE : View.GONE);
        edit.setText(file == null ? R.string.hh_open_new : R.string.hh_open_edit);
        findViewById(R.id.household_submit).setVisibility(file != null && "DRAFT".equals(file.status) ? View.VISIBLE : View.GONE);
        if (file == null) {
            fileId = null;
            state.setText(R.string.file_none);
            findViewById(R.id.my_wishes_section).setVisibility(View.GONE); // no file, no wishes: no empty heading either
            return;
        }
        state.setText(label("file_status_", file.status));
        fileId = file.id;
        String id = file.id;
        addOpenQuestions(questions, file.questions, (q, text) -> Action.answerAboutFile(id, q, text));
        for (int i = 0; i < questions.getChildCount(); i++) {
            offerDocument(questions.getChildAt(i), file.documentKinds);
        }
        background.run(api::myWishes, this::showWishes, this::status);
    }

    /**
     * A question that asks for a document (收入证明, 诊断证明…) is answered by sending one, a photo or a
     * PDF: the backend refuses a text answer to it, so the text box is not offered there.
     */
    private void offerDocument(View row, java.util.Map<String, String> kinds) {
        String questionId = (String) row.getTag();
        String kind = kinds.get(questionId);
        if (kind == null) {
            return;
        }
        row.findViewById(R.id.question_answer).setVisibility(View.GONE);
        row.findViewById(R.id.question_send).setVisibility(View.GONE);
        TextView asks = row.findViewById(R.id.question_asks_for);
        asks.setText(getString(R.string.answer_asks_for, label("document_", kind)));
        asks.setVisibility(View.VISIBLE);
        row.findViewById(R.id.question_documents).setVisibility(View.VISIBLE);
        row.findViewById(R.id.question_photo).setOnClickListener(v -> pickDocument(questionId, "image/*"));
        row.findViewById(R.id.question_pdf).setOnClickListener(v -> pickDocument(questionId, "application/pdf"));
    }

    private void pickDocument(String questionId, String type) {
        answering = questionId;
        Intent pick = new Intent(Intent.ACTION_GET_CONTENT).setType(type).addCategory(Intent.CATEGORY_OPENABLE);
        startActivityForResult(Intent.createChooser(pick, getString(R.string.answer_with_photo)), PICK_DOCUMENT);
    }

    @Override
    protected void onActivityResult(int requestCode, int resultCode, Intent data) {
        super.onActivityResult(requestCode, resultCode, data);
        if (requestCode != PICK_DOCUMENT || resultCode != RESULT_OK || data == null || data.getData() == null
                || answering == null || fileId == null) {
            return;
        }
        byte[] bytes;
        String type;
        try {
            String given = getContentResolver().getType(data.getData());
            if ("application/pdf".equals(given)) {
                bytes = Documents.read(getContentResolver(), data.getData());
                type = given;
            } else {
                bytes = Photos.readSmall(getContentResolver(), data.getData()); // made small: a cheap phone on a slow network
                type = "image/jpeg";
            }
        } catch (java.io.IOException | IllegalArgumentException e) {
            status(getString(R.string.answer_document_unreadable));
            return;
        }
        String file = fileId;
        String question = answering;
        String sendType = type;
        byte[] send = bytes;
        status(getString(R.string.answer_document_sending));
        background.run(() -> api.answerWithDocument(file, question, send, sendType), sent -> {
            answering = null;
            status(getString(R.string.answer_document_sent));
            load();
        }, refused -> status(refused.detail), () -> status(getString(R.string.answer_document_offline)));
    }

    private void showWishes(List<Responses.WishView> wishes) {
        LinearLayout list = findViewById(R.id.my_wishes);
        list.removeAllViews();
        findViewById(R.id.my_wishes_section).setVisibility(View.VISIBLE);
        findViewById(R.id.my_wishes_empty).setVisibility(wishes.isEmpty() ? View.VISIBLE : View.GONE);
        for (Responses.WishView w : wishes) {
            View row = getLayoutInflater().inflate(R.layout.item_my_wish, list, false);
            String id = w.id;
            String status = w.status;
            ((TextView) row.findViewById(R.id.my_wish_title)).setText(w.title);
            ((TextView) row.findViewById(R.id.my_wish_status)).setText(label("wish_status_", status));
            long target = w.targetFen;
            long pledged = w.pledgedFen;
            ((LinearProgressIndicator) row.findViewById(R.id.my_wish_progress))
                    .setProgressCompat(target == 0 ? 0 : (int) Math.min(100, pledged * 100 / target), false);
            ((TextView) row.findViewById(R.id.my_wish_amounts)).setText(getString(R.string.wish_progress, Money.yuan(pledged),
                    Money.yuan(target)));
            if ("NEEDS_INFO".equals(status) || "REJECTED".equals(status)) {
                // the list is a summary; the questions and the reason are on the wish itself
                background.run(() -> api.myWish(id), full -> showDetail(row, full), this::status);
            }
            if (WITHDRAWABLE.contains(status)) {
                String title = w.title;
                View withdraw = row.findViewById(R.id.my_wish_withdraw);
                withdraw.setVisibility(View.VISIBLE);
                withdraw.setOnClickListener(v -> new com.google.android.material.dialog.MaterialAlertDialogBuilder(this)
                        .setTitle(actionLabel(R.string.my_wish_withdraw, title)).setMessage(R.string.my_wish_withdraw_confirm)
                        .setPositiveButton(R.string.confirm_yes, (d, which) -> act(Action.withdrawWish(id)
                                .labelled(actionLabel(R.string.my_wish_withdraw, title)), getString(R.string.my_wish_withdrawn), this::load))
                        .setNegativeButton(R.string.confirm_no, null).show());
            }
            if ("FULFILLING".equals(status)) {
                row.findViewById(R.id.my_wish_receipt).setVisibility(View.VISIBLE);
                EditText thanks = row.findViewById(R.id.my_wish_thanks);
                String title = w.title;
                row.findViewById(R.id.my_wish_confirm).setOnClickListener(v -> act(Action.confirmReceipt(id,
                        thanks.getText().toString().trim()).labelled(actionLabel(R.string.my_wish_confirm, title)),
                        getString(R.string.my_wish_confirmed), this::load));
            }
            list.addView(row);
        }
    }

    private void showDetail(View row, Responses.WishView wish) {
        if (wish.rejectionReason != null) {
            ((TextView) row.findViewById(R.id.my_wish_status)).setText(getString(R.string.my_wish_rejected, wish.rejectionReason));
        }
        String id = wish.id;
        addOpenQuestions(row.findViewById(R.id.my_wish_questions), wish.questions,
                (q, text) -> Action.answerAboutWish(id, q, text));
    }

    /** A row for each question not yet answered: the question, a box for the answer, a send button. */
    private void addOpenQuestions(LinearLayout into, List<Responses.Question> asked, Answer answer) {
        for (Responses.Question q : asked) {
            if (!q.open()) {
                continue;
            }
            View row = getLayoutInflater().inflate(R.layout.item_question, into, false);
            row.setTag(q.id);
            ((TextView) row.findViewById(R.id.question_text)).setText(q.text);
            EditText text = row.findViewById(R.id.question_answer);
            MaterialButton send = row.findViewById(R.id.question_send);
            String questionId = q.id;
            send.setOnClickListener(v -> {
                String written = text.getText().toString().trim();
                if (!written.isEmpty()) {
                    act(answer.to(questionId, written).labelled(actionLabel(R.string.answer_send, q.text)),
                            getString(R.string.answer_sent), this::load);
                }
            });
            into.addView(row);
        }
    }

    @Override
    protected boolean isHome() {
        return true;
    }

    @Override
    protected int statusViewId() {
        return R.id.worker_status;
    }

}
