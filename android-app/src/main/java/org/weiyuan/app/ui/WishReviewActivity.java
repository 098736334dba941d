package org.weiyuan.app.ui;

import android.content.ActivityNotFoundException;
import android.content.Intent;
import android.graphics.Bitmap;
import android.net.Uri;
import android.util.TypedValue;
import android.view.View;
import android.widget.LinearLayout;

import androidx.core.content.FileProvider;

import org.weiyuan.app.R;
import org.weiyuan.app.core.Action;
import org.weiyuan.app.core.ApiException;
import org.weiyuan.app.core.Money;
import org.weiyuan.app.core.Responses;
import org.weiyuan.app.core.StaffWish;
import org.weiyuan.app.core.WishCard;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Staff: a wish in full before deciding (审核微愿), from the vetting queue or a notification's link:
 * what is asked for (each item with quantity and unit price, or the amount), the story, every photo
 * (the need, the admission letter, proofs) with whether donors may see it, the household's category
 * and severity and its last home visit, a scholarship's school and admission letter (the wish's own
 * photo of it, and the file's document: a photo shown, a PDF opened in the phone's viewer), the
 * questions asked so far. Publishing, asking and rejecting are each confirmed once more; what the
 * server refuses (its problem+json detail) is said at the top, where the screen scrolls to.
 */
public class WishReviewActivity extends ReviewScreen<WishReviewActivity.Loaded> {

    static final String EXTRA_ID = "wishId";
    private static final String LETTER = "ADMISSION_LETTER";

    /** A picture and what it is (null picture: it could not be loaded). */
    private static final class Picture {
        final StaffWish.Photo photo;
        final Bitmap bitmap;

        Picture(StaffWish.Photo photo, Bitmap bitmap) {
            this.photo = photo;
            this.bitmap = bitmap;
        }
    }

    /** What the screen shows once loaded; the file and its documents may be missing (then said so), the wish may not. */
    static final class Loaded {
        final StaffWish wish;
        final List<Picture> pictures = new ArrayList<>();
        Responses.StaffFile file;
        String fileProblem;
        final List<Responses.Document> letters = new ArrayList<>();
        final List<Bitmap> letterPictures = new ArrayList<>();

        Loaded(StaffWish wish) {
            this.wish = wish;
        }
    }

    public WishReviewActivity() {
        super(R.layout.activity_wish_review, EXTRA_ID);
    }

    @Override
    protected Loaded load() throws IOException, ApiException {
        Loaded loaded = new Loaded(api.staffWish(id));
        for (StaffWish.Photo p : loaded.wish.photos) {
            loaded.pictures.add(new Picture(p, picture(() -> api.wishPhoto(id, p.id))));
        }
        try {
            loaded.file = api.staffFile(loaded.wish.householdId);
            for (Responses.Document d : api.fileDocuments(loaded.wish.householdId)) {
                if (LETTER.equals(d.kind)) {
                    loaded.letters.add(d);
                    loaded.letterPictures.add(d.image() ? picture(() -> api.fileDocument(loaded.wish.householdId, d.id)) : null);
                }
            }
        } catch (ApiException e) {
            loaded.fileProblem = e.detail; // the wish can still be read and decided
        }
        return loaded;
    }

    @Override
    protected void show(Loaded loaded) {
        StaffWish w = loaded.wish;
        text(R.id.wish_review_head, getString(R.string.wish_review_head, w.title, label("staff_wish_kind_", w.kind), w.district,
                label("staff_wish_status_", w.status)));
        text(R.id.wish_review_amount, amount(w));
        text(R.id.wish_review_story, w.story.isEmpty() ? getString(R.string.wish_review_no_story) : w.story);
        showPhotos(loaded.pictures);
        boolean scholarship = "SCHOLARSHIP".equals(w.kind);
        findViewById(R.id.wish_review_letter_heading).setVisibility(scholarship ? View.VISIBLE : View.GONE);
        findViewById(R.id.wish_review_letter).setVisibility(scholarship ? View.VISIBLE : View.GONE);
        if (scholarship) {
            showLetters(loaded);
        }
        showFile(loaded);
        text(R.id.wish_review_questions, questions(w.questions));
        decisions(w);
        ElderMode.enlarge(this);
    }

    /** The items one by one with their total, or the amount; what is pledged once it is published. */
    private String amount(StaffWish w) {
        StringBuilder s = new StringBuilder();
        for (WishCard.Line l : w.items) {
            s.append(getString(R.string.wish_review_item, l.name, l.quantity, Money.yuan(l.unitPriceFen), Money.yuan(l.unitPriceFen * l.quantity)))
                    .append("\n");
        }
        s.append(getString(w.items.isEmpty() ? R.string.wish_review_target : R.string.wish_review_total, Money.yuan(w.targetFen)));
        if (w.pledgedFen > 0) {
            s.append("\n").append(getString(R.string.wish_review_raised, Money.yuan(w.pledgedFen), Money.yuan(w.paidFen)));
        }
        if (w.schoolName != null) {
            s.append("\n").append(getString(R.string.wish_review_school, w.schoolName, w.admissionYear));
        }
        if (w.deadline != null) {
            s.append("\n").append(getString(R.string.wish_review_deadline, w.deadline));
        }
        return s.toString();
    }

    /** Each photo under a caption saying what it is and whether donors may see it (TalkBack reads the caption). */
    private void showPhotos(List<Picture> pictures) {
        LinearLayout list = findViewById(R.id.wish_review_photos);
        list.removeAllViews();
        if (pictures.isEmpty()) {
            list.addView(caption(getString(R.string.wish_review_no_photos)));
        }
        for (int i = 0; i < pictures.size(); i++) {
            Picture p = pictures.get(i);
            String shown = getString(p.photo.cleared ? R.string.wish_review_photo_cleared : R.string.wish_review_photo_not_cleared);
            if (p.photo.reusedPhotoId != null) {
                shown = shown + " · " + getString(R.string.wish_review_photo_reused);
            }
            String name = getString(R.string.wish_review_photo, label("wish_review_photo_kind_", p.photo.kind), i + 1, shown);
            addPicture(list, name, p.bitmap);
        }
    }

    /** 金秋助学: the admission letter, as the wish's photo of it and as the file's document (a PDF opened in the viewer). */
    private void showLetters(Loaded loaded) {
        LinearLayout list = findViewById(R.id.wish_review_letter);
        list.removeAllViews();
        String letter = getString(R.string.document_ADMISSION_LETTER);
        int photos = loaded.wish.photos(LETTER).size();
        for (int i = 0; i < loaded.letters.size(); i++) {
            Responses.Document d = loaded.letters.get(i);
            String name = getString(R.string.review_document, letter, i + 1);
            if (d.image()) {
                addPicture(list, name, loaded.letterPictures.get(i));
            } else {
                com.google.android.material.button.MaterialButton open = new com.google.android.material.button.MaterialButton(
                        this, null, com.google.android.material.R.attr.materialButtonOutlinedStyle);
                open.setText(getString(R.string.wish_review_open_pdf, name));
                open.setTextSize(TypedValue.COMPLEX_UNIT_SP, 18);
                open.setMinHeight(StaffViews.dp(this, 56));
                open.setOnClickListener(v -> openPdf(loaded.wish.householdId, d));
                list.addView(open, new LinearLayout.LayoutParams(LinearLayout.LayoutParams.MATCH_PARENT, LinearLayout.LayoutParams.WRAP_CONTENT));
            }
        }
        if (loaded.letters.isEmpty() && photos == 0) {
            list.addView(caption(getString(R.string.wish_review_no_letter)));
        }
    }

    private void showFile(Loaded loaded) {
        View open = findViewById(R.id.wish_review_open_file);
        Responses.StaffFile f = loaded.file;
        if (f == null) {
            text(R.id.wish_review_file, getString(R.string.wish_review_file_unreadable, loaded.fileProblem));
            text(R.id.wish_review_visit, getString(R.string.review_none));
            open.setVisibility(View.GONE);
            return;
        }
        String assessment = f.category == null ? getString(R.string.review_unassessed)
                : label("category_", f.category) + (f.severity == null ? "" : " · " + label("severity_", f.severity));
        text(R.id.wish_review_file, getString(R.string.wish_review_file, f.headName, f.district, assessment));
        text(R.id.wish_review_visit, f.visits.isEmpty() ? getString(R.string.review_no_visits)
                : VisitText.one(this, f.visits.get(f.visits.size() - 1)));
        open.setEnabled(true);
        open.setOnClickListener(v -> startActivity(new Intent(this, FileReviewActivity.class).putExtra(FileReviewActivity.EXTRA_ID, f.id)));
    }

    private String questions(List<Responses.Question> questions) {
        if (questions.isEmpty()) {
            return getString(R.string.wish_review_no_questions);
        }
        StringBuilder s = new StringBuilder();
        for (Responses.Question q : questions) {
            s.append(s.length() == 0 ? "" : "\n\n").append(getString(R.string.wish_review_question, q.text,
                    q.open() ? getString(R.string.wish_review_unanswered) : q.answer));
        }
        return s.toString();
    }

    /** In vetting: publish, ask, reject, each confirmed. Funded: the proof of hand-over. Otherwise: where it stands. */
    private void decisions(StaffWish w) {
        String title = w.title;
        View publish = findViewById(R.id.wish_review_publish);
        View ask = findViewById(R.id.wish_review_ask);
        View reject = findViewById(R.id.wish_review_reject);
        View proof = findViewById(R.id.wish_review_proof);
        boolean vetting = w.inVetting();
        for (View decision : new View[] {publish, ask, reject}) {
            decision.setEnabled(vetting);
            decision.setVisibility(vetting ? View.VISIBLE : View.GONE);
        }
        String state = vetting ? getString(R.string.wish_review_in_vetting)
                : getString(R.string.wish_review_not_in_vetting, label("staff_wish_status_", w.status));
        if (w.rejectionReason != null) {
            state = state + "\n" + getString(R.string.wish_review_reason, w.rejectionReason);
        }
        text(R.id.wish_review_state, state);
        publish.setOnClickListener(v -> confirmed(getString(R.string.wish_review_confirm_publish, title),
                () -> decide(Action.publishWish(id), R.string.wish_publish, title, R.string.wish_published, this::decided)));
        ask.setOnClickListener(v -> prompt(R.string.wish_review_ask, question -> confirmed(getString(R.string.wish_review_confirm_ask, question),
                () -> decide(Action.askAboutWish(id, question), R.string.wish_review_ask, title, R.string.file_asked, this::reload))));
        reject.setOnClickListener(v -> prompt(R.string.file_reject_reason, reason -> confirmed(getString(R.string.wish_review_confirm_reject, title, reason),
                () -> decide(Action.rejectWish(id, reason), R.string.file_reject, title, R.string.file_rejected, this::decided))));
        proof.setVisibility(w.takesProof() ? View.VISIBLE : View.GONE);
        proof.setOnClickListener(v -> startActivity(ProofActivity.intent(this, w)));
    }

    private void openPdf(String householdId, Responses.Document d) {
        background.run(() -> save(d.id, api.fileDocument(householdId, d.id)), file -> {
            Uri uri = FileProvider.getUriForFile(this, DonationsActivity.FILES_AUTHORITY, file);
            try {
                startActivity(new Intent(Intent.ACTION_VIEW).setDataAndType(uri, "application/pdf").addFlags(Intent.FLAG_GRANT_READ_URI_PERMISSION));
            } catch (ActivityNotFoundException e) {
                status(getString(R.string.wish_review_no_viewer));
            }
        }, this::status);
    }

    /** Keeps a downloaded document in the app's cache, where the FileProvider shares it (read-only) with the viewer. */
    private File save(String documentId, byte[] bytes) throws IOException {
        File dir = new File(getCacheDir(), "documents");
        if (!dir.isDirectory() && !dir.mkdirs()) {
            throw new IOException("cannot create " + dir);
        }
        File file = new File(dir, "weiyuan-document-" + documentId + ".pdf");
        try (FileOutputStream out = new FileOutputStream(file)) {
            out.write(bytes);
        }
        return file;
    }

    private void addPicture(LinearLayout list, String name, Bitmap bitmap) {
        addPicture(list, bitmap == null ? getString(R.string.wish_review_photo_unreadable, name) : name, name, bitmap);
    }

    @Override
    protected int statusViewId() {
        return R.id.wish_review_status;
    }
}
