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
    /** A goods wish's items as the feed gives them (name, quantity, unit price); empty for other kinds. */
    public final java.util.List<Line> items;
    /** The photos staff cleared for donors, in order. */
    public final java.util.List<String> photoIds;

    /** One item of a goods wish. */
    public static final class Line {
        public final String name;
        public final int quantity;
        public final long unitPriceFen;

        public Line(String name, int quantity, long unitPriceFen) {
            this.name = name;
            this.quantity = quantity;
            this.unitPriceFen = unitPriceFen;
        }
    }

    public WishCard(String id, String kind, String title, String story, String district, long targetFen, long pledgedFen,
                    long remainingFen, int progressPercent, String deadline) {
        this(id, kind, title, story, district, targetFen, pledgedFen, remainingFen, progressPercent, deadline,
                new java.util.ArrayList<>(), new java.util.ArrayList<>());
    }

    public WishCard(String id, String kind, String title, String story, String district, long targetFen, long pledgedFen,
                    long remainingFen, int progressPercent, String deadline, java.util.List<Line> items, java.util.List<String> photoIds) {
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
        this.items = java.util.Collections.unmodifiableList(items);
        this.photoIds = java.util.Collections.unmodifiableList(photoIds);
    }

    /** The card as JSON, for the offline cache (the same fields the server sends). */
    public JSONObject toJson() throws org.json.JSONException {
        return new JSONObject().put("id", id).put("kind", kind).put("title", title).put("story", story)
                .put("district", district).put("targetFen", targetFen).put("pledgedFen", pledgedFen)
                .put("remainingFen", remainingFen).put("progressPercent", progressPercent).put("deadline", deadline)
                .put("items", lines()).put("photoIds", new org.json.JSONArray(photoIds));
    }

    private org.json.JSONArray lines() throws org.json.JSONException {
        org.json.JSONArray a = new org.json.JSONArray();
        for (Line l : items) {
            a.put(new JSONObject().put("name", l.name).put("quantity", l.quantity).put("unitPriceFen", l.unitPriceFen));
        }
        return a;
    }

    public static WishCard fromJson(JSONObject o) throws org.json.JSONException {
        return from(o);
    }

    static WishCard from(JSONObject o) throws org.json.JSONException {
        return new WishCard(o.getString("id"), o.optString("kind"), o.getString("title"), o.optString("story"),
                o.optString("district"), o.getLong("targetFen"), o.getLong("pledgedFen"), o.getLong("remainingFen"),
                o.getInt("progressPercent"), o.optString("deadline"), lines(o.optJSONArray("items")), ids(o.optJSONArray("photoIds")));
    }

    private static java.util.List<Line> lines(org.json.JSONArray a) throws org.json.JSONException {
        java.util.List<Line> lines = new java.util.ArrayList<>();
        for (int i = 0; a != null && i < a.length(); i++) {
            JSONObject l = a.getJSONObject(i);
            lines.add(new Line(l.getString("name"), l.getInt("quantity"), l.getLong("unitPriceFen")));
        }
        return lines;
    }

    private static java.util.List<String> ids(org.json.JSONArray a) throws org.json.JSONException {
        java.util.List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; a != null && i < a.length(); i++) {
            ids.add(a.getString(i));
        }
        return ids;
    }
}
