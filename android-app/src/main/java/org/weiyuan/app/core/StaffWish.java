package org.weiyuan.app.core;

import org.json.JSONException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A wish as staff vet it (WishView, {@code GET /api/v1/wishes/{id}}): what is asked for (items with
 * quantity and unit price, or an amount), the story, every photo with its kind (the need, a
 * scholarship's admission letter, a disbursement's proof) and whether it is cleared for donors, the
 * household it is for, the questions asked so far and, for 金秋助学, the school and year.
 */
public final class StaffWish {
    public final String id;
    public final String kind;
    public final String title;
    public final String status;
    public final String story;
    public final String district;
    /** The household file the wish is for (its category, severity and home visits). */
    public final String householdId;
    public final long targetFen;
    public final long pledgedFen;
    public final long paidFen;
    public final String deadline;
    /** 金秋助学 only: the school the child was admitted to and the year (null and 0 otherwise). */
    public final String schoolName;
    public final int admissionYear;
    public final String rejectionReason;
    public final List<WishCard.Line> items;
    public final List<Photo> photos;
    public final List<Responses.Question> questions;

    /** A photo of the wish (PhotoInfo): PHOTO, ADMISSION_LETTER or DISBURSEMENT_PROOF. */
    public static final class Photo {
        public final String id;
        public final String kind;
        public final boolean cleared;
        /** Set when the same bytes were already uploaded as a proof (the same receipt twice). */
        public final String reusedPhotoId;

        Photo(Responses.Fields f) throws JSONException {
            id = f.text("id");
            kind = f.text("kind");
            cleared = f.flag("cleared");
            reusedPhotoId = f.nullable("reusedPhotoId");
        }
    }

    public StaffWish(Responses.Fields f) throws JSONException {
        id = f.text("id");
        kind = f.text("kind");
        title = f.text("title");
        status = f.text("status");
        story = f.optText("story");
        district = f.optText("district");
        householdId = f.text("householdId");
        targetFen = f.fen("targetFen");
        pledgedFen = f.optFen("pledgedFen");
        paidFen = f.optFen("paidFen");
        deadline = f.nullable("deadline");
        schoolName = f.nullable("schoolName");
        admissionYear = f.optWhole("admissionYear");
        rejectionReason = f.nullable("rejectionReason");
        items = f.list("items", l -> new WishCard.Line(l.text("name"), l.whole("quantity"), l.fen("unitPriceFen")));
        photos = f.list("photos", Photo::new);
        questions = f.list("questions", Responses.Question::new);
    }

    /** The photos of one kind (e.g. ADMISSION_LETTER), in order. */
    public List<Photo> photos(String photoKind) {
        List<Photo> found = new ArrayList<>();
        for (Photo p : photos) {
            if (p.kind.equals(photoKind)) {
                found.add(p);
            }
        }
        return Collections.unmodifiableList(found);
    }

    /** Whether staff decide on it now (publish, ask, reject): it waits in vetting. */
    public boolean inVetting() {
        return "SUBMITTED".equals(status);
    }

    /** Whether a disbursement's proof may be added: the server takes one once the wish is funded. */
    public boolean takesProof() {
        return "FUNDED".equals(status) || "FULFILLING".equals(status) || "FULFILLED".equals(status);
    }
}
