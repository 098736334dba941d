package org.weiyuan.household;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.weiyuan.support.Api;
import org.weiyuan.support.Demo;
import org.weiyuan.support.Files;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

/** The file page's history (档案履历) and the household's wishes and money, for staff in scope only. */
@QuarkusTest
class HouseholdHistoryApiTest {

    @Inject
    AgroalDataSource jdbc;

    @Test
    void theHistoryTellsWhoDidWhatInOrderMarksTheOnBehalfFilingAndIsItselfAudited() throws Exception {
        // 刘洋 files for a worker without a smartphone, then submits and starts verification
        String id = Api.staff(Demo.LIU_NANMING).body(Files.household(Demo.NANMING_COMMUNITY, 100_000))
                .post("/api/v1/households").then().statusCode(201).extract().path("id");
        Api.staff(Demo.LIU_NANMING).post("/api/v1/households/" + id + "/submit").then().statusCode(200);
        Api.staff(Demo.ZHOU_NANMING).get("/api/v1/households/" + id).then().statusCode(200);
        Api.staff(Demo.LIU_NANMING).post("/api/v1/households/" + id + "/start-verification").then().statusCode(200);

        List<Map<String, Object>> history = Api.staff(Demo.ZHOU_NANMING).get("/api/v1/households/" + id + "/history")
                .then().statusCode(200).extract().path("");
        assertThat(history).extracting(e -> e.get("action"))
                .containsExactly("HOUSEHOLD_CREATED", "HOUSEHOLD_SUBMITTED", "HOUSEHOLD_VERIFICATION_STARTED");
        assertThat(history.get(0)).containsEntry("onBehalf", true).containsEntry("actorRole", "staff")
                .containsEntry("actorName", displayName(Demo.LIU_NANMING));
        assertThat(history.get(1)).containsEntry("onBehalf", false);

        // reading the history is audited, and plain reads stay out of it
        assertThat(count("HOUSEHOLD_HISTORY_READ", id, Demo.ZHOU_NANMING)).isEqualTo(1);
        assertThat(count("HOUSEHOLD_READ", id, Demo.ZHOU_NANMING)).isEqualTo(1);
        Api.staff(Demo.ZHOU_NANMING).get("/api/v1/households/" + id + "/history").then().statusCode(200)
                .body("size()", is(3));
    }

    @Test
    void aSiblingDistrictAndTheWorkerSeeNoHistory() {
        UUID worker = UUID.randomUUID();
        String id = Api.worker(worker).body(Files.household(Demo.NANMING_COMMUNITY, 100_000))
                .post("/api/v1/households").then().statusCode(201).extract().path("id");
        Api.staff(Demo.SUN_YUNYAN).get("/api/v1/households/" + id + "/history").then().statusCode(404)
                .contentType("application/problem+json");
        Api.worker(worker).get("/api/v1/households/" + id + "/history").then().statusCode(403);
        Api.staff(Demo.CHEN_GUIYANG).get("/api/v1/households/" + id + "/history").then().statusCode(200)
                .body("[0].onBehalf", is(false)).body("[0].actorRole", is("worker"));
    }

    @Test
    void everyWishOfTheHouseholdAndEveryYuanItReceived() throws Exception {
        String household = Api.worker(Demo.WANG_WORKER).get("/api/v1/households/mine").then().statusCode(200)
                .extract().path("id");
        Map<String, Object> answer = Api.staff(Demo.LIU_NANMING).get("/api/v1/households/" + household + "/wishes")
                .then().statusCode(200).extract().path("");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> wishes = (List<Map<String, Object>>) answer.get("wishes");
        long paid = 0;
        long disbursed = 0;
        try (var c = jdbc.getConnection();
             PreparedStatement s = c.prepareStatement("select count(*), sum(paid_fen), sum(disbursed_fen) from wish where household_id = ?")) {
            s.setObject(1, UUID.fromString(household));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                assertThat(wishes).hasSize(rs.getInt(1));
                paid = rs.getLong(2);
                disbursed = rs.getLong(3);
            }
        }
        assertThat(((Number) answer.get("paidFen")).longValue()).isEqualTo(paid).isPositive();
        assertThat(((Number) answer.get("disbursedFen")).longValue()).isEqualTo(disbursed).isPositive();
        assertThat(wishes).extracting(w -> w.get("title")).contains("给老人添一台制氧机", "过年前交上拖欠的房租");
        Api.staff(Demo.SUN_YUNYAN).get("/api/v1/households/" + household + "/wishes").then().statusCode(404);
        Api.worker(Demo.WANG_WORKER).get("/api/v1/households/" + household + "/wishes").then().statusCode(403);
    }

    private String displayName(UUID staff) {
        return Api.admin().get("/api/v1/staff").then().statusCode(200).extract()
                .path("find { it.subject == '" + staff + "' }.displayName");
    }

    private long count(String action, String entity, UUID actor) throws Exception {
        try (var c = jdbc.getConnection();
             PreparedStatement s = c.prepareStatement("select count(*) from audit_entry where action = ? and entity_id = ? and actor_subject = ?")) {
            s.setString(1, action);
            s.setObject(2, UUID.fromString(entity));
            s.setObject(3, actor);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
