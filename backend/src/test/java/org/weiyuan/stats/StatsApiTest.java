package org.weiyuan.stats;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.weiyuan.support.Api;
import org.weiyuan.support.Demo;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

/**
 * Dashboard aggregates against records made through the API in a subtree of the test's own
 * (see {@link StatsFixture}): counts equal what was made, the roll-up equals the sum of the rows,
 * a sibling district's staff never see the rows, and a unit outside the caller's scope is refused.
 */
@QuarkusTest
class StatsApiTest {

    private static JsonPath get(UUID staff, String path) {
        return Api.staff(staff).get(path).then().statusCode(200).extract().jsonPath();
    }

    /** The row of a unit (own = false) in a table's rows. */
    private static Map<String, Object> row(JsonPath table, UUID unit) {
        List<Map<String, Object>> rows = table.getList("rows");
        return rows.stream().filter(r -> unit.toString().equals(((Map<?, ?>) r.get("unit")).get("id")) && !(Boolean) r.get("own"))
                .findFirst().orElseThrow(() -> new AssertionError("no row for " + unit + " in " + table.prettify()));
    }

    private static Map<String, Object> ownRow(JsonPath table) {
        List<Map<String, Object>> rows = table.getList("rows");
        return rows.stream().filter(r -> (Boolean) r.get("own")).findFirst().orElse(null);
    }

    @SuppressWarnings("unchecked")
    private static long count(Map<String, Object> row, String key) {
        return ((Number) ((Map<String, Object>) row.get("counts")).get(key)).longValue();
    }

    /** Every key's total equals the sum of that key over the rows. */
    @SuppressWarnings("unchecked")
    private static void totalIsSumOfRows(JsonPath table) {
        Map<String, Object> total = table.getMap("total.counts");
        for (String key : total.keySet()) {
            long sum = table.getList("rows", Map.class).stream().mapToLong(r -> count((Map<String, Object>) r, key)).sum();
            assertThat(((Number) total.get(key)).longValue()).as("total of %s", key).isEqualTo(sum);
        }
    }

    @Test
    void householdsByStatusPerChildUnitRollUpTheTree() {
        StatsFixture f = StatsFixture.get();
        JsonPath t = get(f.investigator, "/api/v1/stats/households?by=STATUS&unitId=" + f.t);
        assertThat(t.getString("unit.id")).isEqualTo(f.t.toString());
        assertThat(t.getList("rows.unit.id")).containsExactlyInAnyOrder(f.t1.toString(), f.t2.toString(), f.t.toString());
        assertThat(t.getList("rows.own")).containsExactly(false, false, true); // children first, then T's own files
        Map<String, Object> t1 = row(t, f.t1);
        Map<String, Object> t2 = row(t, f.t2);
        assertThat(count(t1, "APPROVED")).isEqualTo(1);
        assertThat(count(t1, "DRAFT")).isEqualTo(2);
        assertThat(((Number) t1.get("total")).longValue()).isEqualTo(3);
        assertThat(count(t2, "EXITED")).isEqualTo(1);
        assertThat(count(t2, "DRAFT")).isEqualTo(1);
        Map<String, Object> own = ownRow(t);
        assertThat(own).as("the district's own file").isNotNull();
        assertThat(count(own, "DRAFT")).isEqualTo(1);
        assertThat(t.getLong("total.total")).isEqualTo(6);
        totalIsSumOfRows(t);

        // the default unit is the caller's own; the city's row for T equals T's own total (drill-down agrees with roll-up)
        assertThat(get(f.investigator, "/api/v1/stats/households?by=STATUS").getString("unit.id")).isEqualTo(f.t.toString());
        JsonPath city = get(Demo.CHEN_GUIYANG, "/api/v1/stats/households?by=STATUS&unitId=" + Demo.GUIYANG);
        assertThat(((Number) row(city, f.t).get("total")).longValue()).isEqualTo(6);
        assertThat(((Number) row(city, f.s).get("total")).longValue()).isZero();
        totalIsSumOfRows(city);
        // the admin sees the whole tree from its root
        JsonPath root = Api.admin().get("/api/v1/stats/households?by=STATUS").then().statusCode(200).extract().jsonPath();
        assertThat(root.getString("unit.level")).isEqualTo("NATIONAL");
        totalIsSumOfRows(root);
        // a drill-down to a child gives that child's figures with no children below it
        JsonPath leaf = get(f.investigator, "/api/v1/stats/households?by=STATUS&unitId=" + f.t1);
        assertThat(leaf.getLong("total.total")).isEqualTo(3);
        assertThat(count(ownRow(leaf), "APPROVED")).isEqualTo(1);
        // only approved files
        assertThat(get(f.investigator, "/api/v1/stats/households?by=STATUS&status=APPROVED&unitId=" + f.t).getLong("total.total"))
                .isEqualTo(1);
    }

    @Test
    void householdsByCategorySeverityCauseAndExitReason() {
        StatsFixture f = StatsFixture.get();
        JsonPath byCategory = get(f.approver, "/api/v1/stats/households?by=CATEGORY&unitId=" + f.t);
        Map<String, Long> expectedT1 = new HashMap<>();
        f.categories.get("T1").forEach(c -> expectedT1.merge(c, 1L, Long::sum));
        expectedT1.forEach((category, n) -> assertThat(count(row(byCategory, f.t1), category)).as(category).isEqualTo(n));
        assertThat(byCategory.getList("keys")).startsWith("DIBAO", "DIBAO_MARGINAL", "ACCIDENT_STRICKEN", "NOT_ELIGIBLE");
        assertThat(byCategory.getString("labels.DIBAO.zh")).isEqualTo("低保户");
        totalIsSumOfRows(byCategory);

        JsonPath bySeverity = get(f.approver, "/api/v1/stats/households?by=SEVERITY&unitId=" + f.t);
        assertThat(bySeverity.getLong("total.total")).isEqualTo(6);

        JsonPath byCause = get(f.approver, "/api/v1/stats/households?by=CAUSE&unitId=" + f.t);
        Map<String, Object> t1 = row(byCause, f.t1);
        assertThat(count(t1, "ILLNESS")).isEqualTo(2);
        assertThat(count(t1, "UNEMPLOYMENT")).isEqualTo(1);
        assertThat(count(t1, "DISABILITY")).isEqualTo(1);
        assertThat(count(row(byCause, f.t2), "LOW_INCOME")).isEqualTo(1);
        assertThat(count(ownRow(byCause), "OTHER")).isEqualTo(1);
        totalIsSumOfRows(byCause);

        JsonPath byExit = get(f.approver, "/api/v1/stats/households?by=EXIT_REASON&unitId=" + f.t);
        assertThat(count(row(byExit, f.t2), "RE_EMPLOYED")).isEqualTo(1);
        assertThat(byExit.getLong("total.total")).isEqualTo(1);
    }

    @Test
    void filesApprovalsAndExitsPerMonthInChinaTime() {
        StatsFixture f = StatsFixture.get();
        // a three-month window around today, so the test holds whatever the day of the month
        YearMonth now = YearMonth.now(ZoneId.of("Asia/Shanghai"));
        JsonPath t = get(f.investigator, "/api/v1/stats/households/monthly?unitId=" + f.t + "&from=" + now.minusMonths(1)
                + "&to=" + now.plusMonths(1));
        assertThat(t.getList("months")).containsExactly(now.minusMonths(1).toString(), now.toString(), now.plusMonths(1).toString());
        assertThat(t.getList("series")).containsExactly("FILED", "APPROVALS", "EXITS");
        assertThat(monthSum(t, "total", "FILED")).isEqualTo(6);
        assertThat(monthSum(t, "total", "APPROVALS")).isEqualTo(2);
        assertThat(monthSum(t, "total", "EXITS")).isEqualTo(1);
        int t1 = t.getList("rows.unit.id").indexOf(f.t1.toString());
        int t2 = t.getList("rows.unit.id").indexOf(f.t2.toString());
        assertThat(monthSum(t, "rows[" + t1 + "]", "FILED")).isEqualTo(3);
        assertThat(monthSum(t, "rows[" + t1 + "]", "APPROVALS")).isEqualTo(1);
        assertThat(monthSum(t, "rows[" + t2 + "]", "EXITS")).isEqualTo(1);
        // a sibling district never sees T's files, and cannot ask for T
        JsonPath sibling = get(f.siblingStaff, "/api/v1/stats/households/monthly?from=" + now.minusMonths(1) + "&to=" + now.plusMonths(1));
        assertThat(monthSum(sibling, "total", "FILED")).isZero();
        Api.staff(f.siblingStaff).get("/api/v1/stats/households/monthly?unitId=" + f.t).then().statusCode(404)
                .contentType("application/problem+json");
    }

    private static long monthSum(JsonPath t, String row, String series) {
        List<Integer> counts = t.getList(row + ".months.counts." + series);
        return counts.stream().mapToLong(Integer::longValue).sum();
    }

    @Test
    void monthRangesAreBoundedAndReadable() {
        StatsFixture f = StatsFixture.get();
        Api.staff(f.investigator).get("/api/v1/stats/households/monthly?from=2020-01&to=2026-12").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", is("from"));
        Api.staff(f.investigator).get("/api/v1/stats/households/monthly?from=2026-05&to=2026-01").then().statusCode(400);
        Api.staff(f.investigator).get("/api/v1/stats/placements/monthly?from=May").then().statusCode(400)
                .body("errors[0].field", is("from"));
        Api.staff(f.investigator).get("/api/v1/stats/households?by=COLOUR").then().statusCode(400)
                .contentType("application/problem+json");
        Api.staff(f.investigator).get("/api/v1/stats/households?unitId=not-a-uuid").then().statusCode(400);
        // default range: the last 12 months
        assertThat(get(f.investigator, "/api/v1/stats/placements/monthly").getList("months")).hasSize(12);
    }

    @Test
    void moneyPerUnitAndCampaignComesFromTheLedger() {
        StatsFixture f = StatsFixture.get();
        JsonPath t = get(f.investigator, "/api/v1/stats/money/units?unitId=" + f.t);
        Map<String, Object> t1 = money(row(t, f.t1));
        assertThat(((Number) t1.get("donatedFen")).longValue()).isEqualTo(100_000);
        assertThat(((Number) t1.get("matchedFen")).longValue()).isZero();
        assertThat(((Number) t1.get("disbursedFen")).longValue()).isEqualTo(20_000);
        assertThat(((Number) t1.get("heldFen")).longValue()).isEqualTo(80_000);
        assertThat(((Number) t1.get("pledgedUnpaidFen")).longValue()).isEqualTo(5_000);
        assertThat(((Number) money(row(t, f.t2)).get("donatedFen")).longValue()).isZero();
        assertThat(t.getLong("total.money.heldFen")).isEqualTo(80_000);
        // the city's row for T is T's total
        JsonPath city = get(Demo.CHEN_GUIYANG, "/api/v1/stats/money/units?unitId=" + Demo.GUIYANG);
        assertThat(((Number) money(row(city, f.t)).get("donatedFen")).longValue()).isEqualTo(100_000);
        long sum = city.getList("rows.money.donatedFen", Integer.class).stream().mapToLong(Integer::longValue).sum();
        assertThat(city.getLong("total.money.donatedFen")).isEqualTo(sum);

        JsonPath campaigns = get(f.investigator, "/api/v1/stats/money/campaigns?unitId=" + f.t);
        assertThat(campaigns.getList("rows")).hasSize(1); // the fixture's wishes belong to no campaign
        assertThat(campaigns.getString("rows[0].campaignId")).isNull();
        assertThat(campaigns.getLong("rows[0].money.donatedFen")).isEqualTo(100_000);
        assertThat(campaigns.getLong("total.disbursedFen")).isEqualTo(20_000);
        // a sibling's staff get nothing of T's money and cannot ask for T
        assertThat(get(f.siblingStaff, "/api/v1/stats/money/units").getLong("total.money.donatedFen")).isZero();
        Api.staff(f.siblingStaff).get("/api/v1/stats/money/campaigns?unitId=" + f.t1).then().statusCode(404);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> money(Map<String, Object> row) {
        return (Map<String, Object>) row.get("money");
    }

    @Test
    void wishesByStateAndAge() {
        StatsFixture f = StatsFixture.get();
        JsonPath byStatus = get(f.investigator, "/api/v1/stats/wishes?unitId=" + f.t);
        Map<String, Object> t1 = row(byStatus, f.t1);
        assertThat(count(t1, "FULFILLING")).isEqualTo(1);
        assertThat(count(t1, "PARTLY_FUNDED")).isEqualTo(1);
        assertThat(count(t1, "SUBMITTED")).isEqualTo(1);
        assertThat(byStatus.getLong("total.total")).isEqualTo(3);
        // all three were made moments ago: the youngest bucket
        JsonPath byAge = get(f.investigator, "/api/v1/stats/wishes?by=AGE&unitId=" + f.t);
        assertThat(byAge.getList("keys")).containsExactly("DAYS_0_7", "DAYS_8_30", "DAYS_31_90", "DAYS_OVER_90");
        assertThat(count(row(byAge, f.t1), "DAYS_0_7")).isEqualTo(3);
        assertThat(get(f.investigator, "/api/v1/stats/wishes?by=AGE&status=SUBMITTED&unitId=" + f.t).getLong("total.total")).isEqualTo(1);
        totalIsSumOfRows(byAge);
    }

    @Test
    void placementsPerMonthAndUnmetDemand() {
        StatsFixture f = StatsFixture.get();
        YearMonth now = YearMonth.now(ZoneId.of("Asia/Shanghai"));
        JsonPath placements = get(f.investigator, "/api/v1/stats/placements/monthly?unitId=" + f.t + "&from=" + now.minusMonths(1)
                + "&to=" + now.plusMonths(1));
        assertThat(placements.getList("series")).containsExactly("PLACED");
        int t1 = placements.getList("rows.unit.id").indexOf(f.t1.toString());
        assertThat(monthSum(placements, "rows[" + t1 + "]", "PLACED")).isEqualTo(f.placements);
        assertThat(monthSum(placements, "total", "PLACED")).isEqualTo(f.placements);

        JsonPath demand = get(f.investigator, "/api/v1/stats/service-demand?unitId=" + f.t);
        for (String category : List.of("LEGAL_AID", "COUNSELLING")) {
            assertThat(count(row(demand, f.t1), category)).isEqualTo(f.waitingOrderCategories.contains(category) ? 1 : 0);
        }
        JsonPath byDistrict = get(f.investigator, "/api/v1/stats/service-demand?by=DISTRICT&unitId=" + f.t);
        assertThat(count(row(byDistrict, f.t1), "520382")).isEqualTo(f.waitingOrderCategories.size());
        assertThat(byDistrict.getString("labels.'520382'.zh")).isEqualTo("仁怀市");
        totalIsSumOfRows(byDistrict);
    }

    @Test
    void onlyStaffAndAdminAndOnlyInScope() {
        StatsFixture f = StatsFixture.get();
        Api.worker(f.t1Worker).get("/api/v1/stats/households").then().statusCode(403);
        Api.donor().get("/api/v1/stats/money/units").then().statusCode(403);
        Api.anonymous().get("/api/v1/stats/wishes").then().statusCode(401);
        Api.staff(UUID.randomUUID()).get("/api/v1/stats/wishes").then().statusCode(403); // no unit assigned
        Api.staff(Demo.SUN_YUNYAN).get("/api/v1/stats/households?unitId=" + Demo.NANMING).then().statusCode(404);
        Api.staff(f.investigator).get("/api/v1/stats/households?unitId=" + Demo.GUIYANG).then().statusCode(404);
        Api.admin().get("/api/v1/stats/households?unitId=" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void theContractNamesEveryOperationItsSecurityAndItsRefusals() {
        JsonPath api = Api.anonymous().accept("application/json").get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = api.getMap("paths");
        List<String> ours = paths.keySet().stream().filter(p -> p.startsWith("/api/v1/stats") || p.startsWith("/api/v1/exports")).toList();
        assertThat(ours).hasSize(17);
        for (String p : ours) {
            @SuppressWarnings("unchecked")
            Map<String, Object> get = (Map<String, Object>) paths.get(p).get("get");
            assertThat(get.get("operationId")).as(p).isNotNull();
            assertThat(get.get("security")).as(p).isNotNull();
            @SuppressWarnings("unchecked")
            Map<String, Object> responses = (Map<String, Object>) get.get("responses");
            assertThat(responses).as(p).containsKeys("200", "400", "401", "403");
            if (String.valueOf(get.get("parameters")).contains("unitId")) {
                assertThat(responses).as(p + ": a unit outside the caller's subtree").containsKey("404");
            }
        }
    }
}
