package org.weiyuan.household;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.weiyuan.support.Api;
import org.weiyuan.support.Demo;
import org.weiyuan.support.Files;
import org.weiyuan.support.Fixtures;
import org.weiyuan.support.Sql;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

/**
 * 申诉: a rejected or exited household appeals once per decision within the deadline; staff of a
 * unit above the deciding one (never the decider) uphold or reverse, and both sides hear of it.
 */
@QuarkusTest
class AppealApiTest {

    @Inject
    AgroalDataSource jdbc;

    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% appeal\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.ISO_8859_1);

    /** A worker's file in 南明, submitted and rejected by 刘洋 (南明区总工会); returns its id. */
    private static String rejectedByLiu(UUID worker) {
        String id = Api.worker(worker).body(Files.household(Demo.NANMING_COMMUNITY, 100_000))
                .post("/api/v1/households").then().statusCode(201).extract().path("id");
        Api.worker(worker).post("/api/v1/households/" + id + "/submit").then().statusCode(200);
        Api.staff(Demo.LIU_NANMING).body(Map.of("reason", "未提供收入证明")).post("/api/v1/households/" + id + "/reject")
                .then().statusCode(200);
        return id;
    }

    private static String document(UUID worker, String file) {
        return Api.worker(worker).contentType("application/pdf").body(PDF)
                .post("/api/v1/households/" + file + "/documents?kind=INCOME_PROOF").then().statusCode(201).extract().path("id");
    }

    private static List<String> queue(UUID staff) {
        return Api.staff(staff).get("/api/v1/appeals").then().statusCode(200).extract().path("id");
    }

    private static List<String> inbox(UUID who, boolean staff) {
        return (staff ? Api.staff(who) : Api.worker(who)).get("/api/v1/inbox?limit=100").then().statusCode(200)
                .extract().path("items.kind");
    }

    private static Map<String, Object> decision(String outcome) {
        return Map.of("outcome", outcome, "reason", "复议认为:补充的收入证明显示家庭人均收入低于标准。");
    }

    @Test
    void aRejectedFileAppealsOnceToTheUnitAboveWhoseStaffReverseIt() throws Exception {
        UUID worker = UUID.randomUUID();
        String file = rejectedByLiu(worker);
        String doc = document(worker, file);

        // evidence must be the file's own; the reason is required
        Api.worker(worker).body(Map.of("reason", "我已补交收入证明", "documentIds", List.of(UUID.randomUUID().toString())))
                .post("/api/v1/households/" + file + "/appeals").then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", is("documentIds"));
        Api.worker(worker).body(Map.of("reason", " ")).post("/api/v1/households/" + file + "/appeals").then().statusCode(400);
        Api.worker(UUID.randomUUID()).body(Map.of("reason", "冒名申诉")).post("/api/v1/households/" + file + "/appeals")
                .then().statusCode(404);

        String appeal = Api.worker(worker).body(Map.of("reason", "我已补交收入证明,家庭人均收入低于标准。", "documentIds", List.of(doc)))
                .post("/api/v1/households/" + file + "/appeals").then().statusCode(201)
                .body("status", is("PENDING")).body("decision", is("REJECTED"))
                .body("decidedBy", is(Demo.LIU_NANMING.toString())).body("decidingUnitId", is(Demo.NANMING.toString()))
                .body("documentIds", is(List.of(doc))).body("onBehalf", is(false))
                .extract().path("id");
        // once per decision
        Api.worker(worker).body(Map.of("reason", "再次申诉")).post("/api/v1/households/" + file + "/appeals").then()
                .statusCode(409).contentType("application/problem+json");
        // while it is pending the file is not reopened around it (the appeal would go stale in the queue)
        Api.worker(worker).body(Map.of("reason", "重新申请")).post("/api/v1/households/" + file + "/reopen").then()
                .statusCode(409).contentType("application/problem+json");

        // it waits with 贵阳市 (the unit above 南明区) and 贵州省, not with 南明区 itself nor a sibling district
        assertThat(queue(Demo.CHEN_GUIYANG)).contains(appeal);
        assertThat(queue(Demo.MA_PROVINCE)).contains(appeal);
        assertThat(queue(Demo.ZHOU_NANMING)).doesNotContain(appeal);
        assertThat(queue(Demo.LIU_NANMING)).doesNotContain(appeal);
        assertThat(queue(Demo.SUN_YUNYAN)).doesNotContain(appeal);
        assertThat(inbox(Demo.CHEN_GUIYANG, true)).contains("STAFF_APPEAL_QUEUED");

        // the decider stands aside; a colleague of the same unit is not the level above; a sibling does not see it
        Api.staff(Demo.LIU_NANMING).body(decision("UPHELD")).post("/api/v1/appeals/" + appeal + "/decision").then()
                .statusCode(403).contentType("application/problem+json").body("type", is("https://weiyuan.org/problems/separation-of-duties"));
        Api.staff(Demo.ZHOU_NANMING).body(decision("REVERSED")).post("/api/v1/appeals/" + appeal + "/decision").then()
                .statusCode(403);
        Api.staff(Demo.SUN_YUNYAN).body(decision("REVERSED")).post("/api/v1/appeals/" + appeal + "/decision").then()
                .statusCode(404);
        Api.staff(Demo.CHEN_GUIYANG).body(Map.of("outcome", "REVERSED")).post("/api/v1/appeals/" + appeal + "/decision").then()
                .statusCode(400);

        Api.staff(Demo.CHEN_GUIYANG).body(decision("REVERSED")).post("/api/v1/appeals/" + appeal + "/decision").then()
                .statusCode(200).body("status", is("REVERSED")).body("reviewerSubject", is(Demo.CHEN_GUIYANG.toString()));
        Api.staff(Demo.LIU_NANMING).get("/api/v1/households/" + file).then()
                .body("status", is("SUBMITTED")).body("rejectionReason", nullValue());
        Api.staff(Demo.MA_PROVINCE).body(decision("UPHELD")).post("/api/v1/appeals/" + appeal + "/decision").then()
                .statusCode(409);
        assertThat(queue(Demo.CHEN_GUIYANG)).doesNotContain(appeal);

        assertThat(inbox(worker, false)).contains("HOUSEHOLD_APPEAL_REVERSED");
        assertThat(inbox(Demo.LIU_NANMING, true)).contains("STAFF_APPEAL_DECIDED");
        Api.worker(worker).get("/api/v1/appeals/" + appeal).then().statusCode(200).body("outcomeReason", is(decision("x").get("reason")));
        assertThat(Sql.count(jdbc, "select count(*) from audit_entry where entity_id = '" + file + "' and action in "
                + "('HOUSEHOLD_APPEALED', 'HOUSEHOLD_APPEAL_DECIDED', 'HOUSEHOLD_RESTORED_ON_APPEAL')")).isEqualTo(3);
    }

    @Test
    void anExitedFileTakesEvidenceOnItsAppealAndAnUpheldExitStandsWhileALateAppealIsRefused() throws Exception {
        UUID worker = UUID.randomUUID();
        String wish = Fixtures.publishedWish(worker, Fixtures.cashWish(50_000));
        String file = Api.worker(worker).get("/api/v1/households/mine").then().extract().path("id");
        // "ineligible on re-check" is not a reason an exit may state: a re-check records it
        Api.staff(Demo.LIU_NANMING).body(Map.of("reason", "INELIGIBLE_ON_RECHECK", "note", "抽查发现收入超标"))
                .post("/api/v1/households/" + file + "/exit").then().statusCode(422).body("errors[0].field", is("reason"));
        Api.staff(Demo.LIU_NANMING).body(Map.of("result", "INELIGIBLE", "visitedOn", java.time.LocalDate.now().minusDays(1).toString(),
                "finding", "抽查发现收入超标", "commitmentSigned", true)).post("/api/v1/households/" + file + "/rechecks").then().statusCode(201);
        given().get("/api/v1/feed/wishes/" + wish + "/report").then().body("status", is("FROZEN"));
        // an exited file takes no uploads of its own...
        Api.worker(worker).contentType("application/pdf").body(PDF)
                .post("/api/v1/households/" + file + "/documents?kind=INCOME_PROOF").then().statusCode(409);

        String appeal = Api.worker(worker).body(Map.of("reason", "收入已下降,附工资条。"))
                .post("/api/v1/households/" + file + "/appeals").then().statusCode(201).body("decision", is("EXITED"))
                .extract().path("id");
        // ...but evidence for its pending appeal, stored on the file and named on the appeal
        String doc = Api.worker(worker).contentType("application/pdf").body(PDF)
                .post("/api/v1/appeals/" + appeal + "/documents?kind=INCOME_PROOF").then().statusCode(201).extract().path("id");
        Api.worker(UUID.randomUUID()).contentType("application/pdf").body(PDF)
                .post("/api/v1/appeals/" + appeal + "/documents?kind=INCOME_PROOF").then().statusCode(404);
        Api.staff(Demo.CHEN_GUIYANG).get("/api/v1/appeals/" + appeal).then().statusCode(200).body("documentIds", is(List.of(doc)));
        Api.staff(Demo.CHEN_GUIYANG).get("/api/v1/households/" + file + "/documents").then().body("id", is(List.of(doc)));

        Api.staff(Demo.CHEN_GUIYANG).body(decision("UPHELD")).post("/api/v1/appeals/" + appeal + "/decision").then()
                .statusCode(200).body("status", is("UPHELD"));
        Api.staff(Demo.LIU_NANMING).get("/api/v1/households/" + file).then().body("status", is("EXITED"));
        assertThat(inbox(worker, false)).contains("HOUSEHOLD_APPEAL_UPHELD");
        // a decided appeal takes no more evidence
        Api.worker(worker).contentType("application/pdf").body(PDF)
                .post("/api/v1/appeals/" + appeal + "/documents?kind=INCOME_PROOF").then().statusCode(409);

        // a decision older than the deadline (moved back in the data, not in the clock) is not appealed
        UUID late = UUID.randomUUID();
        String lateFile = rejectedByLiu(late);
        Sql.execute(jdbc, "update household set decided_at = decided_at - interval '31 days' where id = '" + lateFile + "'");
        Api.worker(late).body(Map.of("reason", "迟到的申诉")).post("/api/v1/households/" + lateFile + "/appeals").then()
                .statusCode(409).contentType("application/problem+json");
        // an approved file has no decision to appeal
        UUID approved = UUID.randomUUID();
        String approvedFile = Fixtures.approvedHousehold(approved);
        Api.worker(approved).body(Map.of("reason", "?")).post("/api/v1/households/" + approvedFile + "/appeals").then()
                .statusCode(409).body("currentState", is("APPROVED"));
    }

    @Test
    void aReversedExitApprovesTheFileAgainAndStaffMayFileForAWorkerWithoutAPhone() {
        UUID worker = UUID.randomUUID();
        String file = Fixtures.approvedHousehold(worker);
        Api.staff(Demo.LIU_NANMING).body(Map.of("reason", "OTHER", "note", "误判")).post("/api/v1/households/" + file + "/exit")
                .then().statusCode(200);
        String appeal = Api.staff(Demo.ZHOU_NANMING).body(Map.of("reason", "职工电话申诉:仍无稳定收入。"))
                .post("/api/v1/households/" + file + "/appeals").then().statusCode(201).body("onBehalf", is(true))
                .body("filedBy", is(Demo.ZHOU_NANMING.toString())).extract().path("id");
        Api.staff(Demo.CHEN_GUIYANG).get("/api/v1/households/" + file + "/appeals").then().statusCode(200)
                .body("id", is(List.of(appeal)));
        Api.staff(Demo.MA_PROVINCE).body(decision("REVERSED")).post("/api/v1/appeals/" + appeal + "/decision").then()
                .statusCode(200);
        Api.staff(Demo.LIU_NANMING).get("/api/v1/households/" + file).then()
                .body("status", is("APPROVED")).body("exitReason", nullValue());
        assertThat(inbox(worker, false)).contains("HOUSEHOLD_APPEAL_REVERSED");
    }
}
