package org.weiyuan.app.core;

import org.json.JSONArray;
import org.json.JSONException;
import org.json.JSONObject;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A wish as the worker fills it in (发布微愿), checked as the backend checks it before it is sent:
 * a goods wish (物品) lists its items with quantity and unit price and its target is their sum;
 * a cash (现金), service (服务) or festival-aid (两节送温暖) wish has a target; scholarships have
 * their own form (the amount is the campaign's).
 */
public final class WishDraft {

    /** The kinds this form posts (the backend's WishKind, less SCHOLARSHIP). */
    public enum Kind { GOODS, CASH, SERVICE, FESTIVAL_AID }

    /** What the form must ask again for, or null when the draft can be sent. */
    public enum Problem { MISSING_TEXT, NO_ITEMS, ITEM_INCOMPLETE, QUANTITY, PRICE, AMOUNT }

    /** One item of a goods wish: name, quantity, unit price in fen. */
    public static final class Item {
        public final String name;
        public final int quantity;
        public final long unitPriceFen;

        public Item(String name, int quantity, long unitPriceFen) {
            this.name = name;
            this.quantity = quantity;
            this.unitPriceFen = unitPriceFen;
        }
    }

    /** The backend's limits (WishViews.ItemRequest): 1–1000 pieces, at most 30 items. */
    public static final int MAX_QUANTITY = 1000;
    public static final int MAX_ITEMS = 30;
    /** The backend's title limit. */
    public static final int MAX_TITLE = 60;

    public final Kind kind;
    public final String title;
    public final String story;
    /** For every kind but goods; null for goods. */
    public final Long targetFen;
    public final List<Item> items;
    public final String deadline;

    private WishDraft(Kind kind, String title, String story, Long targetFen, List<Item> items, String deadline) {
        this.kind = kind;
        this.title = title;
        this.story = story;
        this.targetFen = targetFen;
        this.items = Collections.unmodifiableList(items);
        this.deadline = deadline;
    }

    public static WishDraft goods(String title, String story, List<Item> items, String deadline) {
        return new WishDraft(Kind.GOODS, title, story, null, new ArrayList<>(items), deadline);
    }

    public static WishDraft withTarget(Kind kind, String title, String story, long targetFen, String deadline) {
        if (kind == Kind.GOODS) {
            throw new IllegalArgumentException("a goods wish's target is the sum of its items");
        }
        return new WishDraft(kind, title, story, targetFen, new ArrayList<>(), deadline);
    }

    /** What is wrong with it as the backend would see it, or null. */
    public Problem problem() {
        if (title.trim().isEmpty() || story.trim().isEmpty()) {
            return Problem.MISSING_TEXT;
        }
        if (kind != Kind.GOODS) {
            return targetFen == null || targetFen <= 0 ? Problem.AMOUNT : null;
        }
        if (items.isEmpty()) {
            return Problem.NO_ITEMS;
        }
        for (Item i : items) {
            if (i.name.trim().isEmpty()) {
                return Problem.ITEM_INCOMPLETE;
            }
            if (i.quantity < 1 || i.quantity > MAX_QUANTITY) {
                return Problem.QUANTITY;
            }
            if (i.unitPriceFen <= 0) {
                return Problem.PRICE;
            }
        }
        return null;
    }

    /** What the wish asks for in all: the items' sum for goods (as the backend computes it), else the target. */
    public long totalFen() {
        if (kind != Kind.GOODS) {
            return targetFen == null ? 0 : targetFen;
        }
        long total = 0;
        for (Item i : items) {
            total += i.unitPriceFen * i.quantity;
        }
        return total;
    }

    /** The body of POST /api/v1/wishes (the backend's WishRequest). */
    public String toJson() {
        try {
            JSONObject o = new JSONObject().put("kind", kind.name()).put("title", title.trim()).put("story", story.trim())
                    .put("deadline", deadline);
            if (kind == Kind.GOODS) {
                JSONArray lines = new JSONArray();
                for (Item i : items) {
                    lines.put(new JSONObject().put("name", i.name.trim()).put("quantity", i.quantity).put("unitPriceFen", i.unitPriceFen));
                }
                o.put("items", lines);
            } else {
                o.put("targetFen", targetFen.longValue());
            }
            return o.toString();
        } catch (JSONException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Yuan as typed ("450.5") in fen, or -1 when it is not an amount with at most two decimals. */
    public static long fen(String yuan) {
        try {
            return new BigDecimal(yuan.trim()).movePointRight(2).longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            return -1;
        }
    }

    /** A whole number as typed, or -1. */
    public static int count(String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
