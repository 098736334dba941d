package org.weiyuan.household;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.weiyuan.support.Api;
import org.weiyuan.support.Demo;
import org.weiyuan.support.Fixtures;
import org.weiyuan.support.Sql;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

/** 倒查与责任追究: a file found ineligible is traced to who handled it, and the city holds the district's approver to account. */
@QuarkusTest
class AccountabilityApiTest {

    @Inject
    AgroalDataSource jdbc;

    private static Map<String, Object> finding(UUID staff, String role) {
        return Map.of("staffSubject", staff.toString(), "role", role, "reason", "审批时未核实申报收入,致不符合条件家庭获助。");
    }

    @Test
    void anIneligibleFileIsTracedAndItsApproverHeldToAccountByTheUnitAbove() throws Exception {
        UUID worker = UUID.randomUUID();
        String file = Fixtures.approvedHousehold(worker); // visited by 刘洋, approved by 周华 (both 南明区)
        String accountability = "/api/v1/households/" + file + "/accountability";
        // an approved file calls for no accountability yet
        Api.staff(Demo.CHEN_GUIYANG).body(finding(Demo.ZHOU_NANMING, "APPROVED")).post(accountability).then().statusCode(409);

        Api.staff(Demo.LIU_NANMING).body(Map.of("result", "INELIGIBLE", "visitedOn", LocalDate.now().minusDays(1).toString(),
                        "finding", "抽查发现户主有稳定工资收入。", "commitmentSigned", true))
                .post("/api/v1/households/" + file + "/rechecks").then().statusCode(201);

        Api.staff(Demo.CHEN_GUIYANG).get("/api/v1/households/" + file + "/trace").then().statusCode(200)
                .body("status", is("EXITED")).body("exitReason", is("INELIGIBLE_ON_RECHECK"))
                .body("exitedBy", is(Demo.LIU_NANMING.toString()))
                .body("steps.role", is(List.of("REGISTERED", "INVESTIGATED", "APPROVED")))
                .body("steps.find { it.role == 'REGISTERED' }.staffSubject", is(worker.toString()))
                .body("steps.find { it.role == 'INVESTIGATED' }.staffSubject", is(Demo.LIU_NANMING.toString()))
                .body("steps.find { it.role == 'APPROVED' }.staffSubject", is(Demo.ZHOU_NANMING.toString()));
        Api.staff(Demo.SUN_YUNYAN).get("/api/v1/households/" + file + "/trace").then().statusCode(404);

        // the same district cannot hold its own to account; nobody holds themselves; the role must be in the trace
        Api.staff(Demo.LIU_NANMING).body(finding(Demo.ZHOU_NANMING, "APPROVED")).post(accountability).then().statusCode(403)
                .contentType("application/problem+json");
        Api.staff(Demo.CHEN_GUIYANG).body(finding(Demo.LIU_NANMING, "APPROVED")).post(accountability).then().statusCode(422)
                .body("errors[0].field", is("staffSubject"));
        Api.staff(Demo.CHEN_GUIYANG).body(finding(worker, "REGISTERED")).post(accountability).then().statusCode(422);
        Api.staff(Demo.SUN_YUNYAN).body(finding(Demo.ZHOU_NANMING, "APPROVED")).post(accountability).then().statusCode(404);

        String id = Api.staff(Demo.CHEN_GUIYANG).body(finding(Demo.ZHOU_NANMING, "APPROVED")).post(accountability).then()
                .statusCode(201).body("staffUnitId", is(Demo.NANMING.toString())).body("recordedBy", is(Demo.CHEN_GUIYANG.toString()))
                .extract().path("id");
        Api.staff(Demo.MA_PROVINCE).body(finding(Demo.ZHOU_NANMING, "APPROVED")).post(accountability).then().statusCode(409);
        Api.staff(Demo.MA_PROVINCE).body(finding(Demo.LIU_NANMING, "INVESTIGATED")).post(accountability).then().statusCode(201);

        // listed by the units above 南明区, not by 南明区 itself nor a sibling
        Api.staff(Demo.CHEN_GUIYANG).get("/api/v1/accountability").then().statusCode(200).body("id", hasItem(id));
        Api.staff(Demo.MA_PROVINCE).get("/api/v1/accountability").then().statusCode(200).body("id", hasItem(id));
        List<String> own = Api.staff(Demo.LIU_NANMING).get("/api/v1/accountability").then().statusCode(200).extract().path("id");
        assertThat(own).doesNotContain(id);
        List<String> sibling = Api.staff(Demo.SUN_YUNYAN).get("/api/v1/accountability").then().statusCode(200).extract().path("id");
        assertThat(sibling).doesNotContain(id);
        Api.staff(Demo.CHEN_GUIYANG).get("/api/v1/households/" + file + "/trace").then().body("findings.size()", is(2));

        assertThat(Sql.count(jdbc, "select count(*) from audit_entry where entity_id = '" + file + "' and action = 'ACCOUNTABILITY_RECORDED'"))
                .isEqualTo(2);
        assertThat(Sql.count(jdbc, "select count(*) from audit_entry where entity_id = '" + file + "' and action = 'HOUSEHOLD_TRACED'"))
                .isEqualTo(2);
    }
}
