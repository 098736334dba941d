package org.weiyuan.app.core;

import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.json.JSONArray;
import org.json.JSONException;
import org.json.JSONObject;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The Weiyuan API as the app uses it. Blocking: call it off the main thread. Sends the user's
 * language, the bearer token when signed in, and refreshes the token once when the server says it
 * has expired. Error answers become {@link ApiException} with the server's problem detail.
 */
public final class ApiClient {

    /** Where access tokens come from (AppAuth in the app, a fake in tests). */
    public interface Tokens {
        /** The current access token, or null when signed out. */
        String accessToken();

        /** Gets a fresh access token (e.g. with the refresh token); null when the user must sign in again. */
        String refresh() throws IOException;
    }

    /** A page of results and the cursor of the next one (null at the end). */
    public static final class Page<T> {
        public final List<T> items;
        public final String nextCursor;

        public Page(List<T> items, String nextCursor) {
            this.items = items;
            this.nextCursor = nextCursor;
        }
    }

    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final MediaType JPEG = MediaType.get("image/jpeg");

    private final String baseUrl;
    private final OkHttpClient http;
    private final Tokens tokens;
    private final String language;

    public ApiClient(String baseUrl, Tokens tokens, String language) {
        this(baseUrl, tokens, language, new OkHttpClient.Builder()
                .connectTimeout(10, TimeUnit.SECONDS).readTimeout(20, TimeUnit.SECONDS).build());
    }

    public ApiClient(String baseUrl, Tokens tokens, String language, OkHttpClient http) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.tokens = tokens;
        this.language = language;
        this.http = http;
    }

    /** The donor feed (爱心墙): published wishes, most urgent first. */
    public Page<WishCard> feed(String cursor) throws IOException, ApiException {
        return feed(FeedQuery.ALL, cursor);
    }

    /** One page of the feed narrowed by kind and district, in the chosen order; the cursor is the previous page's. */
    public Page<WishCard> feed(FeedQuery query, String cursor) throws IOException, ApiException {
        String text = call("GET", query.path(cursor), null);
        return Responses.one(text, page -> new Page<>(page.requiredList("items", WishCard::new), page.nullable("nextCursor")));
    }

    /** The districts with wishes waiting, most first: the feed's district filter. */
    public List<Responses.District> feedDistricts() throws IOException, ApiException {
        return Responses.array(call("GET", "/api/v1/feed/districts", null), Responses.District::new);
    }

    /** Pledges to a wish; the key makes a retry after a lost answer safe (the same pledge comes back). */
    public Responses.Pledge pledge(String wishId, long amountFen, String idempotencyKey) throws IOException, ApiException {
        return pledge(wishId, amountFen, idempotencyKey, null);
    }

    /** A pledge with the donor's choice if the wish does not fill ({@code REFUND}, {@code MOVE_TO_GENERAL_FUND}; null: the server's, a refund). */
    public Responses.Pledge pledge(String wishId, long amountFen, String idempotencyKey, String onExpiry) throws IOException, ApiException {
        String body = parse(() -> new JSONObject().put("amountFen", amountFen).put("onExpiry", onExpiry).toString());
        String text = call("POST", "/api/v1/wishes/" + wishId + "/pledges", json(body), idempotencyKey);
        return Responses.one(text, Responses.Pledge::new);
    }

    /** One wish as donors see it. */
    public WishCard wish(String id) throws IOException, ApiException {
        String text = call("GET", "/api/v1/feed/wishes/" + id, null);
        return Responses.one(text, WishCard::new);
    }

    /** A photo of a published wish that staff cleared for donors (JPEG or PNG bytes). */
    public byte[] feedPhoto(String wishId, String photoId) throws IOException, ApiException {
        return exchange("GET", "/api/v1/feed/wishes/" + wishId + "/photos/" + photoId, null, null, "image/jpeg, image/png",
                ResponseBody::bytes);
    }

    /** A pledge's status: HELD until the payment arrives, then PAID. */
    public String pledgeStatus(String pledgeId) throws IOException, ApiException {
        String text = call("GET", "/api/v1/pledges/" + pledgeId, null);
        return parse(() -> new JSONObject(text).getString("status"));
    }

    /** Pays in the sandbox gateway (a real gateway would open its own page); the notice follows asynchronously. */
    public void payInSandbox(String reference) throws IOException, ApiException {
        call("POST", "/api/v1/sandbox/checkout/" + reference, null);
    }

    /** Household files in the staff member's subtree waiting at this step (e.g. UNDER_VERIFICATION), oldest first. */
    public List<FileSummary> files(String status) throws IOException, ApiException {
        String text = call("GET", "/api/v1/households?status=" + status + "&limit=50", null);
        return Responses.items(text, FileSummary::new);
    }

    /** A file as staff read it before deciding: the family, incomes, causes, category and severity, the home visits. */
    public Responses.StaffFile staffFile(String id) throws IOException, ApiException {
        return Responses.one(call("GET", "/api/v1/households/" + id, null), Responses.StaffFile::new);
    }

    /** The documents of a file (admission letter, income proof, diagnosis…). */
    public List<Responses.Document> fileDocuments(String id) throws IOException, ApiException {
        return Responses.array(call("GET", "/api/v1/households/" + id + "/documents", null), Responses.Document::new);
    }

    /** One document's bytes (a photo of it, or a PDF). */
    public byte[] fileDocument(String id, String documentId) throws IOException, ApiException {
        return exchange("GET", "/api/v1/households/" + id + "/documents/" + documentId, null, null, "image/jpeg, image/png, application/pdf",
                ResponseBody::bytes);
    }

    /** One of the household's own wishes in full: the questions staff asked, the reason if it was not accepted. */
    public Responses.WishView myWish(String wishId) throws IOException, ApiException {
        String text = call("GET", "/api/v1/wishes/" + wishId, null);
        return Responses.one(text, Responses.WishView::new);
    }

    /** Creates a wish in draft and returns its id; photos are added next, then it is submitted for vetting. */
    public String createWish(WishDraft draft) throws IOException, ApiException {
        return idOf(call("POST", "/api/v1/wishes", json(draft.toJson())));
    }

    /** Uploads a photo of the need (JPEG, already made small on the phone). */
    public void uploadPhoto(String wishId, byte[] jpeg) throws IOException, ApiException {
        call("POST", "/api/v1/wishes/" + wishId + "/photos?kind=PHOTO", RequestBody.create(jpeg, JPEG));
    }

    /** Uploads the admission letter of a scholarship request (staff see it; donors never do). */
    public void uploadAdmissionLetter(String wishId, byte[] jpeg) throws IOException, ApiException {
        call("POST", "/api/v1/wishes/" + wishId + "/photos?kind=ADMISSION_LETTER", RequestBody.create(jpeg, JPEG));
    }

    /** The scholarship campaign (金秋助学) open today (yyyy-MM-dd), or null when none is open. */
    public Responses.Campaign openScholarshipCampaign(String today) throws IOException, ApiException {
        for (Responses.Campaign c : Responses.array(call("GET", "/api/v1/campaigns", null), Responses.Campaign::new)) {
            if ("SCHOLARSHIP".equals(c.kind) && c.openOn(today)) {
                return c;
            }
        }
        return null;
    }

    /** A scholarship request for a child admitted this year; the amount comes from the campaign. Returns its id. */
    public String createScholarship(ScholarshipRequest request) throws IOException, ApiException {
        return idOf(call("POST", "/api/v1/wishes", json(request.toJson())));
    }

    public void submitWish(String wishId) throws IOException, ApiException {
        call("POST", "/api/v1/wishes/" + wishId + "/submit", null);
    }

    /** The worker's recommended jobs, each with its reasons ("why this job"). */
    public List<JobMatch> jobMatches() throws IOException, ApiException {
        String text = call("GET", "/api/v1/jobs/matches?limit=10", null);
        return Responses.array(text, JobMatch::new);
    }

    /** "Wishes for you": the donor's preferences and history, blended with need (donors only). */
    public List<WishCard> forYou() throws IOException, ApiException {
        String text = call("GET", "/api/v1/feed/for-you?limit=20", null);
        return Responses.array(text, WishCard::new);
    }

    /** The donor's pledges, newest first: amount, status (HELD, PAID, REFUNDED…), the wish. */
    public List<Responses.Pledge> myDonations() throws IOException, ApiException {
        return Responses.array(call("GET", "/api/v1/pledges/mine", null), Responses.Pledge::new);
    }

    /** 捐赠收据: the donor's receipt for a paid pledge, as the bytes of a PDF. */
    public byte[] receipt(String pledgeId) throws IOException, ApiException {
        return exchange("GET", "/api/v1/pledges/" + pledgeId + "/receipt", null, null, "application/pdf", ResponseBody::bytes);
    }

    /** Where a wish's money went: donated, matched, disbursed, returned, and the family's thank-you once staff cleared it. */
    public Responses.FundingReport wishReport(String wishId) throws IOException, ApiException {
        String text = call("GET", "/api/v1/feed/wishes/" + wishId + "/report", null);
        return Responses.one(text, Responses.FundingReport::new);
    }

    /** The household's own wishes, newest first, each with its status and what is raised. */
    public List<Responses.WishView> myWishes() throws IOException, ApiException {
        return Responses.array(call("GET", "/api/v1/wishes/mine", null), Responses.WishView::new);
    }

    /**
     * Registers this phone's push token for the signed-in user (android-fcm), with the app's version
     * and the language pushes should be written in (zh-CN or en).
     */
    public void registerDevice(String pushToken, String appVersion, String pushLanguage) throws IOException, ApiException {
        String body = parse(() -> new JSONObject().put("platform", "android-fcm").put("token", pushToken)
                .put("appVersion", appVersion).put("language", pushLanguage).toString());
        call("PUT", "/api/v1/devices", json(body));
    }

    /** Forgets this phone's push token (on sign-out): no more pushes for the user who left. */
    public void unregisterDevice(String pushToken) throws IOException, ApiException {
        call("DELETE", "/api/v1/devices/" + segment(pushToken), null);
    }

    /** The user's notifications (消息中心), newest first, in their language. */
    public List<Responses.Notice> inbox() throws IOException, ApiException {
        String text = call("GET", "/api/v1/inbox?limit=50", null);
        return Responses.items(text, Responses.Notice::new);
    }

    /** Wishes waiting for vetting in the staff member's subtree (title, kind, target, district). */
    public List<Responses.WishView> wishesToVet() throws IOException, ApiException {
        return Responses.array(call("GET", "/api/v1/wishes?status=SUBMITTED&limit=50", null), Responses.WishView::new);
    }

    /** Disbursements waiting for a second approver, each with its wish's title and whether this staff member recorded it. */
    public List<Responses.PendingDisbursement> pendingDisbursements() throws IOException, ApiException {
        return Responses.array(call("GET", "/api/v1/disbursements/pending", null), Responses.PendingDisbursement::new);
    }

    /** The service menu (服务菜单): open offers with places left. */
    public List<Responses.ServiceOffer> serviceMenu() throws IOException, ApiException {
        return Responses.array(call("GET", "/api/v1/services/menu?limit=50", null), Responses.ServiceOffer::new);
    }

    /** Orders a service: the server books the nearest offer with room, or keeps the order waiting. Returns its status. */
    public String orderService(String category, String district) throws IOException, ApiException {
        String body = parse(() -> new JSONObject().put("category", category).put("district", district).toString());
        String text = call("POST", "/api/v1/services/orders", json(body));
        return parse(() -> new JSONObject(text).getString("status"));
    }

    /** The worker's own help plan (我的帮扶计划), or null when the union has not made one yet (the API's 404). */
    public Responses.MyPlan myPlan() throws IOException, ApiException {
        String text;
        try {
            text = call("GET", "/api/v1/followup/me/plan", null);
        } catch (ApiException e) {
            if (e.status == 404) {
                return null;
            }
            throw e;
        }
        return Responses.one(text, Responses.MyPlan::new);
    }

    /** The worker's mutual-aid memberships (职工医疗互助), each with its claims and their status; empty when not enrolled. */
    public List<Responses.Membership> myMutualAid() throws IOException, ApiException {
        return Responses.array(call("GET", "/api/v1/mutual-aid/me", null), Responses.Membership::new);
    }

    /** Submits a claim; the server computes what it pays and explains it line by line. */
    public Responses.Claim submitClaim(ClaimDraft draft) throws IOException, ApiException {
        String text = call("POST", "/api/v1/mutual-aid/claims", json(draft.toJson()));
        return Responses.one(text, Responses.Claim::new);
    }

    /** Adds a photo of one of the claim's papers (诊断证明, 发票, 结算单), already made small on the phone. */
    public Responses.Claim uploadClaimDocument(String claimId, ClaimDraft.Document kind, byte[] jpeg) throws IOException, ApiException {
        String text = call("POST", "/api/v1/mutual-aid/claims/" + claimId + "/documents?kind=" + kind.name(), RequestBody.create(jpeg, JPEG));
        return Responses.one(text, Responses.Claim::new);
    }

    /**
     * Sends one action (see {@link Action}) with its id as the Idempotency-Key, so that a replay of
     * one whose answer was lost can be recognised; an offline phone gets an IOException and may queue it.
     */
    public void send(Action action) throws IOException, ApiException {
        call(action.method, action.path, action.body == null ? null : json(action.body), action.id);
    }

    // ---- JSON ----------------------------------------------------------------------------

    /** A step that reads or writes JSON (Android's org.json throws a checked exception). */
    private interface JsonStep<T> {
        T run() throws JSONException;
    }

    /** Runs a JSON step (a request's body, a single field of an answer); a JSON error is an unreadable answer. */
    private static <T> T parse(JsonStep<T> step) throws IOException {
        try {
            return step.run();
        } catch (JSONException e) {
            throw Responses.unreadable(e);
        }
    }

    private static String idOf(String created) throws IOException {
        return parse(() -> new JSONObject(created).getString("id"));
    }

    /** A value as one percent-encoded path segment. */
    private static String segment(String value) {
        return new okhttp3.HttpUrl.Builder().scheme("http").host("x").addPathSegment(value).build().encodedPath().substring(1);
    }

    private static RequestBody json(String text) {
        return RequestBody.create(text, JSON);
    }

    // ---- HTTP ----------------------------------------------------------------------------

    String call(String method, String path, RequestBody body) throws IOException, ApiException {
        return exchange(method, path, body, null, "application/json", ResponseBody::string);
    }

    private String call(String method, String path, RequestBody body, String idempotencyKey) throws IOException, ApiException {
        return exchange(method, path, body, idempotencyKey, "application/json", ResponseBody::string);
    }

    /** How a successful answer's body is read (text, or the bytes of a PDF). */
    private interface Reader<T> {
        T read(ResponseBody body) throws IOException;
    }

    /** Every request goes through here: language, bearer token, and one refresh and retry on 401. */
    private <T> T exchange(String method, String path, RequestBody body, String idempotencyKey, String accept, Reader<T> reader)
            throws IOException, ApiException {
        String token = tokens == null ? null : tokens.accessToken();
        try (Response r = http.newCall(request(method, path, body, idempotencyKey, accept, token)).execute()) {
            if (r.code() != 401 || token == null) {
                return read(r, reader);
            }
        }
        String fresh = tokens.refresh(); // expired: one refresh, one retry
        try (Response r = http.newCall(request(method, path, body, idempotencyKey, accept, fresh)).execute()) {
            return read(r, reader);
        }
    }

    private Request request(String method, String path, RequestBody body, String idempotencyKey, String accept, String token) {
        Request.Builder b = new Request.Builder().url(baseUrl + path).header("Accept-Language", language)
                .header("Accept", accept + ", application/problem+json")
                .method(method, body == null && !method.equals("GET") ? RequestBody.create(new byte[0], JSON) : body);
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (idempotencyKey != null) {
            b.header("Idempotency-Key", idempotencyKey);
        }
        return b.build();
    }

    private static <T> T read(Response r, Reader<T> reader) throws IOException, ApiException {
        ResponseBody body = r.body();
        if (r.isSuccessful()) {
            return body == null ? reader.read(ResponseBody.create(new byte[0], null)) : reader.read(body);
        }
        throw problem(r.code(), body == null ? "" : body.string());
    }

    /** Reads an OAuth error answer ({"error", "error_description"}), as Keycloak's endpoints give. */
    static ApiException oauthProblem(int status, String text) {
        try {
            JSONObject p = new JSONObject(text);
            return new ApiException(status, p.optString("error", "about:blank"),
                    p.optString("error_description", p.optString("error", "HTTP " + status)), new LinkedHashMap<>());
        } catch (JSONException e) {
            return new ApiException(status, "about:blank", "HTTP " + status, new LinkedHashMap<>());
        }
    }

    /** Reads a problem+json answer; anything else still becomes a readable error. */
    static ApiException problem(int status, String text) {
        try {
            JSONObject p = new JSONObject(text);
            Map<String, String> fields = new LinkedHashMap<>();
            JSONArray errors = p.optJSONArray("errors");
            for (int i = 0; errors != null && i < errors.length(); i++) {
                JSONObject e = errors.getJSONObject(i);
                fields.put(e.optString("field"), e.optString("message"));
            }
            String detail = p.optString("detail", p.optString("title", "HTTP " + status));
            return new ApiException(status, p.optString("type"), detail, fields);
        } catch (JSONException e) {
            return new ApiException(status, "about:blank", "HTTP " + status, new LinkedHashMap<>());
        }
    }

    // ---- staff journeys (app8) -------------------------------------------------------------

    /** A wish in full as staff vet it: items, story, photos (with their kind), the household it is for, the questions. */
    public StaffWish staffWish(String wishId) throws IOException, ApiException {
        return Responses.one(call("GET", "/api/v1/wishes/" + wishId, null), StaffWish::new);
    }

    /** One photo of a wish as staff see it, cleared or not (the need, an admission letter, a proof): JPEG or PNG bytes. */
    public byte[] wishPhoto(String wishId, String photoId) throws IOException, ApiException {
        return exchange("GET", "/api/v1/wishes/" + wishId + "/photos/" + photoId, null, null, "image/jpeg, image/png", ResponseBody::bytes);
    }

    /** Funded wishes in the staff member's subtree whose help is being handed over (FUNDED, then FULFILLING): where proofs are taken. */
    public List<StaffWish> wishesToHandOver() throws IOException, ApiException {
        List<StaffWish> all = new java.util.ArrayList<>(Responses.array(call("GET", "/api/v1/wishes?status=FUNDED&limit=50", null), StaffWish::new));
        all.addAll(Responses.array(call("GET", "/api/v1/wishes?status=FULFILLING&limit=50", null), StaffWish::new));
        return java.util.Collections.unmodifiableList(all);
    }

    /**
     * A photo taken on a home visit (入户照片), kept with the file's documents as kind VISIT_PHOTO (the visit
     * request has no photo of its own).
     */
    public Responses.Document uploadVisitPhoto(String householdId, byte[] jpeg) throws IOException, ApiException {
        String text = call("POST", "/api/v1/households/" + householdId + "/documents?kind=VISIT_PHOTO", RequestBody.create(jpeg, JPEG));
        return Responses.one(text, Responses.Document::new);
    }

    /** 拨付凭证: a photo of a disbursement's proof (receipt, signed delivery note) on a funded wish; the wish comes back with it. */
    public StaffWish uploadProof(String wishId, byte[] jpeg) throws IOException, ApiException {
        return Responses.one(call("POST", "/api/v1/wishes/" + wishId + "/proofs", RequestBody.create(jpeg, JPEG)), StaffWish::new);
    }

    // ---- worker journeys (app7) -----------------------------------------------------------

    /** The union directory (GET /units); the household form offers its grassroots unions. */
    public List<Responses.Unit> units() throws IOException, ApiException {
        return Responses.array(call("GET", "/api/v1/units", null), Responses.Unit::new);
    }

    /** The worker's own file in full (status, staff's questions, their own data unmasked to edit), or null when there is none yet. */
    public Responses.Household myHousehold() throws IOException, ApiException {
        try {
            return Responses.one(call("GET", "/api/v1/households/mine", null), Responses.Household::new);
        } catch (ApiException e) {
            return notFound(e, null);
        }
    }

    /** What a 404 means where it is an answer ("none yet"); any other refusal is thrown on. */
    private static <T> T notFound(ApiException e, T none) throws ApiException {
        if (e.status == 404) {
            return none;
        }
        throw e;
    }

    /** Files the household (POST) or saves the worker's changes (PUT), as the queued action does; returns the file. */
    public Responses.Household saveHousehold(HouseholdDraft draft, String fileId) throws IOException, ApiException {
        return saveHousehold(draft.save(fileId));
    }

    /** Sends a save made by {@link HouseholdDraft#save} (the same id as Idempotency-Key if it is queued after all); returns the file. */
    public Responses.Household saveHousehold(Action save) throws IOException, ApiException {
        return Responses.one(call(save.method, save.path, json(save.body), save.id), Responses.Household::new);
    }

    /**
     * Answers staff's question about the file with a document: a photo (JPEG or PNG) or a PDF, as
     * {@code mediaType} says. The server keeps it with the question; staff see it in the file.
     */
    public Responses.Document answerWithDocument(String fileId, String questionId, byte[] bytes, String mediaType)
            throws IOException, ApiException {
        String text = call("POST", "/api/v1/households/" + fileId + "/questions/" + questionId + "/document",
                RequestBody.create(bytes, MediaType.get(mediaType)));
        return Responses.one(text, Responses.Document::new);
    }

    /** The jobs the worker applied for, each with where the application stands. */
    public List<Responses.JobApplication> myJobApplications() throws IOException, ApiException {
        return Responses.array(call("GET", "/api/v1/jobs/applications", null), Responses.JobApplication::new);
    }

    /** The services the worker ordered: booked, waiting for a place, or cancelled. */
    public List<Responses.ServiceOrder> myServiceOrders() throws IOException, ApiException {
        return Responses.array(call("GET", "/api/v1/services/orders", null), Responses.ServiceOrder::new);
    }

    /** The household's scholarship requests (金秋助学), each read in full (its letter, its questions, what was paid). */
    public List<Responses.WishView> myScholarships() throws IOException, ApiException {
        List<Responses.WishView> found = new java.util.ArrayList<>();
        for (Responses.WishView w : myWishes()) {
            if (w.scholarship()) {
                found.add(myWish(w.id));
            }
        }
        return found;
    }
}
