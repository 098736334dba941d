package org.weiyuan.app.core;

import org.json.JSONException;
import org.json.JSONObject;

import java.util.List;

/**
 * A scholarship request (金秋助学) as the worker fills it in, checked as the backend checks it
 * (WishViews.Admission, CampaignRules): the school, a few words, the year of admission and the
 * programme (录取层次) the child was admitted to, which a campaign that states the levels it funds
 * requires. The amount is the campaign's; the admission letter is uploaded after it is created.
 */
public final class ScholarshipRequest {

    /** The backend's AdmissionLevel. */
    public enum Level { UNDERGRADUATE, JUNIOR_COLLEGE, POSTGRADUATE, SECONDARY_VOCATIONAL }

    /** What the form must ask again for, or null when the request can be sent. */
    public enum Problem { MISSING_TEXT, NO_LEVEL, LEVEL_NOT_FUNDED }

    /** The backend's school-name limit. */
    public static final int MAX_SCHOOL = 100;

    public final String title;
    public final String story;
    public final String campaignId;
    public final String school;
    public final int year;
    /** Null while not chosen. */
    public final Level level;
    public final String deadline;

    public ScholarshipRequest(String title, String story, String campaignId, String school, int year, Level level, String deadline) {
        this.title = title;
        this.story = story;
        this.campaignId = campaignId;
        this.school = school;
        this.year = year;
        this.level = level;
        this.deadline = deadline;
    }

    /**
     * What is wrong with it as the backend would see it for a campaign funding these levels (the
     * campaign's {@code admissionLevels}; empty funds every level), or null.
     */
    public Problem problem(List<String> fundedLevels) {
        if (school.trim().isEmpty() || story.trim().isEmpty()) {
            return Problem.MISSING_TEXT;
        }
        if (level == null) {
            return Problem.NO_LEVEL;
        }
        if (!fundedLevels.isEmpty() && !fundedLevels.contains(level.name())) {
            return Problem.LEVEL_NOT_FUNDED;
        }
        return null;
    }

    /** The body of {@code POST /api/v1/wishes}. */
    public String toJson() {
        try {
            JSONObject admission = new JSONObject().put("schoolName", school.trim()).put("year", year);
            if (level != null) {
                admission.put("level", level.name());
            }
            return new JSONObject().put("kind", "SCHOLARSHIP").put("title", title).put("story", story)
                    .put("campaignId", campaignId).put("deadline", deadline).put("admission", admission).toString();
        } catch (JSONException e) {
            throw new IllegalStateException(e);
        }
    }
}
