package org.weiyuan.app.core;

import org.json.JSONException;

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

    FileSummary(Responses.Fields f) throws JSONException {
        id = f.text("id");
        headName = f.optText("headName");
        district = f.optText("district");
        category = f.optText("category");
        severity = f.optText("severity");
        status = f.text("status");
        memberCount = f.optWhole("memberCount");
        perCapitaIncomeFen = f.optFen("perCapitaIncomeFen");
    }
}
