package org.weiyuan.mutualaid;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.weiyuan.support.Api;
import org.weiyuan.support.Fixtures;
import org.weiyuan.support.Sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

/**
 * The XLSX import as a job (issue 16, aid7): 202 and a job to poll, the same sheet while its job is queued or
 * running is that job, a job whose replica died is resumed at its rows done once its lease ran out (and failed
 * visibly once worn out), the row errors page by page, and the job only for staff of the plan's subtree.
 */
@QuarkusTest
class MutualAidImportJobApiTest {

    private static final String BASE = "/api/v1/mutual-aid";

    @Inject
    AgroalDataSource jdbc;

    private static String plan(String name) {
        return Api.staff(MutualAidApiTest.REVIEWER).body(Map.of("unitId", MutualAidApiTest.grassroots.toString(), "planYear", 2026,
                "name", name + " " + UUID.randomUUID(), "rules", MutualAidApiTest.rules())).post(BASE + "/plans").then().statusCode(201)
                .extract().path("id");
    }

    private static List<Object[]> rows(int from, int n) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = from; i < from + n; i++) {
            rows.add(new Object[] {"导入任务" + i, MutualAidApiTest.idNumber(i), "普通", "2026-01-01", null});
        }
        return rows;
    }

    private static io.restassured.response.ExtractableResponse<io.restassured.response.Response> post(UUID staff, String plan, byte[] sheet) {
        return given().auth().oauth2(org.weiyuan.support.Tokens.token(staff, "staff")).contentType(MutualAidApiTest.XLSX).body(sheet)
                .post(BASE + "/plans/" + plan + "/members/import").then().extract();
    }

    private static String state(String plan, String job) {
        return Api.staff(MutualAidApiTest.REVIEWER).get(BASE + "/plans/" + plan + "/imports/" + job).then().statusCode(200).extract().path("state");
    }

    private long members(String plan) throws Exception {
        return Sql.count(jdbc, "select count(*) from mutual_aid_member where plan_id = '" + plan + "'");
    }

    @Test
    void theSameSheetIsOneJobWhileItRunsAndAJobIsResumedAfterItsLeaseRanOut() throws Exception {
        MutualAidApiTest.setUp();
        UUID staff = MutualAidApiTest.REVIEWER;
        String plan = plan("导入任务");
        byte[] sheet = MutualAidApiTest.sheet(rows(900, 6));
        JsonPath done = MutualAidApiTest.importSheet(staff, plan, sheet);
        assertThat(done.getInt("enrolled")).isEqualTo(6);
        assertThat(done.getString("finishedAt")).isNotNull();
        String firstJob = done.getString("id");

        // a job of the plan held by a replica elsewhere (its lease live, stopped after row 3 of its 6 rows): later jobs wait
        String blocker = UUID.randomUUID().toString();
        Sql.execute(jdbc, """
                insert into mutual_aid_import_job (id, plan_id, sheet_sha256, sheet_enc, state, rows_total, rows_done, attempts, lease_owner,
                                                   lease_until, started_by, created_at)
                select '%s', plan_id, 'elsewhere', sheet_enc, 'RUNNING', rows_total, 3, 1, 'replica-gone', now() + interval '1 hour',
                       started_by, created_at from mutual_aid_import_job where id = '%s'""".formatted(blocker, firstJob));
        byte[] more = MutualAidApiTest.sheet(rows(910, 4));
        var a = post(staff, plan, more);
        var b = post(staff, plan, more);
        assertThat(a.statusCode()).isEqualTo(202);
        assertThat(b.statusCode()).isEqualTo(202);
        assertThat(b.<String>path("id")).isEqualTo(a.path("id"));
        assertThat(b.header("Location")).isEqualTo(a.header("Location"));
        assertThat(a.<Integer>path("rowsTotal")).isEqualTo(4);
        // the sheet of the finished job again: a new job (its rows come back unchanged once it runs)
        var again = post(staff, plan, sheet);
        assertThat(again.statusCode()).isEqualTo(202);
        assertThat(again.<String>path("id")).isNotEqualTo(firstJob);
        Thread.sleep(1500); // a runner's turn or more: nothing of the plan runs beside the live job
        assertThat(state(plan, a.path("id"))).isEqualTo("QUEUED");
        assertThat(members(plan)).isEqualTo(6);
        List<String> recent = Api.staff(staff).get(BASE + "/plans/" + plan + "/imports").then().statusCode(200).extract().path("id");
        assertThat(recent).contains(firstJob, blocker, a.path("id"), again.path("id"));

        // the replica is gone: once its lease ran out, a runner resumes the job after row 3, then runs the waiting ones
        Sql.execute(jdbc, "update mutual_aid_import_job set lease_until = now() - interval '1 second' where id = '" + blocker + "'");
        JsonPath resumed = MutualAidApiTest.finished(staff, plan, blocker);
        assertThat(resumed.getInt("rowsDone")).isEqualTo(6);
        assertThat(resumed.getInt("unchanged")).as("rows 4 to 6 only: resumed, not restarted").isEqualTo(3);
        assertThat(Sql.count(jdbc, "select attempts from mutual_aid_import_job where id = '" + blocker + "'")).isEqualTo(2);
        JsonPath added = MutualAidApiTest.finished(staff, plan, a.path("id"));
        assertThat(added.getInt("enrolled")).isEqualTo(4);
        JsonPath unchanged = MutualAidApiTest.finished(staff, plan, again.path("id"));
        assertThat(unchanged.getInt("enrolled")).isZero();
        assertThat(unchanged.getInt("unchanged")).isEqualTo(6);
        assertThat(members(plan)).isEqualTo(10);

        // a job claimed too often (replicas died under it each time) is failed visibly, not resumed for ever
        String worn = UUID.randomUUID().toString();
        Sql.execute(jdbc, """
                insert into mutual_aid_import_job (id, plan_id, sheet_sha256, sheet_enc, state, rows_total, rows_done, attempts, lease_owner,
                                                   lease_until, started_by, created_at)
                select '%s', plan_id, 'worn', sheet_enc, 'RUNNING', rows_total, 2, 3, 'replica-gone', now() - interval '1 second',
                       started_by, created_at from mutual_aid_import_job where id = '%s'""".formatted(worn, firstJob));
        Fixtures.await("the worn-out job failed", () -> "FAILED".equals(state(plan, worn)));
        Api.staff(staff).get(BASE + "/plans/" + plan + "/imports/" + worn).then().statusCode(200)
                .body("failure", org.hamcrest.Matchers.containsString("/ The import stopped after row 2"))
                .body("finishedAt", org.hamcrest.Matchers.notNullValue());
        assertThat(members(plan)).isEqualTo(10);
    }

    @Test
    void rowErrorsComeBackPageByPageAndTheJobIsForStaffOfThePlansSubtree() throws Exception {
        MutualAidApiTest.setUp();
        UUID staff = MutualAidApiTest.REVIEWER;
        String plan = plan("导入错误");
        List<Object[]> rows = new ArrayList<>(rows(920, 2));
        for (int i = 0; i < 5; i++) {
            rows.add(new Object[] {"坏档次" + i, MutualAidApiTest.idNumber(930 + i), "富裕", "2026-01-01", null}); // rows 4..8
        }
        var posted = post(staff, plan, MutualAidApiTest.sheet(rows));
        String job = posted.path("id");
        JsonPath done = MutualAidApiTest.finished(staff, plan, job);
        assertThat(done.getInt("rejected")).isEqualTo(5);
        assertThat(done.getList("errors.row", Integer.class)).containsExactly(4, 5, 6, 7, 8);
        assertThat(done.getList("errors.field", String.class)).containsOnly("tier");
        assertThat(done.getString("errors[0].reason")).startsWith("未知档次").contains("unknown tier");

        String errors = BASE + "/plans/" + plan + "/imports/" + job + "/errors";
        JsonPath page = Api.staff(staff).get(errors + "?limit=3").then().statusCode(200).extract().jsonPath();
        assertThat(page.getList("items.row", Integer.class)).containsExactly(4, 5, 6);
        JsonPath rest = Api.staff(staff).get(errors + "?limit=3&cursor=" + page.getString("nextCursor")).then().statusCode(200)
                .extract().jsonPath();
        assertThat(rest.getList("items.row", Integer.class)).containsExactly(7, 8);
        assertThat(rest.getString("nextCursor")).isNull();
        Api.staff(staff).get(errors + "?cursor=not-ours").then().statusCode(400).contentType("application/problem+json");

        // another union's staff: no such plan (404), as a worker: 403; another plan's job: 404
        UUID sibling = MutualAidApiTest.SIBLING;
        Api.staff(sibling).get(BASE + "/plans/" + plan + "/imports/" + job).then().statusCode(404);
        Api.staff(sibling).get(errors).then().statusCode(404);
        Api.staff(sibling).get(BASE + "/plans/" + plan + "/imports").then().statusCode(404);
        assertThat(post(sibling, plan, MutualAidApiTest.sheet(rows(940, 1))).statusCode()).isEqualTo(404);
        Api.worker(MutualAidApiTest.WORKER).get(BASE + "/plans/" + plan + "/imports/" + job).then().statusCode(403);
        String otherPlan = plan("别的计划");
        Api.staff(staff).get(BASE + "/plans/" + otherPlan + "/imports/" + job).then().statusCode(404);
        assertThat(members(plan)).isEqualTo(2);
    }
}
