package org.weiyuan.app.core;

import org.json.JSONException;
import org.json.JSONObject;

/** A household file in a staff queue; the head's name comes masked from the server (王*). */
public final class FileSummary {
    public final String id;
    public final String headName;
    public final String district;
    public final String category;
    public final String severity;
    public final String status;
    public final int memberCount;
    public final long perCapitaIncomeFen;

    public FileSummary(String id, String headName, String district, String category, String severity, String status,
                       int memberCount, long perCapitaIncomeFen) {
        this.id = id;
        this.headName = headName;
        this.district = district;
        this.category = category;
        this.severity = severity;
        this.status = status;
        this.memberCount = memberCount;
        this.perCapitaIncomeFen = perCapitaIncomeFen;
    }

    static FileSummary from(JSONObject o) throws JSONException {
        return new FileSummary(o.getString("id"), o.optString("headName"), o.optString("district"), o.optString("category"),
                o.optString("severity"), o.getString("status"), o.optInt("memberCount"), o.optLong("perCapitaIncomeFen"));
    }
}
