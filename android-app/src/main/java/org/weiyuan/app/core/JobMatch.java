package org.weiyuan.app.core;

import org.json.JSONException;

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

    JobMatch(Responses.Fields f) throws JSONException {
        Responses.Fields listing = f.object("listing");
        listingId = listing.text("id");
        title = listing.text("title");
        employer = listing.optText("employer");
        district = f.optText("districtName");
        wageMinFen = listing.fen("wageMinFen");
        wageMaxFen = listing.fen("wageMaxFen");
        wagePeriod = listing.optText("wagePeriod");
        score = f.whole("score");
        why = f.list("why", reason -> reason.text("text"));
    }
}
