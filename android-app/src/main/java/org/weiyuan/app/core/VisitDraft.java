package org.weiyuan.app.core;

import org.json.JSONArray;
import org.json.JSONException;
import org.json.JSONObject;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * A home visit (入户核查) as staff record it on the phone (VerificationRequest): the day, the four
 * looks (一看住房, 二看吃穿, 三看劳动力, 四看子女上学), the help recommended and the conclusion,
 * checked as the backend checks it before anything is sent, and sent as an {@link Action} (kept on
 * the phone while offline, its id the Idempotency-Key).
 */
public final class VisitDraft {

    /** The help a visit may recommend (RecommendedHelp), in the order the form lists them. */
    public enum Help { LIVING_AID, SCHOLARSHIP, JOB_PLACEMENT, SKILLS_TRAINING, MEDICAL_AID, LEGAL_AID, COUNSELLING, HOUSING_AID, FESTIVAL_AID }

    /** Why a draft cannot be sent yet. */
    public enum Problem { NO_DATE, NO_FINDINGS, NO_HELP, TOO_LONG }

    static final int MAX_LOOK = 500;
    static final int MAX_SUMMARY = 1000;

    public final String visitedOn;
    public final String housing;
    public final String food;
    public final String workingCapacity;
    public final String childrenInSchool;
    public final Set<Help> help;
    public final String summary;

    public VisitDraft(String visitedOn, String housing, String food, String workingCapacity, String childrenInSchool,
                      Set<Help> help, String summary) {
        this.visitedOn = trim(visitedOn);
        this.housing = trim(housing);
        this.food = trim(food);
        this.workingCapacity = trim(workingCapacity);
        this.childrenInSchool = trim(childrenInSchool);
        this.help = help.isEmpty() ? EnumSet.noneOf(Help.class) : EnumSet.copyOf(help);
        this.summary = trim(summary);
    }

    /** What is missing or too long, or null when the server would take it. */
    public Problem problem() {
        if (!visitedOn.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return Problem.NO_DATE;
        }
        if (housing.isEmpty() && food.isEmpty() && workingCapacity.isEmpty() && childrenInSchool.isEmpty()) {
            return Problem.NO_FINDINGS; // a visit that saw nothing is not a visit
        }
        if (help.isEmpty()) {
            return Problem.NO_HELP;
        }
        for (String look : new String[] {housing, food, workingCapacity, childrenInSchool}) {
            if (look.length() > MAX_LOOK) {
                return Problem.TOO_LONG;
            }
        }
        return summary.length() > MAX_SUMMARY ? Problem.TOO_LONG : null;
    }

    /** The request's body, as the console sends it (an empty look or conclusion is left out). */
    public String toJson() {
        try {
            JSONObject findings = new JSONObject();
            put(findings, "housing", housing);
            put(findings, "food", food);
            put(findings, "workingCapacity", workingCapacity);
            put(findings, "childrenInSchool", childrenInSchool);
            JSONArray recommended = new JSONArray();
            for (Help h : help) {
                recommended.put(h.name());
            }
            JSONObject body = new JSONObject().put("visitedOn", visitedOn).put("findings", findings).put("recommendedHelp", recommended);
            put(body, "summary", summary);
            return body.toString();
        } catch (JSONException e) {
            throw new IllegalStateException(e); // only for a null key, which never happens here
        }
    }

    /** The visit, recorded on a household file, as an action the queue can keep while the phone is offline. */
    public Action action(String householdId) {
        return new Action(UUID.randomUUID().toString(), "POST", "/api/v1/households/" + householdId + "/verifications", toJson(), "");
    }

    private static void put(JSONObject o, String key, String value) throws JSONException {
        if (!value.isEmpty()) {
            o.put(key, value);
        }
    }

    private static String trim(String s) {
        return s == null ? "" : s.trim();
    }
}
