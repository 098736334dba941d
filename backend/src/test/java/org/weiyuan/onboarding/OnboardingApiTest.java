package org.weiyuan.onboarding;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.weiyuan.support.Api;
import org.weiyuan.support.Demo;
import org.weiyuan.support.Files;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

/**
 * Onboarding a worker without a smartphone, against the fake identity provider (the real Keycloak:
 * PlatformIT), and staff acting on the worker's behalf, audited as such.
 */
@QuarkusTest
class OnboardingApiTest {

    @Inject
    FakeWorkerAccounts accounts;
    @Inject
    AgroalDataSource jdbc;

    private static String staffFiledHousehold() {
        return Api.staff(Demo.LIU_NANMING).body(Files.household(Demo.NANMING_COMMUNITY, 100_000))
                .post("/api/v1/households").then().statusCode(201).extract().path("id");
    }

    @Test
    void staffCreateTheAccountLinkItAndHandOverAOneTimePassword() {
        String file = staffFiledHousehold();
        var answer = Api.staff(Demo.LIU_NANMING).body(Map.of()).post("/api/v1/households/" + file + "/onboarding")
                .then().statusCode(201).header("Cache-Control", "no-store")
                .body("householdId", is(file)).body("passwordChangeRequired", is(true))
                .extract().jsonPath();
        String username = answer.getString("username");
        String password = answer.getString("temporaryPassword");
        UUID subject = UUID.fromString(answer.getString("workerSubject"));
        assertThat(username).matches("wy\\d{8}");
        assertThat(password).hasSize(12);

        FakeWorkerAccounts.Created made = accounts.created().stream().filter(c -> c.subject().equals(subject)).findFirst().orElseThrow();
        assertThat(made.account()).isEqualTo(new WorkerAccounts.NewAccount(username, "试户主", "测",
                username + "@no-email.weiyuan.invalid", password));

        // the new account's token opens the file as its owner
        Api.worker(subject).get("/api/v1/households/mine").then().statusCode(200).body("id", is(file)).body("masked", is(false));
        // once only
        Api.staff(Demo.LIU_NANMING).body(Map.of()).post("/api/v1/households/" + file + "/onboarding").then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void onlyStaffOfTheScopeOnboardAndAUsernameMustBeFreeAndWellFormed() {
        String file = staffFiledHousehold();
        String url = "/api/v1/households/" + file + "/onboarding";
        Api.staff(Demo.SUN_YUNYAN).body(Map.of()).post(url).then().statusCode(404);
        Api.worker(UUID.randomUUID()).body(Map.of()).post(url).then().statusCode(403);
        Api.staff(Demo.LIU_NANMING).body(Map.of("username", "Bad Name")).post(url).then().statusCode(400)
                .contentType("application/problem+json");
        Api.staff(Demo.LIU_NANMING).header("Accept-Language", "en").body(Map.of("username", "taken.user")).post(url)
                .then().statusCode(409).body("detail", is("The username taken.user is taken; choose another."));
        Api.staff(Demo.LIU_NANMING).body(Map.of("username", "li.xiaolan")).post(url).then().statusCode(201)
                .body("username", is("li.xiaolan"));
    }

    @Test
    void staffActOnTheWorkersBehalfAndTheAuditLogSaysSo() throws Exception {
        String file = staffFiledHousehold();
        UUID worker = UUID.fromString(Api.staff(Demo.LIU_NANMING).body(Map.of())
                .post("/api/v1/households/" + file + "/onboarding").then().statusCode(201).extract().path("workerSubject"));

        // a worker-only endpoint, as the worker
        Api.staff(Demo.ZHOU_NANMING).header("X-Weiyuan-On-Behalf-Of", file).get("/api/v1/households/mine")
                .then().statusCode(200).body("id", is(file));
        byte[] pdf = "%PDF-1.4\n% 收入证明\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
        Api.staff(Demo.ZHOU_NANMING).header("X-Weiyuan-On-Behalf-Of", file).contentType("application/pdf").body(pdf)
                .post("/api/v1/households/" + file + "/documents?kind=INCOME_PROOF").then().statusCode(201)
                .body("uploadedBy", is(worker.toString()));
        try (Connection c = jdbc.getConnection();
             PreparedStatement s = c.prepareStatement("select actor_subject, actor_role, detail from audit_entry "
                     + "where entity_id = ? and action = 'HOUSEHOLD_DOCUMENT_ADDED'")) {
            s.setObject(1, UUID.fromString(file));
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getObject(1)).isEqualTo(Demo.ZHOU_NANMING);
                assertThat(rs.getString(2)).isEqualTo("staff-for-worker");
                assertThat(rs.getString(3)).contains("on behalf of worker " + worker);
                assertThat(rs.next()).isFalse();
            }
        }
        // no staff powers while acting for the worker
        Api.staff(Demo.ZHOU_NANMING).header("X-Weiyuan-On-Behalf-Of", file).get("/api/v1/households").then().statusCode(403);
        // staff elsewhere, a worker, a file nobody onboarded, a malformed id: refused
        Api.staff(Demo.SUN_YUNYAN).header("X-Weiyuan-On-Behalf-Of", file).get("/api/v1/households/mine").then().statusCode(403);
        Api.worker(worker).header("X-Weiyuan-On-Behalf-Of", file).get("/api/v1/households/mine").then().statusCode(403);
        String plain = staffFiledHousehold();
        Api.staff(Demo.LIU_NANMING).header("X-Weiyuan-On-Behalf-Of", plain).get("/api/v1/households/mine").then().statusCode(403);
        Api.staff(Demo.LIU_NANMING).header("X-Weiyuan-On-Behalf-Of", "nope").get("/api/v1/households").then().statusCode(403)
                .contentType("application/problem+json");
    }
}
