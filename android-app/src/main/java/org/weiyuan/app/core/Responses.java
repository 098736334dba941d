package org.weiyuan.app.core;

import org.json.JSONArray;
import org.json.JSONException;
import org.json.JSONObject;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The API's answers as the screens read them: one immutable class per response (the core is Java 11
 * for R8's desugaring, so these are final classes rather than records). Each is read from the JSON in
 * one place; a field a screen cannot do without is read strictly (a missing one is an unreadable answer,
 * not a blank on screen), the rest leniently. platform's {@code AppClientJourneys} reads every one of
 * them from the real backend.
 */
public final class Responses {

    private Responses() {
    }

    /** A string that may be absent or null in the answer: null then. */
    static String nullable(JSONObject o, String key) throws JSONException {
        return o.isNull(key) ? null : o.getString(key);
    }

    static <T> List<T> list(JSONArray a, Parser<T> parser) throws JSONException {
        List<T> list = new ArrayList<>();
        for (int i = 0; a != null && i < a.length(); i++) {
            list.add(parser.from(a.getJSONObject(i)));
        }
        return Collections.unmodifiableList(list);
    }

    interface Parser<T> {
        T from(JSONObject o) throws JSONException;
    }

    /** A district where wishes wait, and how many (the feed's district filter). */
    public static final class District {
        public final String name;
        public final long wishes;

        public District(String name, long wishes) {
            this.name = name;
            this.wishes = wishes;
        }

        static District from(JSONObject o) throws JSONException {
            return new District(o.getString("district"), o.optLong("wishes"));
        }
    }

    /** A question staff asked (about a file or a wish) and the answer, if given. */
    public static final class Question {
        public final String id;
        public final String text;
        /** Null while it waits for an answer. */
        public final String answer;

        public Question(String id, String text, String answer) {
            this.id = id;
            this.text = text;
            this.answer = answer;
        }

        public boolean open() {
            return answer == null;
        }

        static Question from(JSONObject o) throws JSONException {
            return new Question(o.getString("id"), o.getString("question"), nullable(o, "answer"));
        }
    }

    /** The worker's own household file (我的档案): its status and the questions staff asked. */
    public static final class MyFile {
        public final String id;
        public final String status;
        public final List<Question> questions;

        public MyFile(String id, String status, List<Question> questions) {
            this.id = id;
            this.status = status;
            this.questions = questions;
        }

        static MyFile from(JSONObject o) throws JSONException {
            return new MyFile(o.getString("id"), o.getString("status"), list(o.optJSONArray("questions"), Question::from));
        }
    }

    /** A wish as its household and staff see it (WishView): status, amounts, questions, the reason if refused. */
    public static final class WishView {
        public final String id;
        public final String kind;
        public final String title;
        public final String status;
        public final String district;
        public final long targetFen;
        public final long pledgedFen;
        /** Null unless staff did not accept it. */
        public final String rejectionReason;
        public final List<Question> questions;

        public WishView(String id, String kind, String title, String status, String district, long targetFen, long pledgedFen,
                        String rejectionReason, List<Question> questions) {
            this.id = id;
            this.kind = kind;
            this.title = title;
            this.status = status;
            this.district = district;
            this.targetFen = targetFen;
            this.pledgedFen = pledgedFen;
            this.rejectionReason = rejectionReason;
            this.questions = questions;
        }

        static WishView from(JSONObject o) throws JSONException {
            return new WishView(o.getString("id"), o.getString("kind"), o.getString("title"), o.getString("status"),
                    o.optString("district"), o.getLong("targetFen"), o.optLong("pledgedFen"), nullable(o, "rejectionReason"),
                    list(o.optJSONArray("questions"), Question::from));
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

        public Pledge(String id, String wishId, String wishTitle, long amountFen, String status, String createdAt, String paymentReference) {
            this.id = id;
            this.wishId = wishId;
            this.wishTitle = wishTitle;
            this.amountFen = amountFen;
            this.status = status;
            this.createdAt = createdAt;
            this.paymentReference = paymentReference;
        }

        static Pledge from(JSONObject o) throws JSONException {
            JSONObject payment = o.optJSONObject("payment");
            return new Pledge(o.getString("id"), o.getString("wishId"), nullable(o, "wishTitle"), o.getLong("amountFen"),
                    o.getString("status"), o.optString("createdAt"), payment == null ? null : nullable(payment, "reference"));
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

        public FundingReport(String status, long donatedFen, long matchedFen, long disbursedFen, long returnedFen, String thankYou) {
            this.status = status;
            this.donatedFen = donatedFen;
            this.matchedFen = matchedFen;
            this.disbursedFen = disbursedFen;
            this.returnedFen = returnedFen;
            this.thankYou = thankYou;
        }

        static FundingReport from(JSONObject o) throws JSONException {
            return new FundingReport(o.getString("status"), o.getLong("donatedFen"), o.optLong("matchedFen"), o.getLong("disbursedFen"),
                    o.optLong("returnedFen"), nullable(o, "thankYou"));
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

        public Notice(String id, String title, String body, String deepLink, boolean read) {
            this.id = id;
            this.title = title;
            this.body = body;
            this.deepLink = deepLink;
            this.read = read;
        }

        static Notice from(JSONObject o) throws JSONException {
            return new Notice(o.getString("id"), o.getString("title"), o.optString("body"), nullable(o, "deepLink"), !o.isNull("readAt"));
        }
    }

    /** A disbursement waiting for a second approver (复核), with its wish's title; {@code mine} when this staff member recorded it. */
    public static final class PendingDisbursement {
        public final String id;
        public final long amountFen;
        public final String reference;
        public final String wishTitle;
        public final boolean mine;

        public PendingDisbursement(String id, long amountFen, String reference, String wishTitle, boolean mine) {
            this.id = id;
            this.amountFen = amountFen;
            this.reference = reference;
            this.wishTitle = wishTitle;
            this.mine = mine;
        }

        static PendingDisbursement from(JSONObject o) throws JSONException {
            JSONObject d = o.getJSONObject("disbursement");
            return new PendingDisbursement(d.getString("id"), d.getLong("amountFen"), d.optString("reference"), o.getString("wishTitle"),
                    o.optBoolean("mine"));
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

        public ServiceOffer(String id, String title, String category, String district, String description, int placesLeft) {
            this.id = id;
            this.title = title;
            this.category = category;
            this.district = district;
            this.description = description;
            this.placesLeft = placesLeft;
        }

        static ServiceOffer from(JSONObject o) throws JSONException {
            return new ServiceOffer(o.getString("id"), o.getString("title"), o.getString("category"), o.getString("district"),
                    o.optString("description"), o.optInt("placesLeft"));
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

        public Campaign(String id, String kind, String name, String startsOn, String endsOn, List<String> admissionLevels) {
            this.id = id;
            this.kind = kind;
            this.name = name;
            this.startsOn = startsOn;
            this.endsOn = endsOn;
            this.admissionLevels = Collections.unmodifiableList(new ArrayList<>(admissionLevels));
        }

        /** Whether it runs on this day (yyyy-MM-dd). */
        public boolean openOn(String day) {
            return startsOn.compareTo(day) <= 0 && endsOn.compareTo(day) >= 0;
        }

        static Campaign from(JSONObject o) throws JSONException {
            List<String> levels = new ArrayList<>();
            JSONArray a = o.optJSONArray("admissionLevels");
            for (int i = 0; a != null && i < a.length(); i++) {
                levels.add(a.getString(i));
            }
            return new Campaign(o.getString("id"), o.getString("kind"), o.optString("name"), o.getString("startsOn"),
                    o.getString("endsOn"), levels);
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

        public PlanMeasure(String kind, String description, String ownerName, String dueOn, String status, String result) {
            this.kind = kind;
            this.description = description;
            this.ownerName = ownerName;
            this.dueOn = dueOn;
            this.status = status;
            this.result = result;
        }

        static PlanMeasure from(JSONObject o) throws JSONException {
            return new PlanMeasure(o.getString("kind"), o.optString("description"), nullable(o, "ownerName"), nullable(o, "dueOn"),
                    o.getString("status"), nullable(o, "result"));
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

        public MyPlan(String id, String goals, String helperName, List<PlanMeasure> measures, String closedOn) {
            this.id = id;
            this.goals = goals;
            this.helperName = helperName;
            this.measures = measures;
            this.closedOn = closedOn;
        }

        static MyPlan from(JSONObject o) throws JSONException {
            return new MyPlan(o.getString("id"), o.optString("goals"), nullable(o, "helperName"),
                    list(o.optJSONArray("measures"), PlanMeasure::from), nullable(o, "closedOn"));
        }
    }

    /** A line of a claim's explanation (how the amount was computed), in both languages. */
    public static final class ClaimLine {
        public final String zh;
        public final String en;
        public final long fen;

        public ClaimLine(String zh, String en, long fen) {
            this.zh = zh;
            this.en = en;
            this.fen = fen;
        }

        static ClaimLine from(JSONObject o) throws JSONException {
            return new ClaimLine(o.optString("zh"), o.optString("en"), o.optLong("fen"));
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

        public Claim(String id, String kind, String status, String eventDate, long totalFen, long computedFen, long paidFen,
                     String rejectionReason, List<ClaimLine> explanation, int documents) {
            this.id = id;
            this.kind = kind;
            this.status = status;
            this.eventDate = eventDate;
            this.totalFen = totalFen;
            this.computedFen = computedFen;
            this.paidFen = paidFen;
            this.rejectionReason = rejectionReason;
            this.explanation = explanation;
            this.documents = documents;
        }

        static Claim from(JSONObject o) throws JSONException {
            JSONArray docs = o.optJSONArray("documents");
            return new Claim(o.getString("id"), o.getString("kind"), o.getString("status"), o.optString("eventDate"),
                    o.getLong("totalFen"), o.optLong("computedFen"), o.optLong("paidFen"), nullable(o, "rejectionReason"),
                    list(o.optJSONArray("explanation"), ClaimLine::from), docs == null ? 0 : docs.length());
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

        public Membership(String planId, String planName, int planYear, String tier, String coverageFrom, List<Claim> claims) {
            this.planId = planId;
            this.planName = planName;
            this.planYear = planYear;
            this.tier = tier;
            this.coverageFrom = coverageFrom;
            this.claims = claims;
        }

        static Membership from(JSONObject o) throws JSONException {
            JSONObject plan = o.getJSONObject("plan");
            JSONObject member = o.getJSONObject("member");
            return new Membership(plan.getString("id"), plan.getString("name"), plan.optInt("planYear"), member.optString("tier"),
                    nullable(member, "coverageFrom"), list(o.optJSONArray("claims"), Claim::from));
        }
    }
}
