package org.weiyuan.app.ui;

import android.content.Context;

import org.json.JSONArray;
import org.json.JSONException;
import org.json.JSONObject;
import org.weiyuan.app.core.WishCard;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The last feed the phone saw, kept in the app's cache folder so that it shows (with its age) offline, even after a restart. */
final class FeedCache {

    private final File file;

    FeedCache(Context context) {
        file = new File(context.getCacheDir(), "feed.json");
    }

    void save(List<WishCard> cards, long atMillis) {
        try {
            JSONArray items = new JSONArray();
            for (WishCard c : cards) {
                items.put(c.toJson());
            }
            byte[] bytes = new JSONObject().put("savedAt", atMillis).put("items", items).toString().getBytes(StandardCharsets.UTF_8);
            try (java.io.FileOutputStream out = new java.io.FileOutputStream(file)) { // java.nio.file arrives only in API 26
                out.write(bytes);
            }
        } catch (IOException | JSONException e) {
            // a cache that cannot be written only means no offline copy
        }
    }

    /** The saved cards and when they were saved, or null when there is no usable copy. */
    Saved load() {
        try {
            if (!file.exists()) {
                return null;
            }
            byte[] bytes;
            try (java.io.RandomAccessFile in = new java.io.RandomAccessFile(file, "r")) {
                bytes = new byte[(int) in.length()];
                in.readFully(bytes);
            }
            JSONObject o = new JSONObject(new String(bytes, StandardCharsets.UTF_8));
            JSONArray items = o.getJSONArray("items");
            List<WishCard> cards = new ArrayList<>();
            for (int i = 0; i < items.length(); i++) {
                cards.add(WishCard.fromJson(items.getJSONObject(i)));
            }
            return new Saved(cards, o.getLong("savedAt"));
        } catch (IOException | JSONException e) {
            return null;
        }
    }

    static final class Saved {
        final List<WishCard> cards;
        final long savedAtMillis;

        Saved(List<WishCard> cards, long savedAtMillis) {
            this.cards = cards;
            this.savedAtMillis = savedAtMillis;
        }
    }
}
