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
    /** 工会已入户核实: the household's file was approved after a home visit, made on {@link #verifiedOn} (null if unknown). */
    public final boolean verified;
    public final String verifiedOn;
    /** Distinct donors with a held or paid pledge. */
    public final int donorCount;

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

    WishCard(Responses.Fields f) throws org.json.JSONException {
        id = f.text("id");
        kind = f.optText("kind");
        title = f.text("title");
        story = f.optText("story");
        district = f.optText("district");
        targetFen = f.fen("targetFen");
        pledgedFen = f.fen("pledgedFen");
        remainingFen = f.fen("remainingFen");
        progressPercent = f.whole("progressPercent");
        deadline = f.optText("deadline");
        items = f.list("items", l -> new Line(l.text("name"), l.whole("quantity"), l.fen("unitPriceFen")));
        photoIds = f.strings("photoIds");
        verified = f.flag("verified");
        verifiedOn = f.nullable("verifiedOn");
        donorCount = f.optWhole("donorCount");
    }

    /** The card as JSON, for the offline cache (the same fields the server sends). */
    public JSONObject toJson() throws org.json.JSONException {
        return new JSONObject().put("id", id).put("kind", kind).put("title", title).put("story", story)
                .put("district", district).put("targetFen", targetFen).put("pledgedFen", pledgedFen)
                .put("remainingFen", remainingFen).put("progressPercent", progressPercent).put("deadline", deadline)
                .put("items", lines()).put("photoIds", new org.json.JSONArray(photoIds)).put("verified", verified)
                .put("verifiedOn", verifiedOn).put("donorCount", donorCount);
    }

    private org.json.JSONArray lines() throws org.json.JSONException {
        org.json.JSONArray a = new org.json.JSONArray();
        for (Line l : items) {
            a.put(new JSONObject().put("name", l.name).put("quantity", l.quantity).put("unitPriceFen", l.unitPriceFen));
        }
        return a;
    }

    /** A card the offline cache kept (see {@link #toJson}). */
    public static WishCard fromJson(JSONObject o) throws org.json.JSONException {
        return new WishCard(new Responses.Fields(o));
    }
}
