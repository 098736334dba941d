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
import java.util.ArrayList;
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

        Page(List<T> items, String nextCursor) {
            this.items = items;
            this.nextCursor = nextCursor;
        }
    }

    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

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
        String text = call("GET", "/api/v1/feed/wishes?limit=20&sort=URGENCY" + (cursor == null ? "" : "&cursor=" + cursor), null);
        try {
            JSONObject page = new JSONObject(text);
            JSONArray items = page.getJSONArray("items");
            List<WishCard> cards = new ArrayList<>();
            for (int i = 0; i < items.length(); i++) {
                cards.add(WishCard.from(items.getJSONObject(i)));
            }
            return new Page<>(cards, page.isNull("nextCursor") ? null : page.getString("nextCursor"));
        } catch (JSONException e) {
            throw new IOException("Unreadable answer from the server", e);
        }
    }

    /** Pledges to a wish; the key makes a retry after a lost answer safe. Returns the pledge as JSON. */
    public JSONObject pledge(String wishId, long amountFen, String idempotencyKey) throws IOException, ApiException {
        try {
            JSONObject body = new JSONObject().put("amountFen", amountFen);
            return new JSONObject(call("POST", "/api/v1/wishes/" + wishId + "/pledges", body.toString(), idempotencyKey));
        } catch (JSONException e) {
            throw new IOException("Unreadable answer from the server", e);
        }
    }

    /** One wish as donors see it. */
    public WishCard wish(String id) throws IOException, ApiException {
        try {
            return WishCard.from(new JSONObject(call("GET", "/api/v1/feed/wishes/" + id, null)));
        } catch (JSONException e) {
            throw new IOException("Unreadable answer from the server", e);
        }
    }

    /** A pledge's status: HELD until the payment arrives, then PAID. */
    public String pledgeStatus(String pledgeId) throws IOException, ApiException {
        try {
            return new JSONObject(call("GET", "/api/v1/pledges/" + pledgeId, null)).getString("status");
        } catch (JSONException e) {
            throw new IOException("Unreadable answer from the server", e);
        }
    }

    /** Pays in the sandbox gateway (a real gateway would open its own page); the notice follows asynchronously. */
    public void payInSandbox(String reference) throws IOException, ApiException {
        call("POST", "/api/v1/sandbox/checkout/" + reference, null);
    }

    /** Household files in the staff member's subtree waiting at this step (e.g. UNDER_VERIFICATION), oldest first. */
    public List<FileSummary> files(String status) throws IOException, ApiException {
        try {
            JSONArray items = new JSONObject(call("GET", "/api/v1/households?status=" + status + "&limit=50", null)).getJSONArray("items");
            List<FileSummary> files = new ArrayList<>();
            for (int i = 0; i < items.length(); i++) {
                files.add(FileSummary.from(items.getJSONObject(i)));
            }
            return files;
        } catch (JSONException e) {
            throw new IOException("Unreadable answer from the server", e);
        }
    }

    /** Staff decide on a file: approve, or reject with a reason, or ask the worker a question. */
    public void approveFile(String id) throws IOException, ApiException {
        call("POST", "/api/v1/households/" + id + "/approve", null);
    }

    public void rejectFile(String id, String reason) throws IOException, ApiException {
        call("POST", "/api/v1/households/" + id + "/reject", json("reason", reason));
    }

    public void askAboutFile(String id, String question) throws IOException, ApiException {
        call("POST", "/api/v1/households/" + id + "/questions", json("question", question));
    }

    /** The worker's own household file (status, the questions staff asked), or null when there is none yet. */
    public JSONObject myFile() throws IOException, ApiException {
        try {
            return new JSONObject(call("GET", "/api/v1/households/mine", null));
        } catch (ApiException e) {
            if (e.status == 404) {
                return null;
            }
            throw e;
        } catch (JSONException e) {
            throw new IOException("Unreadable answer from the server", e);
        }
    }

    public void answer(String fileId, String questionId, String answer) throws IOException, ApiException {
        call("POST", "/api/v1/households/" + fileId + "/questions/" + questionId + "/answer", json("answer", answer));
    }

    /** Creates a wish in draft and returns its id; photos are added next, then it is submitted for vetting. */
    public String createWish(String kind, String title, String story, long targetFen, String deadline)
            throws IOException, ApiException {
        try {
            JSONObject body = new JSONObject().put("kind", kind).put("title", title).put("story", story)
                    .put("targetFen", targetFen).put("deadline", deadline);
            return new JSONObject(call("POST", "/api/v1/wishes", body.toString())).getString("id");
        } catch (JSONException e) {
            throw new IOException("Unreadable answer from the server", e);
        }
    }

    /** Uploads a photo of the need (JPEG, already made small on the phone). */
    public void uploadPhoto(String wishId, byte[] jpeg) throws IOException, ApiException {
        uploadImage(wishId, jpeg, "PHOTO");
    }

    /** Uploads the admission letter of a scholarship request (staff see it; donors never do). */
    public void uploadAdmissionLetter(String wishId, byte[] jpeg) throws IOException, ApiException {
        uploadImage(wishId, jpeg, "ADMISSION_LETTER");
    }

    /** The scholarship campaign (金秋助学) open today, as JSON, or null when none is open. */
    public JSONObject openScholarshipCampaign(String today) throws IOException, ApiException {
        for (JSONObject c : objects(call("GET", "/api/v1/campaigns", null))) {
            if ("SCHOLARSHIP".equals(c.optString("kind")) && c.optString("startsOn").compareTo(today) <= 0
                    && c.optString("endsOn").compareTo(today) >= 0) {
                return c;
            }
        }
        return null;
    }

    /** A scholarship request for a child admitted this year; the amount comes from the campaign. Returns its id. */
    public String createScholarship(String title, String story, String campaignId, String school, int year, String deadline)
            throws IOException, ApiException {
        try {
            JSONObject body = new JSONObject().put("kind", "SCHOLARSHIP").put("title", title).put("story", story)
                    .put("campaignId", campaignId).put("deadline", deadline)
                    .put("admission", new JSONObject().put("schoolName", school).put("year", year));
            return new JSONObject(call("POST", "/api/v1/wishes", body.toString())).getString("id");
        } catch (JSONException e) {
            throw new IOException("Unreadable answer from the server", e);
        }
    }

    private void uploadImage(String wishId, byte[] jpeg, String kind) throws IOException, ApiException {
        String token = tokens == null ? null : tokens.accessToken();
        Request.Builder b = new Request.Builder().url(baseUrl + "/api/v1/wishes/" + wishId + "/photos?kind=" + kind)
                .header("Accept-Language", language).post(RequestBody.create(jpeg, MediaType.get("image/jpeg")));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        try (Response r = http.newCall(b.build()).execute()) {
            read(r);
        }
    }

    public void submitWish(String wishId) throws IOException, ApiException {
        call("POST", "/api/v1/wishes/" + wishId + "/submit", null);
    }

    /** The worker's recommended jobs, each with its reasons ("why this job"). */
    public List<JobMatch> jobMatches() throws IOException, ApiException {
        try {
            JSONArray items = new JSONArray(call("GET", "/api/v1/jobs/matches?limit=10", null));
            List<JobMatch> matches = new ArrayList<>();
            for (int i = 0; i < items.length(); i++) {
                matches.add(JobMatch.from(items.getJSONObject(i)));
            }
            return matches;
        } catch (JSONException e) {
            throw new IOException("Unreadable answer from the server", e);
        }
    }

    public void applyForJob(String listingId) throws IOException, ApiException {
        call("POST", "/api/v1/jobs/listings/" + listingId + "/applications", "{}");
    }

    /** "Wishes for you": the donor's preferences and history, blended with need (donors only). */
    public List<WishCard> forYou() throws IOException, ApiException {
        try {
            JSONArray items = new JSONArray(call("GET", "/api/v1/feed/for-you?limit=20", null));
            List<WishCard> cards = new ArrayList<>();
            for (int i = 0; i < items.length(); i++) {
                cards.add(WishCard.from(items.getJSONObject(i)));
            }
            return cards;
        } catch (JSONException e) {
            throw new IOException("Unreadable answer from the server", e);
        }
    }

    /** The donor's pledges, newest first: amount, status (HELD, PAID, REFUNDED…), the wish. */
    public List<JSONObject> myDonations() throws IOException, ApiException {
        return objects(call("GET", "/api/v1/pledges/mine", null));
    }

    /** The user's notifications (消息中心), newest first, in their language. */
    public List<JSONObject> inbox() throws IOException, ApiException {
        try {
            return objects(new JSONObject(call("GET", "/api/v1/inbox?limit=50", null)).getJSONArray("items").toString());
        } catch (JSONException e) {
            throw new IOException("Unreadable answer from the server", e);
        }
    }

    public void markRead(String notificationId) throws IOException, ApiException {
        call("POST", "/api/v1/inbox/" + notificationId + "/read", null);
    }

    /** Wishes waiting for vetting in the staff member's subtree (title, kind, target, district). */
    public List<JSONObject> wishesToVet() throws IOException, ApiException {
        return objects(call("GET", "/api/v1/wishes?status=SUBMITTED&limit=50", null));
    }

    public void publishWish(String id) throws IOException, ApiException {
        call("POST", "/api/v1/wishes/" + id + "/publish", "{}");
    }

    public void askAboutWish(String id, String question) throws IOException, ApiException {
        call("POST", "/api/v1/wishes/" + id + "/questions", json("question", question));
    }

    public void rejectWish(String id, String reason) throws IOException, ApiException {
        call("POST", "/api/v1/wishes/" + id + "/reject", json("reason", reason));
    }

    /** Disbursements waiting for a second approver: {disbursement, wishTitle, mine}. */
    public List<JSONObject> pendingDisbursements() throws IOException, ApiException {
        return objects(call("GET", "/api/v1/disbursements/pending", null));
    }

    public void approveDisbursement(String id) throws IOException, ApiException {
        call("POST", "/api/v1/disbursements/" + id + "/approve", null);
    }

    /** The service menu (服务菜单): open offers with places left. */
    public List<JSONObject> serviceMenu() throws IOException, ApiException {
        return objects(call("GET", "/api/v1/services/menu?limit=50", null));
    }

    /** Orders a service: the server books the nearest offer with room, or keeps the order waiting. Returns its status. */
    public String orderService(String category, String district) throws IOException, ApiException {
        try {
            String body = new JSONObject().put("category", category).put("district", district).toString();
            return new JSONObject(call("POST", "/api/v1/services/orders", body)).getString("status");
        } catch (JSONException e) {
            throw new IOException("Unreadable answer from the server", e);
        }
    }

    private static List<JSONObject> objects(String array) throws IOException {
        try {
            JSONArray items = new JSONArray(array);
            List<JSONObject> list = new ArrayList<>();
            for (int i = 0; i < items.length(); i++) {
                list.add(items.getJSONObject(i));
            }
            return list;
        } catch (JSONException e) {
            throw new IOException("Unreadable answer from the server", e);
        }
    }

    private static String json(String key, String value) throws IOException {
        try {
            return new JSONObject().put(key, value).toString();
        } catch (JSONException e) {
            throw new IOException(e);
        }
    }

    String call(String method, String path, String body) throws IOException, ApiException {
        return call(method, path, body, null);
    }

    private String call(String method, String path, String body, String idempotencyKey) throws IOException, ApiException {
        String token = tokens == null ? null : tokens.accessToken();
        try (Response r = http.newCall(request(method, path, body, idempotencyKey, token)).execute()) {
            if (r.code() != 401 || token == null) {
                return read(r);
            }
        }
        String fresh = tokens.refresh(); // expired: one refresh, one retry
        try (Response r = http.newCall(request(method, path, body, idempotencyKey, fresh)).execute()) {
            return read(r);
        }
    }

    private Request request(String method, String path, String body, String idempotencyKey, String token) {
        Request.Builder b = new Request.Builder().url(baseUrl + path).header("Accept-Language", language)
                .method(method, body == null ? (method.equals("GET") ? null : RequestBody.create(new byte[0], JSON))
                        : RequestBody.create(body, JSON));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (idempotencyKey != null) {
            b.header("Idempotency-Key", idempotencyKey);
        }
        return b.build();
    }

    private static String read(Response r) throws IOException, ApiException {
        ResponseBody body = r.body();
        String text = body == null ? "" : body.string();
        if (r.isSuccessful()) {
            return text;
        }
        throw problem(r.code(), text);
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
}
