package org.weiyuan.household;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.weiyuan.support.Api;
import org.weiyuan.support.Demo;
import org.weiyuan.support.Files;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** 责任追究: the staff member a finding holds accountable is told, in Chinese first and English second, through the inbox. */
@QuarkusTest
class AccountabilityNotificationApiTest {

    @Test
    void theApproverHeldAccountableIsNotifiedWithTheStepAndTheReasons() {
        // an approver of 南明区 of their own, so their inbox holds only what this test sends them
        UUID approver = UUID.randomUUID();
        Api.admin().body(Map.of("unitId", Demo.NANMING.toString(), "displayName", "追究通知测试"))
                .put("/api/v1/staff/" + approver).then().statusCode(200);
        UUID worker = UUID.randomUUID();
        String file = Api.worker(worker).body(Files.household(Demo.NANMING_COMMUNITY, 100_000))
                .post("/api/v1/households").then().statusCode(201).extract().path("id");
        Api.worker(worker).post("/api/v1/households/" + file + "/submit").then().statusCode(200);
        Api.staff(Demo.LIU_NANMING).post("/api/v1/households/" + file + "/start-verification").then().statusCode(200);
        Api.staff(Demo.LIU_NANMING).body(Files.verification()).post("/api/v1/households/" + file + "/verifications").then().statusCode(201);
        Api.staff(approver).post("/api/v1/households/" + file + "/approve").then().statusCode(200);
        Api.staff(Demo.LIU_NANMING).body(Map.of("result", "INELIGIBLE", "visitedOn", LocalDate.now().minusDays(1).toString(),
                        "finding", "复核发现户主有稳定工资收入。", "commitmentSigned", true))
                .post("/api/v1/households/" + file + "/rechecks").then().statusCode(201);
        assertThat(findings(approver, "zh-CN")).isEmpty();

        String reason = "审批时未核对工资流水,致使不符合条件的家庭建档。";
        Api.staff(Demo.CHEN_GUIYANG).body(Map.of("staffSubject", approver.toString(), "role", "APPROVED", "reason", reason))
                .post("/api/v1/households/" + file + "/accountability").then().statusCode(201);

        List<Map<String, Object>> zh = findings(approver, "zh-CN");
        assertThat(zh).hasSize(1);
        assertThat(zh.get(0).get("title")).isEqualTo("您被追究责任");
        assertThat((String) zh.get(0).get("body")).contains("审核审批").contains(reason);
        assertThat(zh.get(0).get("deepLink")).isEqualTo("weiyuan://households/" + file);
        List<Map<String, Object>> en = findings(approver, "en");
        assertThat(en.get(0).get("title")).isEqualTo("You have been held accountable");
        assertThat((String) en.get(0).get("body")).contains("approval").contains(reason);
        // nobody else on the file hears of it as a finding against them
        assertThat(findings(Demo.LIU_NANMING, "zh-CN")).noneMatch(n -> ("weiyuan://households/" + file).equals(n.get("deepLink")));
    }

    private static List<Map<String, Object>> findings(UUID staff, String language) {
        JsonPath inbox = Api.staff(staff).header("Accept-Language", language).get("/api/v1/inbox?limit=100").then().statusCode(200)
                .extract().jsonPath();
        return inbox.getList("items.findAll { it.kind == 'STAFF_ACCOUNTABILITY_FINDING' }");
    }
}
