package org.weiyuan.app.core;

import org.json.JSONException;
import org.json.JSONObject;

import java.util.UUID;

/**
 * Something the user did that changes data on the server (approve a file, answer a question, mark a
 * message read…), kept as data so that, when the phone is offline, it can wait in the
 * {@link ActionQueue} and be sent when the network returns. Only small, replayable requests are
 * actions; pledges (their own idempotent flow) and photo uploads are not.
 */
public final class Action {

    public final String id;
    public final String method;
    public final String path;
    /** The JSON body, or null for none. */
    public final String body;
    /** What the user did, in their words, for the message after it was sent or refused (e.g. 审核通过:张三). */
    public final String label;

    Action(String id, String method, String path, String body, String label) {
        this.id = id;
        this.method = method;
        this.path = path;
        this.body = body;
        this.label = label;
    }

    private static Action post(String path, String body) {
        return new Action(UUID.randomUUID().toString(), "POST", path, body, "");
    }

    /** The same action, described for the user. */
    public Action labelled(String text) {
        return new Action(id, method, path, body, text == null ? "" : text);
    }

    public static Action approveFile(String fileId) {
        return post("/api/v1/households/" + fileId + "/approve", null);
    }

    public static Action rejectFile(String fileId, String reason) {
        return post("/api/v1/households/" + fileId + "/reject", field("reason", reason));
    }

    public static Action askAboutFile(String fileId, String question) {
        return post("/api/v1/households/" + fileId + "/questions", field("question", question));
    }

    public static Action answerAboutFile(String fileId, String questionId, String answer) {
        return post("/api/v1/households/" + fileId + "/questions/" + questionId + "/answer", field("answer", answer));
    }

    public static Action answerAboutWish(String wishId, String questionId, String answer) {
        return post("/api/v1/wishes/" + wishId + "/questions/" + questionId + "/answer", field("answer", answer));
    }

    /** The household says the help arrived, with a thank-you note for the donors (optional). */
    public static Action confirmReceipt(String wishId, String thankYou) {
        return post("/api/v1/wishes/" + wishId + "/receipt", thankYou == null || thankYou.isEmpty() ? "{}" : field("thankYou", thankYou));
    }

    /** The household takes back a wish nobody has given to yet (draft, in vetting, or published without pledges). */
    public static Action withdrawWish(String wishId) {
        return post("/api/v1/wishes/" + wishId + "/withdraw", null);
    }

    public static Action applyForJob(String listingId) {
        return post("/api/v1/jobs/listings/" + listingId + "/applications", "{}");
    }

    public static Action markRead(String notificationId) {
        return post("/api/v1/inbox/" + notificationId + "/read", null);
    }

    public static Action publishWish(String wishId) {
        return post("/api/v1/wishes/" + wishId + "/publish", "{}");
    }

    public static Action askAboutWish(String wishId, String question) {
        return post("/api/v1/wishes/" + wishId + "/questions", field("question", question));
    }

    public static Action rejectWish(String wishId, String reason) {
        return post("/api/v1/wishes/" + wishId + "/reject", field("reason", reason));
    }

    /** The second approval of a disbursement (复核); the server refuses the staff member who recorded it. */
    public static Action approveDisbursement(String disbursementId) {
        return post("/api/v1/disbursements/" + disbursementId + "/approve", null);
    }

    JSONObject toJson() throws JSONException {
        return new JSONObject().put("id", id).put("method", method).put("path", path).put("body", body == null ? JSONObject.NULL : body)
                .put("label", label);
    }

    static Action fromJson(JSONObject o) throws JSONException {
        return new Action(o.getString("id"), o.getString("method"), o.getString("path"), o.isNull("body") ? null : o.getString("body"),
                o.optString("label"));
    }

    private static String field(String key, String value) {
        try {
            return new JSONObject().put(key, value).toString();
        } catch (JSONException e) {
            throw new IllegalArgumentException(e); // only for a null key, which never happens here
        }
    }
}
