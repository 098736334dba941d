package org.weiyuan.app.core;

import org.json.JSONException;

import java.util.List;

/**
 * The answers the worker's own journeys read (their household file in full, the union units to file
 * under, a document sent as an answer, their job applications, service bookings and scholarship
 * requests), read as {@link Responses} reads the others: each class's constructor from the answer's
 * {@link Responses.Fields}, strict where a screen cannot do without a field.
 */
public final class WorkerResponses {

    private WorkerResponses() {
    }

    /** A union unit of the directory (UnitView): the worker files under their grassroots union. */
    public static final class Unit {
        public final String id;
        public final String name;
        public final String level;

        Unit(Responses.Fields f) throws JSONException {
            id = f.text("id");
            name = f.text("name");
            level = f.optText("level");
        }

        public boolean grassroots() {
            return "GRASSROOTS".equals(level);
        }
    }

    /** One person of the worker's own file (HouseholdMemberView). */
    public static final class Person {
        public final String relation;
        public final String name;
        public final int birthYear;
        public final String schooling;
        public final String healthStatus;
        public final String workStatus;
        public final long monthlyIncomeFen;
        public final String healthDetail;

        Person(Responses.Fields f) throws JSONException {
            relation = f.text("relation");
            name = f.text("name");
            birthYear = f.optWhole("birthYear");
            schooling = f.optText("schooling");
            healthStatus = f.optText("healthStatus");
            workStatus = f.optText("workStatus");
            monthlyIncomeFen = f.optFen("monthlyIncomeFen");
            healthDetail = f.optText("healthDetail");
        }
    }

    /** The worker's own file in full (HouseholdView, unmasked for its owner): what the form edits. */
    public static final class Household {
        public final String id;
        public final String status;
        public final String unitId;
        public final String headName;
        public final String idNumber;
        public final String phone;
        public final String district;
        public final String addressDetail;
        public final String housing;
        public final long otherMonthlyIncomeFen;
        public final String causeNote;
        public final List<String> causes;
        public final List<Person> members;
        /** Staff's questions about the file, and for each that asks for a document, which (question id → kind). */
        public final List<Responses.Question> questions;
        public final java.util.Map<String, String> documentKinds;

        Household(Responses.Fields f) throws JSONException {
            id = f.text("id");
            status = f.text("status");
            unitId = f.optText("unitId");
            headName = f.optText("headName");
            idNumber = f.optText("idNumber");
            phone = f.optText("phone");
            district = f.optText("district");
            addressDetail = f.optText("addressDetail");
            housing = f.optText("housing");
            otherMonthlyIncomeFen = f.optFen("otherMonthlyIncomeFen");
            causeNote = f.optText("causeNote");
            causes = f.strings("causes");
            members = f.list("members", Person::new);
            questions = f.list("questions", Responses.Question::new);
            java.util.Map<String, String> kinds = new java.util.HashMap<>();
            for (Responses.Fields q : f.list("questions", q -> q)) {
                String kind = q.nullable("documentKind");
                if (kind != null) {
                    kinds.put(q.text("id"), kind);
                }
            }
            documentKinds = java.util.Collections.unmodifiableMap(kinds);
        }

        /** The worker may change their file while it is a draft or staff asked for more (the backend's rule). */
        public boolean editable() {
            return "DRAFT".equals(status) || "NEEDS_INFO".equals(status);
        }
    }

    /** A document sent as the answer to staff's question (EvidenceDocumentView). */
    public static final class EvidenceDocument {
        public final String id;
        public final String kind;
        public final String questionId;

        EvidenceDocument(Responses.Fields f) throws JSONException {
            id = f.text("id");
            kind = f.optText("kind");
            questionId = f.nullable("questionId");
        }
    }

    /** A job the worker applied for (ApplicationView) and where the application stands. */
    public static final class JobApplication {
        public final String id;
        public final String listingTitle;
        public final String status;
        public final String note;
        public final String updatedAt;

        JobApplication(Responses.Fields f) throws JSONException {
            id = f.text("id");
            listingTitle = f.optText("listingTitle");
            status = f.text("status");
            note = f.nullable("note");
            updatedAt = f.optText("updatedAt");
        }
    }

    /** A service the worker ordered (OrderView): booked on an offer, waiting for one, or cancelled. */
    public static final class ServiceOrder {
        public final String id;
        public final String category;
        public final String district;
        public final String status;
        public final long payFen;
        public final long discountFen;
        public final String bookedAt;

        ServiceOrder(Responses.Fields f) throws JSONException {
            id = f.text("id");
            category = f.text("category");
            district = f.optText("district");
            status = f.text("status");
            payFen = f.optFen("payFen");
            discountFen = f.optFen("discountFen");
            bookedAt = f.nullable("bookedAt");
        }
    }

    /**
     * A scholarship request (金秋助学) as its household sees it (a WishView of kind SCHOLARSHIP): where it
     * stands, what is still missing (the admission letter, answers to staff's questions) and the money
     * given and paid out.
     */
    public static final class Scholarship {
        public final String id;
        public final String kind;
        public final String title;
        public final String status;
        public final String schoolName;
        public final long targetFen;
        public final long pledgedFen;
        public final long paidFen;
        public final String rejectionReason;
        public final boolean hasAdmissionLetter;
        public final int openQuestions;

        Scholarship(Responses.Fields f) throws JSONException {
            id = f.text("id");
            kind = f.text("kind");
            title = f.text("title");
            status = f.text("status");
            schoolName = f.optText("schoolName");
            targetFen = f.fen("targetFen");
            pledgedFen = f.optFen("pledgedFen");
            paidFen = f.optFen("paidFen");
            rejectionReason = f.nullable("rejectionReason");
            boolean letter = false;
            for (String photoKind : f.list("photos", p -> p.optText("kind"))) {
                letter |= "ADMISSION_LETTER".equals(photoKind);
            }
            hasAdmissionLetter = letter;
            int open = 0;
            for (Responses.Question q : f.list("questions", Responses.Question::new)) {
                open += q.open() ? 1 : 0;
            }
            openQuestions = open;
        }

        public boolean scholarship() {
            return "SCHOLARSHIP".equals(kind);
        }
    }
}
