package org.weiyuan.app.core;

import org.json.JSONObject;

/** A wish as the donor feed shows it (anonymised by the server). */
public final class WishCard {
    public final String id;
    public final String kind;
    public final String title;
    public final String story;
    public final String district;
    public final long targetFen;
    public final long pledgedFen;
    public final long remainingFen;
    public final int progressPercent;
    public final String deadline;

    public WishCard(String id, String kind, String title, String story, String district, long targetFen, long pledgedFen,
                    long remainingFen, int progressPercent, String deadline) {
        this.id = id;
        this.kind = kind;
        this.title = title;
        this.story = story;
        this.district = district;
        this.targetFen = targetFen;
        this.pledgedFen = pledgedFen;
        this.remainingFen = remainingFen;
        this.progressPercent = progressPercent;
        this.deadline = deadline;
    }

    /** The card as JSON, for the offline cache (the same fields the server sends). */
    public JSONObject toJson() throws org.json.JSONException {
        return new JSONObject().put("id", id).put("kind", kind).put("title", title).put("story", story)
                .put("district", district).put("targetFen", targetFen).put("pledgedFen", pledgedFen)
                .put("remainingFen", remainingFen).put("progressPercent", progressPercent).put("deadline", deadline);
    }

    public static WishCard fromJson(JSONObject o) throws org.json.JSONException {
        return from(o);
    }

    static WishCard from(JSONObject o) throws org.json.JSONException {
        return new WishCard(o.getString("id"), o.optString("kind"), o.getString("title"), o.optString("story"),
                o.optString("district"), o.getLong("targetFen"), o.getLong("pledgedFen"), o.getLong("remainingFen"),
                o.getInt("progressPercent"), o.optString("deadline"));
    }
}
