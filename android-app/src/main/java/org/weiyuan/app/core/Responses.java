package org.weiyuan.app.core;

import org.json.JSONArray;
import org.json.JSONException;
import org.json.JSONObject;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The API's answers as the screens read them: one immutable class per response (the core is Java 11
 * for R8's desugaring, so these are final classes rather than records). Every answer is read by one
 * generic helper ({@link #one}, {@link #array}, {@link #items}) with the class's own constructor from
 * the answer's {@link Fields}: a field a screen cannot do without is read strictly (a missing one is an
 * unreadable answer, not a blank on screen), the rest leniently. platform's {@code AppClientJourneys}
 * reads every one of them from the real backend.
 */
public final class Responses {

    private Responses() {
    }

    /** How a typed answer is made from its JSON object: its constructor, e.g. {@code Claim::new}. */
    public interface Parser<T> {
        T from(Fields f) throws JSONException;
    }

    /** An answer that is one object. */
    public static <T> T one(String text, Parser<T> parser) throws IOException {
        try {
            return parser.from(new Fields(new JSONObject(text)));
        } catch (JSONException e) {
            throw unreadable(e);
        }
    }

    /** An answer that is an array of objects. */
    public static <T> List<T> array(String text, Parser<T> parser) throws IOException {
        try {
            return list(new JSONArray(text), parser);
        } catch (JSONException e) {
            throw unreadable(e);
        }
    }

    /** An answer that is a page, {"items": [...]}: its items. */
    public static <T> List<T> items(String text, Parser<T> parser) throws IOException {
        return one(text, page -> page.requiredList("items", parser));
    }

    /** JSON the server should not have sent is an unreadable answer (an IOException: the screens say the network failed). */
    static IOException unreadable(JSONException e) {
        return new IOException("Unreadable answer from the server", e);
    }

    private static <T> List<T> list(JSONArray a, Parser<T> parser) throws JSONException {
        List<T> list = new ArrayList<>();
        for (int i = 0; a != null && i < a.length(); i++) {
            list.add(parser.from(new Fields(a.getJSONObject(i))));
        }
        return Collections.unmodifiableList(list);
    }

    /**
     * One JSON object of an answer, read as a screen needs it: {@code text}, {@code fen}, {@code whole},
     * {@code object} and {@code requiredList} fail on a missing field; {@code optText} (""), {@code optFen}
     * and {@code optWhole} (0), {@code nullable} (null), {@code list} and {@code strings} (empty) do not,
     * and read absent and null alike.
     */
    public static final class Fields {
        private final JSONObject o;

        Fields(JSONObject o) {
            this.o = o;
        }

        public String text(String key) throws JSONException {
            return o.getString(key);
        }

        public String optText(String key) {
            return o.optString(key);
        }

        /** A string that may be absent or null in the answer: null then. */
        public String nullable(String key) throws JSONException {
            return o.isNull(key) ? null : o.getString(key);
        }

        public long fen(String key) throws JSONException {
            return o.getLong(key);
        }

        public long optFen(String key) {
            return o.optLong(key);
        }

        public int whole(String key) throws JSONException {
            return o.getInt(key);
        }

        public int optWhole(String key) {
            return o.optInt(key);
        }

        public boolean flag(String key) {
            return o.optBoolean(key);
        }

        public boolean isNull(String key) {
            return o.isNull(key);
        }

        public Fields object(String key) throws JSONException {
            return new Fields(o.getJSONObject(key));
        }

        /** A nested object that may be absent: null then. */
        public Fields optObject(String key) {
            JSONObject nested = o.optJSONObject(key);
            return nested == null ? null : new Fields(nested);
        }

        /** A list that may be absent or null: empty then. */
        public <T> List<T> list(String key, Parser<T> parser) throws JSONException {
            return Responses.list(o.optJSONArray(key), parser);
        }

        public <T> List<T> requiredList(String key, Parser<T> parser) throws JSONException {
            return Responses.list(o.getJSONArray(key), parser);
        }

        /** A list of strings that may be absent: empty then. */
        public List<String> strings(String key) throws JSONException {
            List<String> strings = new ArrayList<>();
            JSONArray a = o.optJSONArray(key);
            for (int i = 0; a != null && i < a.length(); i++) {
                strings.add(a.getString(i));
            }
            return Collections.unmodifiableList(strings);
        }

        /** How many elements a list that may be absent has. */
        public int count(String key) {
            JSONArray a = o.optJSONArray(key);
            return a == null ? 0 : a.length();
        }
    }

    /** A district where wishes wait, and how many (the feed's district filter). */
    public static final class District {
        public final String name;
        public final long wishes;

        District(Fields f) throws JSONException {
            name = f.text("district");
            wishes = f.optFen("wishes");
        }
    }

    /** A question staff asked (about a file or a wish) and the answer, if given. */
    public static final class Question {
        public final String id;
        public final String text;
        /** Null while it waits for an answer. */
        public final String answer;
        /** The document it asks for (INCOME_PROOF…), answered with a photo or a PDF; null for a question answered in words. */
        public final String documentKind;

        Question(Fields f) throws JSONException {
            id = f.text("id");
            text = f.text("question");
            answer = f.nullable("answer");
            documentKind = f.nullable("documentKind");
        }

        public boolean open() {
            return answer == null;
        }
    }

    /**
     * The worker's own household file in full (我的档案; HouseholdView, unmasked for its owner): its status, the
     * questions staff asked (and for each that asks for a document, which), and what the form edits.
     */
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
        public final List<Member> members;
        public final List<Question> questions;
        /** Question id → the document kind it asks for, for the questions that ask for one. */
        public final Map<String, String> documentKinds;

        Household(Fields f) throws JSONException {
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
            members = f.list("members", Member::new);
            questions = f.list("questions", Question::new);
            Map<String, String> kinds = new HashMap<>();
            for (Question q : questions) {
                if (q.documentKind != null) {
                    kinds.put(q.id, q.documentKind);
                }
            }
            documentKinds = Collections.unmodifiableMap(kinds);
        }

        /** The worker may change their file while it is a draft or staff asked for more (the backend's rule). */
        public boolean editable() {
            return "DRAFT".equals(status) || "NEEDS_INFO".equals(status);
        }
    }

    /** A union unit of the directory (UnitView): the worker files under their grassroots union. */
    public static final class Unit {
        public final String id;
        public final String name;
        public final String level;

        Unit(Fields f) throws JSONException {
            id = f.text("id");
            name = f.text("name");
            level = f.optText("level");
        }

        public boolean grassroots() {
            return "GRASSROOTS".equals(level);
        }
    }

    /**
     * A wish as its household and staff see it (WishView): status, amounts, questions, the reason if refused; for a
     * scholarship request (金秋助学) also the school, what was paid out and whether the admission letter is there.
     */
    public static final class WishView {
        public final String id;
        public final String kind;
        public final String title;
        public final String status;
        public final String district;
        public final long targetFen;
        public final long pledgedFen;
        public final long paidFen;
        /** Null unless staff did not accept it. */
        public final String rejectionReason;
        public final List<Question> questions;
        public final String schoolName;
        public final boolean hasAdmissionLetter;

        WishView(Fields f) throws JSONException {
            id = f.text("id");
            kind = f.text("kind");
            title = f.text("title");
            status = f.text("status");
            district = f.optText("district");
            targetFen = f.fen("targetFen");
            pledgedFen = f.optFen("pledgedFen");
            paidFen = f.optFen("paidFen");
            rejectionReason = f.nullable("rejectionReason");
            questions = f.list("questions", Question::new);
            schoolName = f.optText("schoolName");
            hasAdmissionLetter = f.list("photos", p -> p.optText("kind")).contains("ADMISSION_LETTER");
        }

        public boolean scholarship() {
            return "SCHOLARSHIP".equals(kind);
        }

        /** How many of staff's questions wait for an answer. */
        public int openQuestions() {
            int open = 0;
            for (Question q : questions) {
                open += q.open() ? 1 : 0;
            }
            return open;
        }
    }

    /** A pledge (认捐): what the donor gave to which wish, how far it got, and the payment reference while held. */
    public static final class Pledge {
        public final String id;
        public final String wishId;
        /** Null when the answer does not name it. */
        public final String wishTitle;
        public final long amountFen;
        /** HELD, PAID, RELEASED, CREDITED, REFUNDED, MOVED_TO_FUND. */
        public final String status;
        public final String createdAt;
        /** The gateway's reference to pay with; null once there is nothing to pay. */
        public final String paymentReference;

        Pledge(Fields f) throws JSONException {
            Fields payment = f.optObject("payment");
            id = f.text("id");
            wishId = f.text("wishId");
            wishTitle = f.nullable("wishTitle");
            amountFen = f.fen("amountFen");
            status = f.text("status");
            createdAt = f.optText("createdAt");
            paymentReference = payment == null ? null : payment.nullable("reference");
        }
    }

    /** Where a funded wish's money went (善款去向), and the family's thank-you once staff cleared it. */
    public static final class FundingReport {
        public final String status;
        public final long donatedFen;
        public final long matchedFen;
        public final long disbursedFen;
        public final long returnedFen;
        /** Null until the family wrote one and staff cleared it. */
        public final String thankYou;

        FundingReport(Fields f) throws JSONException {
            status = f.text("status");
            donatedFen = f.fen("donatedFen");
            matchedFen = f.optFen("matchedFen");
            disbursedFen = f.fen("disbursedFen");
            returnedFen = f.optFen("returnedFen");
            thankYou = f.nullable("thankYou");
        }
    }

    /** A message in the inbox (消息中心), in the user's language. */
    public static final class Notice {
        public final String id;
        public final String title;
        public final String body;
        /** weiyuan://… or null. */
        public final String deepLink;
        public final boolean read;

        Notice(Fields f) throws JSONException {
            id = f.text("id");
            title = f.text("title");
            body = f.optText("body");
            deepLink = f.nullable("deepLink");
            read = !f.isNull("readAt");
        }
    }

    /** A disbursement waiting for a second approver (复核), with its wish's title; {@code mine} when this staff member recorded it. */
    public static final class PendingDisbursement {
        public final String id;
        public final long amountFen;
        public final String reference;
        public final String wishTitle;
        public final boolean mine;

        PendingDisbursement(Fields f) throws JSONException {
            Fields d = f.object("disbursement");
            id = d.text("id");
            amountFen = d.fen("amountFen");
            reference = d.optText("reference");
            wishTitle = f.text("wishTitle");
            mine = f.flag("mine");
        }
    }

    /** An offer on the service menu (服务菜单). */
    public static final class ServiceOffer {
        public final String id;
        public final String title;
        public final String category;
        public final String district;
        public final String description;
        public final int placesLeft;

        ServiceOffer(Fields f) throws JSONException {
            id = f.text("id");
            title = f.text("title");
            category = f.text("category");
            district = f.text("district");
            description = f.optText("description");
            placesLeft = f.optWhole("placesLeft");
        }
    }

    /** A campaign (金秋助学, 两节送温暖) and when it runs. */
    public static final class Campaign {
        public final String id;
        public final String kind;
        public final String name;
        public final String startsOn;
        public final String endsOn;
        /** 金秋助学: the admission levels it funds (ScholarshipRequest.Level names); empty funds every level. */
        public final List<String> admissionLevels;

        Campaign(Fields f) throws JSONException {
            id = f.text("id");
            kind = f.text("kind");
            name = f.optText("name");
            startsOn = f.text("startsOn");
            endsOn = f.text("endsOn");
            admissionLevels = f.strings("admissionLevels");
        }

        /** Whether it runs on this day (yyyy-MM-dd). */
        public boolean openOn(String day) {
            return startsOn.compareTo(day) <= 0 && endsOn.compareTo(day) >= 0;
        }
    }
    // ---- the worker's help plan (帮扶计划) and medical mutual aid (职工医疗互助) ------------------

    /** One measure of the worker's help plan (帮扶措施): what, by whom, by when, how far. */
    public static final class PlanMeasure {
        /** RecommendedHelp: LIVING_AID, JOB_PLACEMENT, MEDICAL_AID… */
        public final String kind;
        public final String description;
        /** The staff member who carries it out; may be null. */
        public final String ownerName;
        /** yyyy-MM-dd or null. */
        public final String dueOn;
        /** PLANNED, IN_PROGRESS, DONE, DROPPED. */
        public final String status;
        /** What came of it, once done; may be null. */
        public final String result;

        PlanMeasure(Fields f) throws JSONException {
            kind = f.text("kind");
            description = f.optText("description");
            ownerName = f.nullable("ownerName");
            dueOn = f.nullable("dueOn");
            status = f.text("status");
            result = f.nullable("result");
        }
    }

    /** The worker's own help plan (我的帮扶计划, MyPlanView): goals, the helper, the measures; closed once the household left. */
    public static final class MyPlan {
        public final String id;
        public final String goals;
        /** 帮扶责任人; null before one is named. */
        public final String helperName;
        public final List<PlanMeasure> measures;
        /** yyyy-MM-dd once the plan closed, else null. */
        public final String closedOn;

        MyPlan(Fields f) throws JSONException {
            id = f.text("id");
            goals = f.optText("goals");
            helperName = f.nullable("helperName");
            measures = f.list("measures", PlanMeasure::new);
            closedOn = f.nullable("closedOn");
        }
    }

    /** A line of a claim's explanation (how the amount was computed), in both languages. */
    public static final class ClaimLine {
        public final String zh;
        public final String en;
        public final long fen;

        ClaimLine(Fields f) throws JSONException {
            zh = f.optText("zh");
            en = f.optText("en");
            fen = f.optFen("fen");
        }
    }

    /** A mutual-aid claim (互助申领, ClaimView) as its member sees it: what was claimed, its status, what is paid. */
    public static final class Claim {
        public final String id;
        /** BenefitKind: INPATIENT, CRITICAL_ILLNESS, PHARMACY. */
        public final String kind;
        /** SUBMITTED, REVIEWED, AWAITING_SECOND_APPROVAL, PAID, REJECTED. */
        public final String status;
        public final String eventDate;
        public final long totalFen;
        public final long computedFen;
        public final long paidFen;
        /** Null unless it was rejected. */
        public final String rejectionReason;
        public final List<ClaimLine> explanation;
        public final int documents;

        Claim(Fields f) throws JSONException {
            id = f.text("id");
            kind = f.text("kind");
            status = f.text("status");
            eventDate = f.optText("eventDate");
            totalFen = f.fen("totalFen");
            computedFen = f.optFen("computedFen");
            paidFen = f.optFen("paidFen");
            rejectionReason = f.nullable("rejectionReason");
            explanation = f.list("explanation", ClaimLine::new);
            documents = f.count("documents");
        }
    }

    /** The worker's membership of one mutual-aid plan (MembershipView): the plan, the tier, the cover, the claims. */
    public static final class Membership {
        public final String planId;
        public final String planName;
        public final int planYear;
        /** ORDINARY, HARDSHIP, EXTREME_HARDSHIP. */
        public final String tier;
        /** yyyy-MM-dd: covered from this day (after the waiting days). */
        public final String coverageFrom;
        public final List<Claim> claims;

        Membership(Fields f) throws JSONException {
            Fields plan = f.object("plan");
            Fields member = f.object("member");
            planId = plan.text("id");
            planName = plan.text("name");
            planYear = plan.optWhole("planYear");
            tier = member.optText("tier");
            coverageFrom = member.nullable("coverageFrom");
            claims = f.list("claims", Claim::new);
        }
    }
    /**
     * A household file as staff read it before deciding (HouseholdView; masked unless they asked for
     * the personal data): the family, the money, the causes, the category the rules gave and why,
     * and every home visit's findings.
     */
    public static final class StaffFile {
        public final String id;
        public final String status;
        public final String headName;
        public final String district;
        public final String housing;
        public final List<Member> members;
        public final long otherMonthlyIncomeFen;
        public final long totalMonthlyIncomeFen;
        public final long perCapitaIncomeFen;
        /** The 低保 line the file was assessed against (monthly, per person), 0 when none was found. */
        public final long povertyLineFen;
        public final int povertyLineYear;
        public final List<String> causes;
        public final String causeNote;
        public final String category;
        public final String severity;
        public final List<Visit> visits;

        StaffFile(Fields f) throws JSONException {
            id = f.text("id");
            status = f.text("status");
            headName = f.optText("headName");
            district = f.optText("district");
            housing = f.nullable("housing");
            members = f.list("members", Member::new);
            otherMonthlyIncomeFen = f.optFen("otherMonthlyIncomeFen");
            totalMonthlyIncomeFen = f.optFen("totalMonthlyIncomeFen");
            perCapitaIncomeFen = f.optFen("perCapitaIncomeFen");
            Fields line = f.optObject("povertyLine");
            povertyLineFen = line == null ? 0 : line.optFen("monthlyFen");
            povertyLineYear = line == null ? 0 : line.optWhole("year");
            causes = f.strings("causes");
            causeNote = f.nullable("causeNote");
            category = f.nullable("category");
            severity = f.nullable("severity");
            visits = f.list("verifications", Visit::new);
        }
    }

    /** One member of a file (HouseholdMemberView): in the staff's masked view and in the worker's own file alike. */
    public static final class Member {
        public final String relation;
        public final String name;
        public final int birthYear;
        public final String schooling;
        public final String healthStatus;
        public final String healthDetail;
        public final String workStatus;
        public final long monthlyIncomeFen;

        Member(Fields f) throws JSONException {
            relation = f.text("relation");
            name = f.text("name");
            birthYear = f.optWhole("birthYear");
            schooling = f.optText("schooling");
            healthStatus = f.optText("healthStatus");
            healthDetail = f.optText("healthDetail");
            workStatus = f.optText("workStatus");
            monthlyIncomeFen = f.optFen("monthlyIncomeFen");
        }
    }

    /** A home visit (入户核查, VerificationView): when, the four looks, the help recommended, the summary. */
    public static final class Visit {
        public final String visitedOn;
        public final String housing;
        public final String food;
        public final String workingCapacity;
        public final String childrenInSchool;
        public final List<String> recommendedHelp;
        public final String summary;
        public final String volunteerName;

        Visit(Fields f) throws JSONException {
            visitedOn = f.text("visitedOn");
            Fields looks = f.optObject("findings");
            housing = looks == null ? null : looks.nullable("housing");
            food = looks == null ? null : looks.nullable("food");
            workingCapacity = looks == null ? null : looks.nullable("workingCapacity");
            childrenInSchool = looks == null ? null : looks.nullable("childrenInSchool");
            recommendedHelp = f.strings("recommendedHelp");
            summary = f.nullable("summary");
            volunteerName = f.nullable("volunteerName");
        }
    }

    /**
     * A document of a file (EvidenceDocumentView): its kind (ADMISSION_LETTER, INCOME_PROOF…) and type, and the
     * question it answers when the worker sent it as an answer.
     */
    public static final class Document {
        public final String id;
        public final String kind;
        public final String contentType;
        /** Null unless it answers one of staff's questions. */
        public final String questionId;

        Document(Fields f) throws JSONException {
            id = f.text("id");
            kind = f.text("kind");
            contentType = f.optText("contentType");
            questionId = f.nullable("questionId");
        }

        public boolean image() {
            return contentType.startsWith("image/");
        }
    }

    /** A job the worker applied for (ApplicationView) and where the application stands. */
    public static final class JobApplication {
        public final String id;
        public final String listingTitle;
        public final String status;
        public final String note;
        public final String updatedAt;

        JobApplication(Fields f) throws JSONException {
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

        ServiceOrder(Fields f) throws JSONException {
            id = f.text("id");
            category = f.text("category");
            district = f.optText("district");
            status = f.text("status");
            payFen = f.optFen("payFen");
            discountFen = f.optFen("discountFen");
            bookedAt = f.nullable("bookedAt");
        }
    }
}
