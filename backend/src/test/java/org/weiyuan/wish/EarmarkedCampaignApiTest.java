package org.weiyuan.wish;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.weiyuan.funding.SandboxGateway;
import org.weiyuan.household.PovertyLineService;
import org.weiyuan.support.Api;
import org.weiyuan.support.Demo;
import org.weiyuan.support.Fixtures;
import org.weiyuan.support.Sql;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

/** 专款专用: campaigns take only the kinds and units they state; pools draw only for those; 金秋助学 as the campaign says. */
@QuarkusTest
class EarmarkedCampaignApiTest {

    @Inject
    SandboxGateway gateway;
    @Inject
    AgroalDataSource jdbc;

    private static String campaign(UUID staff, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of("unitId", Demo.GUIYANG.toString(), "kind", "SCHOLARSHIP",
                "name", "金秋助学 " + UUID.randomUUID(), "startsOn", LocalDate.now().minusDays(5).toString(),
                "endsOn", LocalDate.now().plusDays(60).toString(), "scholarshipAmountFen", 300_000));
        body.putAll(extra);
        return Api.staff(staff).body(body).post("/api/v1/campaigns").then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> scholarship(String campaign, Map<String, Object> admission) {
        return new HashMap<>(Map.of("kind", "SCHOLARSHIP", "title", "孩子考上了大学", "story", "孩子今年考上大学,学费有困难。",
                "deadline", LocalDate.now().plusDays(30).toString(), "campaignId", campaign, "admission", admission));
    }

    private static Map<String, Object> admission(String level) {
        Map<String, Object> a = new HashMap<>(Map.of("schoolName", "哈尔滨工业大学", "year", LocalDate.now(org.weiyuan.common.BusinessTime.ZONE).getYear()));
        if (level != null) {
            a.put("level", level);
        }
        return a;
    }

    @Test
    void aGoodsWishCannotNameAScholarshipCampaign() {
        String campaign = campaign(Demo.CHEN_GUIYANG, Map.of());
        UUID worker = UUID.randomUUID();
        Fixtures.approvedHousehold(worker);
        Map<String, Object> goods = new HashMap<>(Fixtures.goodsWish());
        goods.put("campaignId", campaign);
        Api.worker(worker).body(goods).post("/api/v1/wishes").then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", is("campaignId"));
    }

    @Test
    void aCampaignTakesOnlyTheSubtreesItStates() {
        String yunyanOnly = Api.staff(Demo.CHEN_GUIYANG).body(Map.of("unitId", Demo.GUIYANG.toString(), "kind", "GENERAL",
                        "name", "云岩区专项 " + UUID.randomUUID(), "startsOn", LocalDate.now().minusDays(1).toString(),
                        "endsOn", LocalDate.now().plusDays(30).toString(), "acceptedUnitIds", List.of(Demo.YUNYAN.toString())))
                .post("/api/v1/campaigns").then().statusCode(201)
                .body("acceptedUnitIds", is(List.of(Demo.YUNYAN.toString()))).body("acceptedKinds.size()", is(3))
                .extract().path("id");
        UUID worker = UUID.randomUUID();
        Fixtures.approvedHousehold(worker); // in 南明, not 云岩
        Map<String, Object> cash = new HashMap<>(Fixtures.cashWish(50_000));
        cash.put("campaignId", yunyanOnly);
        Api.worker(worker).body(cash).post("/api/v1/wishes").then().statusCode(422).body("errors[0].field", is("campaignId"));
        // and a unit cannot earmark another's subtree
        Api.staff(Demo.LIU_NANMING).body(Map.of("unitId", Demo.NANMING.toString(), "kind", "GENERAL", "name", "越界",
                        "startsOn", LocalDate.now().toString(), "endsOn", LocalDate.now().plusDays(5).toString(),
                        "acceptedUnitIds", List.of(Demo.YUNYAN.toString())))
                .post("/api/v1/campaigns").then().statusCode(422).body("errors[0].field", is("acceptedUnitIds"));
    }

    @Test
    void aPoolDoesNotDrawForAWishItsCampaignNoLongerTakes() throws Exception {
        String campaign = Api.staff(Demo.CHEN_GUIYANG).body(Map.of("unitId", Demo.GUIYANG.toString(), "kind", "GENERAL",
                        "name", "配捐专款 " + UUID.randomUUID(), "startsOn", LocalDate.now().minusDays(1).toString(),
                        "endsOn", LocalDate.now().plusDays(30).toString()))
                .post("/api/v1/campaigns").then().statusCode(201).extract().path("id");
        UUID sponsor = UUID.randomUUID();
        var opened = Api.as(sponsor, "donor").body(Map.of("campaignId", campaign, "name", "配捐", "ratioPct", 100,
                        "capPerWishFen", 100_000, "budgetFen", 100_000, "startsOn", LocalDate.now().minusDays(1).toString(),
                        "endsOn", LocalDate.now().plusDays(30).toString()))
                .post("/api/v1/matching-pools").then().statusCode(201).extract();
        String pool = opened.path("id");
        Api.as(sponsor, "donor").post("/api/v1/sandbox/checkout/" + opened.path("payment.reference")).then().statusCode(202);
        Fixtures.await("pool funding", () -> "ACTIVE".equals(
                Api.as(sponsor, "donor").get("/api/v1/matching-pools/" + pool).then().extract().path("status")));
        Map<String, Object> goods = new HashMap<>(Fixtures.goodsWish());
        goods.put("campaignId", campaign);
        String wish = Fixtures.publishedWish(UUID.randomUUID(), goods);
        // the organiser narrows the campaign to cash wishes: the goods wish keeps its campaign but no longer draws
        Sql.execute(jdbc, "update campaign set accepted_kinds = 'CASH' where id = '" + campaign + "'");
        String reference = Api.as(UUID.randomUUID(), "donor").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("amountFen", 10_000)).post("/api/v1/wishes/" + wish + "/pledges")
                .then().statusCode(201).extract().path("payment.reference");
        String body = gateway.notificationBody(reference, 10_000);
        given().contentType(ContentType.JSON).header(SandboxGateway.SIGNATURE_HEADER, gateway.sign(body)).body(body)
                .post("/api/v1/payments/sandbox/notify").then().statusCode(200);
        given().get("/api/v1/feed/wishes/" + wish).then().body("paidFen", is(10_000));
        Api.as(sponsor, "donor").get("/api/v1/matching-pools/" + pool).then().body("spentFen", is(0));
    }

    @Test
    void harbinsScholarshipTakesUndergraduatesOncePerChildAndYear() {
        String harbin = campaign(Demo.CHEN_GUIYANG, Map.of("admissionLevels", List.of("UNDERGRADUATE")));
        UUID worker = UUID.randomUUID();
        Fixtures.approvedHousehold(worker);
        Api.worker(worker).body(scholarship(harbin, admission("JUNIOR_COLLEGE"))).post("/api/v1/wishes").then().statusCode(422)
                .body("errors[0].field", is("admission.level"));
        Api.worker(worker).body(scholarship(harbin, admission(null))).post("/api/v1/wishes").then().statusCode(422)
                .body("errors[0].field", is("admission.level"));
        Api.worker(worker).body(scholarship(harbin, admission("UNDERGRADUATE"))).post("/api/v1/wishes").then().statusCode(201)
                .body("targetFen", is(300_000));
        // the same child again this year, even through another scholarship campaign: refused
        String other = campaign(Demo.CHEN_GUIYANG, Map.of());
        Api.worker(worker).body(scholarship(other, admission("UNDERGRADUATE"))).post("/api/v1/wishes").then().statusCode(409)
                .contentType("application/problem+json");
        Api.worker(worker).body(scholarship(harbin, Map.of("schoolName", "x", "year", LocalDate.now(org.weiyuan.common.BusinessTime.ZONE).getYear(),
                        "memberId", UUID.randomUUID().toString(), "level", "UNDERGRADUATE")))
                .post("/api/v1/wishes").then().statusCode(422).body("errors[0].field", is("admission.memberId"));
    }
}
