package org.weiyuan.app.ui;

import android.graphics.Bitmap;
import android.view.View;
import android.widget.LinearLayout;
import android.widget.TextView;

import org.weiyuan.app.R;
import org.weiyuan.app.core.Action;
import org.weiyuan.app.core.Money;
import org.weiyuan.app.core.Responses;

import java.util.ArrayList;
import java.util.List;

/**
 * Staff: the whole household file before deciding (审批), from the queue: the head (masked), every
 * member with their income, the household's and each person's income against the region's 低保
 * line, the causes, the category and severity the rules gave, every home visit's four looks, the
 * help recommended and its conclusion, and the documents (photos shown, PDFs named). Approving and
 * rejecting are asked once more in a dialog that names the household (and the reason).
 */
public class FileReviewActivity extends ReviewScreen<FileReviewActivity.Loaded> {

    static final String EXTRA_ID = "householdId";
    private static final int RECORD_VISIT = 61;

    /** What the screen shows once loaded: the file, its documents and their pictures (null for a PDF or one that failed). */
    static final class Loaded {
        final Responses.StaffFile file;
        final List<Responses.Document> documents;
        final List<Bitmap> pictures;

        Loaded(Responses.StaffFile file, List<Responses.Document> documents, List<Bitmap> pictures) {
            this.file = file;
            this.documents = documents;
            this.pictures = pictures;
        }
    }

    public FileReviewActivity() {
        super(R.layout.activity_file_review, EXTRA_ID);
    }

    @Override
    protected Loaded load() throws java.io.IOException, org.weiyuan.app.core.ApiException {
        Responses.StaffFile file = api.staffFile(id);
        List<Responses.Document> documents = api.fileDocuments(id);
        List<Bitmap> pictures = new ArrayList<>();
        for (Responses.Document d : documents) {
            pictures.add(d.image() ? picture(() -> api.fileDocument(id, d.id)) : null); // one that fails is named, not shown
        }
        return new Loaded(file, documents, pictures);
    }

    @Override
    protected void show(Loaded loaded) {
        Responses.StaffFile f = loaded.file;
        text(R.id.review_head, getString(R.string.review_head, f.headName, f.district,
                f.housing == null ? getString(R.string.review_none) : label("housing_", f.housing), label("staff_file_status_", f.status)));
        StringBuilder family = new StringBuilder();
        for (Responses.Member m : f.members) {
            family.append(family.length() == 0 ? "" : "\n").append(getString(R.string.review_member_line, m.name,
                    label("relation_", m.relation), m.birthYear, label("health_", m.healthStatus), label("work_", m.workStatus),
                    Money.yuan(m.monthlyIncomeFen)));
        }
        text(R.id.review_family, family.toString());
        String money = getString(R.string.review_money, Money.yuan(f.totalMonthlyIncomeFen), Money.yuan(f.otherMonthlyIncomeFen),
                Money.yuan(f.perCapitaIncomeFen)) + "\n" + (f.povertyLineFen > 0
                ? getString(R.string.review_line, f.povertyLineYear, Money.yuan(f.povertyLineFen)) : getString(R.string.review_no_line));
        text(R.id.review_money, money);
        text(R.id.review_assessment, assessment(f));
        text(R.id.review_visits, VisitText.all(this, f.visits));
        showDocuments(loaded);
        String name = f.headName;
        View record = findViewById(R.id.review_record_visit);
        record.setVisibility("UNDER_VERIFICATION".equals(f.status) ? View.VISIBLE : View.GONE);
        record.setOnClickListener(v -> startActivityForResult(VisitActivity.intent(this, id, name, f.district), RECORD_VISIT));
        View approve = findViewById(R.id.review_approve);
        approve.setEnabled(!f.visits.isEmpty()); // the server refuses approval without a visit; why is said under 入户核查
        approve.setOnClickListener(v -> confirm(getString(R.string.review_confirm_approve, name),
                () -> decide(Action.approveFile(id), R.string.file_approve, name, R.string.file_approved, this::decided)));
        View ask = findViewById(R.id.review_ask);
        ask.setEnabled(true);
        ask.setOnClickListener(v -> prompt(R.string.file_ask,
                text -> decide(Action.askAboutFile(id, text), R.string.file_ask, name, R.string.file_asked, this::reload)));
        View reject = findViewById(R.id.review_reject);
        reject.setEnabled(true);
        reject.setOnClickListener(v -> prompt(R.string.file_reject_reason, reason -> confirm(getString(R.string.review_confirm_reject, name, reason),
                () -> decide(Action.rejectFile(id, reason), R.string.file_reject, name, R.string.file_rejected, this::decided))));
    }

    /** The category and severity the rules gave, and on what: the causes and the staff's note. */
    private String assessment(Responses.StaffFile f) {
        StringBuilder s = new StringBuilder(f.category == null ? getString(R.string.review_unassessed)
                : label("category_", f.category) + (f.severity == null ? "" : " · " + label("severity_", f.severity)));
        List<String> causes = new ArrayList<>();
        for (String c : f.causes) {
            causes.add(label("cause_", c));
        }
        s.append("\n").append(getString(R.string.review_causes, causes.isEmpty() ? getString(R.string.review_none)
                : android.text.TextUtils.join(getString(R.string.review_separator), causes)));
        if (f.causeNote != null && !f.causeNote.isEmpty()) {
            s.append("\n").append(getString(R.string.review_cause_note, f.causeNote));
        }
        return s.toString();
    }

    /** Each document by its kind; a photo of it shown under its name, a PDF named only. */
    private void showDocuments(Loaded loaded) {
        LinearLayout list = findViewById(R.id.review_documents);
        list.removeAllViews();
        findViewById(R.id.review_no_documents_text).setVisibility(loaded.documents.isEmpty() ? View.VISIBLE : View.GONE);
        ((TextView) findViewById(R.id.review_no_documents_text)).setText(R.string.review_no_documents);
        for (int i = 0; i < loaded.documents.size(); i++) {
            Responses.Document d = loaded.documents.get(i);
            String name = getString(R.string.review_document, label("document_", d.kind), i + 1);
            Bitmap picture = loaded.pictures.get(i);
            addPicture(list, picture == null && !d.image() ? getString(R.string.review_document_pdf, name) : name, name, picture);
        }
        ElderMode.enlarge(this);
    }

    /** A visit recorded: the file again, with it (and its photo among the documents). */
    @Override
    protected void onActivityResult(int requestCode, int resultCode, android.content.Intent data) {
        super.onActivityResult(requestCode, resultCode, data);
        if (requestCode == RECORD_VISIT && resultCode == RESULT_OK) {
            loadList(this::load, this::show);
        }
    }

    @Override
    protected int statusViewId() {
        return R.id.review_status;
    }
}
