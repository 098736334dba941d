package org.weiyuan.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Household request bodies for tests, each with a fresh valid ID number. */
public final class Files {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";
    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 500));

    private Files() { }

    /** A valid, unique-in-this-run 18-character ID number. */
    public static String idNumber() {
        int n = SEQUENCE.incrementAndGet();
        String first17 = String.format("520102%04d%02d%02d%03d", 1960 + n / 300 % 40, 1 + n / 28 % 12, 1 + n % 28, n % 1000);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return first17 + CHECK.charAt(sum % 11);
    }

    /** A two-person household: the head earns {@code headIncomeFen}, the child nothing. */
    public static Map<String, Object> household(UUID unitId, long headIncomeFen, String... causes) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("unitId", unitId.toString());
        body.put("headName", "测试户主");
        body.put("idNumber", idNumber());
        body.put("phone", "13812345678");
        body.put("district", "南明区");
        body.put("addressDetail", "花果园测试小区1栋2单元301");
        body.put("housing", "RENTED");
        List<Map<String, Object>> members = new ArrayList<>();
        members.add(member("SELF", "测试户主", 1980, "CHRONIC_ILLNESS", "糖尿病,需长期用药", "FLEXIBLE", headIncomeFen));
        members.add(member("CHILD", "测试孩子", 2010, "HEALTHY", null, "STUDENT", 0));
        body.put("members", members);
        body.put("otherMonthlyIncomeFen", 0);
        body.put("causes", causes.length == 0 ? List.of("ILLNESS") : List.of(causes));
        body.put("fourLooks", Map.of("housing", "租房", "food", "困难", "workingCapacity", "弱", "childrenInSchool", "初中"));
        return body;
    }

    public static Map<String, Object> member(String relation, String name, int birthYear, String health, String detail,
                                             String work, long income) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("relation", relation);
        m.put("name", name);
        m.put("birthYear", birthYear);
        m.put("schooling", "JUNIOR_HIGH");
        m.put("healthStatus", health);
        if (detail != null) {
            m.put("healthDetail", detail);
        }
        m.put("workStatus", work);
        m.put("monthlyIncomeFen", income);
        return m;
    }

    public static Map<String, Object> verification() {
        return Map.of("visitedOn", java.time.LocalDate.now().minusDays(1).toString(),
                "findings", Map.of("housing", "租住老房", "food", "温饱", "workingCapacity", "弱", "childrenInSchool", "在读"),
                "recommendedHelp", List.of("LIVING_AID", "MEDICAL_AID"),
                "summary", "情况属实");
    }
}
