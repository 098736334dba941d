package org.weiyuan.app.core;

import org.json.JSONArray;
import org.json.JSONException;
import org.json.JSONObject;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A recommended job with its score and the reasons the server gives, in the user's language. */
public final class JobMatch {
    public final String listingId;
    public final String title;
    public final String employer;
    public final String district;
    public final long wageMinFen;
    public final long wageMaxFen;
    public final String wagePeriod;
    public final int score;
    public final List<String> why;

    JobMatch(String listingId, String title, String employer, String district, long wageMinFen, long wageMaxFen,
             String wagePeriod, int score, List<String> why) {
        this.listingId = listingId;
        this.title = title;
        this.employer = employer;
        this.district = district;
        this.wageMinFen = wageMinFen;
        this.wageMaxFen = wageMaxFen;
        this.wagePeriod = wagePeriod;
        this.score = score;
        this.why = Collections.unmodifiableList(why);
    }

    static JobMatch from(JSONObject o) throws JSONException {
        JSONObject l = o.getJSONObject("listing");
        List<String> why = new ArrayList<>();
        JSONArray reasons = o.optJSONArray("why");
        for (int i = 0; reasons != null && i < reasons.length(); i++) {
            why.add(reasons.getJSONObject(i).getString("text"));
        }
        return new JobMatch(l.getString("id"), l.getString("title"), l.optString("employer"), o.optString("districtName"),
                l.getLong("wageMinFen"), l.getLong("wageMaxFen"), l.optString("wagePeriod"), o.getInt("score"), why);
    }
}
