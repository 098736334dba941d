package org.weiyuan.app.core;

import org.json.JSONArray;
import org.json.JSONException;
import org.json.JSONObject;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The worker's household file as the form holds it (我的家庭档案): the head, the union unit, housing,
 * every member with age, schooling, health, work and income, the household's other income and the
 * causes of hardship. Text stays as typed (so a half-typed amount survives a rotation); {@link #problems}
 * checks it as the backend's {@code HouseholdRequest} does, keyed by the same field names the server
 * gives in a problem+json answer ({@code members[0].birthYear}), and {@link #save} makes the request as
 * an {@link Action} for the offline queue.
 */
public final class HouseholdDraft {

    /** Why a field cannot go as typed; the screen says each in words beside the field. */
    public enum Problem { REQUIRED, ID_NUMBER, PHONE, BIRTH_YEAR, AMOUNT, NO_CAUSE }

    public static final int MAX_MEMBERS = 20;
    private static final long MAX_FEN = 100_000_000L;

    /** One person of the household, as typed. */
    public static final class Member {
        public String relation = "SELF";
        public String name = "";
        public String birthYear = "";
        public String schooling = "NONE";
        public String healthStatus = "HEALTHY";
        public String workStatus = "EMPLOYED";
        public String monthlyIncome = "";
        public String healthDetail = "";
    }

    public String unitId = "";
    public String headName = "";
    public String idNumber = "";
    public String phone = "";
    public String district = "";
    public String addressDetail = "";
    public String housing = "RENTED";
    public String otherIncome = "0";
    public String causeNote = "";
    public final Set<String> causes = new LinkedHashSet<>();
    public final List<Member> members = new ArrayList<>();

    /** A new draft: the worker themself as its first member. */
    public static HouseholdDraft start() {
        HouseholdDraft d = new HouseholdDraft();
        d.members.add(new Member());
        return d;
    }

    /** What is wrong, field by field, in the server's field names; empty when the backend would take it. */
    public Map<String, Problem> problems(int thisYear) {
        Map<String, Problem> p = new LinkedHashMap<>();
        // in the form's order: the screen scrolls to the first
        required(p, "headName", headName);
        if (idNumber.trim().isEmpty()) {
            p.put("idNumber", Problem.REQUIRED);
        } else if (!idNumber.trim().matches("\\d{17}[\\dXx]")) {
            p.put("idNumber", Problem.ID_NUMBER);
        }
        if (!phone.trim().isEmpty() && !phone.trim().matches("1[3-9]\\d{9}")) {
            p.put("phone", Problem.PHONE);
        }
        required(p, "unitId", unitId);
        required(p, "district", district);
        if (fen(otherIncome.trim().isEmpty() ? "0" : otherIncome) < 0) {
            p.put("otherMonthlyIncomeFen", Problem.AMOUNT);
        }
        if (causes.isEmpty()) {
            p.put("causes", Problem.NO_CAUSE);
        }
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            String at = "members[" + i + "].";
            required(p, at + "name", m.name);
            int year = WishDraft.count(m.birthYear);
            if (year < 1900 || year > thisYear) {
                p.put(at + "birthYear", m.birthYear.trim().isEmpty() ? Problem.REQUIRED : Problem.BIRTH_YEAR);
            }
            if (fen(m.monthlyIncome.trim().isEmpty() ? "0" : m.monthlyIncome) < 0) {
                p.put(at + "monthlyIncomeFen", Problem.AMOUNT);
            }
        }
        return p;
    }

    private static void required(Map<String, Problem> p, String field, String value) {
        if (value == null || value.trim().isEmpty()) {
            p.put(field, Problem.REQUIRED);
        }
    }

    private static long fen(String yuan) {
        long fen = WishDraft.fen(yuan);
        return fen > MAX_FEN ? -1 : fen;
    }

    /** The body of {@code POST /households} and {@code PUT /households/{id}} (HouseholdRequest). */
    public String requestJson() {
        try {
            JSONObject o = new JSONObject().put("unitId", unitId).put("headName", headName.trim())
                    .put("idNumber", idNumber.trim().toUpperCase(java.util.Locale.ROOT)).put("district", district.trim())
                    .put("housing", housing).put("otherMonthlyIncomeFen", fen(otherIncome.trim().isEmpty() ? "0" : otherIncome))
                    .put("causes", new JSONArray(new ArrayList<>(causes)));
            optional(o, "phone", phone);
            optional(o, "addressDetail", addressDetail);
            optional(o, "causeNote", causeNote);
            JSONArray people = new JSONArray();
            for (Member m : members) {
                JSONObject person = new JSONObject().put("relation", m.relation).put("name", m.name.trim())
                        .put("birthYear", WishDraft.count(m.birthYear)).put("schooling", m.schooling).put("healthStatus", m.healthStatus)
                        .put("workStatus", m.workStatus).put("monthlyIncomeFen", fen(m.monthlyIncome.trim().isEmpty() ? "0" : m.monthlyIncome));
                optional(person, "healthDetail", m.healthDetail);
                people.put(person);
            }
            return o.put("members", people).toString();
        } catch (JSONException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void optional(JSONObject o, String key, String value) throws JSONException {
        if (value != null && !value.trim().isEmpty()) {
            o.put(key, value.trim());
        }
    }

    /** Files a new household (no id yet) or saves the one the worker has; queued when the phone is offline. */
    public Action save(String fileId) {
        String path = fileId == null ? "/api/v1/households" : "/api/v1/households/" + fileId;
        return new Action(UUID.randomUUID().toString(), fileId == null ? "POST" : "PUT", path, requestJson(), "");
    }

    // ---- kept as JSON in the saved state and the phone's preferences -------------------------

    public String toState() {
        try {
            JSONObject o = new JSONObject().put("unitId", unitId).put("headName", headName).put("idNumber", idNumber).put("phone", phone)
                    .put("district", district).put("addressDetail", addressDetail).put("housing", housing).put("otherIncome", otherIncome)
                    .put("causeNote", causeNote).put("causes", new JSONArray(new ArrayList<>(causes)));
            JSONArray people = new JSONArray();
            for (Member m : members) {
                people.put(new JSONObject().put("relation", m.relation).put("name", m.name).put("birthYear", m.birthYear)
                        .put("schooling", m.schooling).put("healthStatus", m.healthStatus).put("workStatus", m.workStatus)
                        .put("monthlyIncome", m.monthlyIncome).put("healthDetail", m.healthDetail));
            }
            return o.put("members", people).toString();
        } catch (JSONException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A draft kept by {@link #toState}; a new one when there is none or it cannot be read. */
    public static HouseholdDraft fromState(String state) {
        if (state == null) {
            return start();
        }
        try {
            JSONObject o = new JSONObject(state);
            HouseholdDraft d = new HouseholdDraft();
            d.unitId = o.optString("unitId");
            d.headName = o.optString("headName");
            d.idNumber = o.optString("idNumber");
            d.phone = o.optString("phone");
            d.district = o.optString("district");
            d.addressDetail = o.optString("addressDetail");
            d.housing = o.optString("housing", "RENTED");
            d.otherIncome = o.optString("otherIncome", "0");
            d.causeNote = o.optString("causeNote");
            JSONArray causes = o.optJSONArray("causes");
            for (int i = 0; causes != null && i < causes.length(); i++) {
                d.causes.add(causes.getString(i));
            }
            JSONArray people = o.optJSONArray("members");
            for (int i = 0; people != null && i < people.length(); i++) {
                JSONObject p = people.getJSONObject(i);
                Member m = new Member();
                m.relation = p.optString("relation", "SELF");
                m.name = p.optString("name");
                m.birthYear = p.optString("birthYear");
                m.schooling = p.optString("schooling", "NONE");
                m.healthStatus = p.optString("healthStatus", "HEALTHY");
                m.workStatus = p.optString("workStatus", "EMPLOYED");
                m.monthlyIncome = p.optString("monthlyIncome");
                m.healthDetail = p.optString("healthDetail");
                d.members.add(m);
            }
            if (d.members.isEmpty()) {
                d.members.add(new Member());
            }
            return d;
        } catch (JSONException e) {
            return start();
        }
    }

    /** The worker's file as the server has it (their own, unmasked), to edit. */
    public static HouseholdDraft of(Responses.Household file) {
        HouseholdDraft d = new HouseholdDraft();
        d.unitId = file.unitId;
        d.headName = file.headName;
        d.idNumber = file.idNumber;
        d.phone = file.phone;
        d.district = file.district;
        d.addressDetail = file.addressDetail;
        d.housing = file.housing;
        d.otherIncome = yuan(file.otherMonthlyIncomeFen);
        d.causeNote = file.causeNote;
        d.causes.addAll(file.causes);
        for (Responses.Member p : file.members) {
            Member m = new Member();
            m.relation = p.relation;
            m.name = p.name;
            m.birthYear = p.birthYear == 0 ? "" : String.valueOf(p.birthYear);
            m.schooling = p.schooling;
            m.healthStatus = p.healthStatus;
            m.workStatus = p.workStatus;
            m.monthlyIncome = yuan(p.monthlyIncomeFen);
            m.healthDetail = p.healthDetail;
            d.members.add(m);
        }
        if (d.members.isEmpty()) {
            d.members.add(new Member());
        }
        return d;
    }

    /** Fen as the yuan a worker would type ("1800", "1800.5"). */
    static String yuan(long fen) {
        return java.math.BigDecimal.valueOf(fen).movePointLeft(2).stripTrailingZeros().toPlainString();
    }
}
