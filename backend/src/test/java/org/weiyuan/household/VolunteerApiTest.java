package org.weiyuan.household;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.weiyuan.support.Api;
import org.weiyuan.support.Demo;
import org.weiyuan.support.Files;
import org.weiyuan.support.Fixtures;
import org.weiyuan.support.Sql;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

/** 义工入户核查: a volunteer sees only the files staff handed to them, only while the visit is open, and can only record it. */
@QuarkusTest
class VolunteerApiTest {

    @Inject
    AgroalDataSource jdbc;

    private static RequestSpecification volunteer(UUID subject) {
        return Api.as(subject, "volunteer");
    }

    /** A worker's file in 南明, submitted and under verification; returns its id. */
    private static String underVerification(UUID worker) {
        String id = Api.worker(worker).body(Files.household(Demo.NANMING_COMMUNITY, 100_000))
                .post("/api/v1/households").then().statusCode(201).extract().path("id");
        Api.worker(worker).post("/api/v1/households/" + id + "/submit").then().statusCode(200);
        Api.staff(Demo.LIU_NANMING).post("/api/v1/households/" + id + "/start-verification").then().statusCode(200);
        return id;
    }

    private static String assign(String file, UUID volunteer, String name) {
        return Api.staff(Demo.LIU_NANMING).body(Map.of("volunteerSubject", volunteer.toString(), "volunteerName", name))
                .post("/api/v1/households/" + file + "/volunteer-visits").then().statusCode(201)
                .body("status", is("OPEN")).extract().path("id");
    }

    @Test
    void theVolunteerSeesOnlyTheirOpenVisitMaskedAndRecordsIt() throws Exception {
        UUID worker = UUID.randomUUID();
        String file = underVerification(worker);
        UUID wu = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        String visit = assign(file, wu, "吴义");

        // the assigned volunteer's list holds the file, masked; another volunteer's does not
        volunteer(wu).get("/api/v1/volunteer-visits/mine").then().statusCode(200)
                .body("", hasSize(1)).body("[0].visit.id", is(visit)).body("[0].household.id", is(file))
                .body("[0].household.headName", containsString("*"));
        volunteer(other).get("/api/v1/volunteer-visits/mine").then().statusCode(200).body("", hasSize(0));
        // the file read is masked as for investigators, and audited as the volunteer's read
        volunteer(wu).get("/api/v1/volunteer-visits/" + visit + "/household").then().statusCode(200)
                .body("household.id", is(file)).body("household.masked", is(true))
                .body("household.idNumber", containsString("*")).body("household.phone", containsString("*"));
        assertThat(Sql.count(jdbc, "select count(*) from audit_entry where action = 'HOUSEHOLD_READ' and entity_id = '" + file
                + "' and actor_subject = '" + wu + "'")).isEqualTo(1);
        volunteer(other).get("/api/v1/volunteer-visits/" + visit + "/household").then().statusCode(404)
                .contentType("application/problem+json");
        // nothing of staff's: the file itself, approving, rejecting, exiting, wishes, money
        volunteer(wu).get("/api/v1/households/" + file).then().statusCode(403).contentType("application/problem+json");
        volunteer(wu).get("/api/v1/households").then().statusCode(403).contentType("application/problem+json");
        volunteer(wu).post("/api/v1/households/" + file + "/approve").then().statusCode(403).contentType("application/problem+json");
        volunteer(wu).body(Map.of("reason", "义工不能驳回")).post("/api/v1/households/" + file + "/reject").then().statusCode(403)
                .contentType("application/problem+json");
        volunteer(wu).body(Map.of("reason", "OTHER")).post("/api/v1/households/" + file + "/exit").then().statusCode(403)
                .contentType("application/problem+json");
        volunteer(wu).body(Files.verification()).post("/api/v1/households/" + file + "/verifications").then().statusCode(403);
        volunteer(wu).post("/api/v1/wishes/" + UUID.randomUUID() + "/publish").then().statusCode(403)
                .contentType("application/problem+json");
        volunteer(wu).body(Map.of("amountFen", 100, "method", "CASH", "reference", "x", "proof", "x"))
                .post("/api/v1/wishes/" + UUID.randomUUID() + "/disbursements").then().statusCode(403)
                .contentType("application/problem+json");
        volunteer(wu).post("/api/v1/volunteer-visits/" + visit + "/cancel").then().statusCode(403);

        // the volunteer records the visit: it is the file's home visit, the volunteer its investigator
        Map<String, Object> record = Map.of("visit", Files.verification());
        volunteer(other).body(record).post("/api/v1/volunteer-visits/" + visit + "/record").then().statusCode(404);
        volunteer(wu).body(record).post("/api/v1/volunteer-visits/" + visit + "/record").then().statusCode(200)
                .body("visit.status", is("DONE")).body("household.verifications", hasSize(1))
                .body("household.verifications[0].volunteerName", is("吴义"));
        assertThat(Sql.count(jdbc, "select count(*) from household_verification where household_id = '" + file
                + "' and investigator_subject = '" + wu + "'")).isEqualTo(1);
        // done: the file is closed to the volunteer again
        volunteer(wu).get("/api/v1/volunteer-visits/" + visit + "/household").then().statusCode(404);
        volunteer(wu).body(record).post("/api/v1/volunteer-visits/" + visit + "/record").then().statusCode(404);
        volunteer(wu).get("/api/v1/volunteer-visits/mine").then().statusCode(200).body("", hasSize(0));
        Api.staff(Demo.LIU_NANMING).get("/api/v1/households/" + file + "/volunteer-visits").then().statusCode(200)
                .body("[0].status", is("DONE")).body("[0].verificationId", not(is((Object) null)));
        // the visit counts for approval, by staff who did not make it
        Api.staff(Demo.ZHOU_NANMING).post("/api/v1/households/" + file + "/approve").then().statusCode(200).body("status", is("APPROVED"));
    }

    @Test
    void aVisitClosesWhenStaffCallItOffOrTheFileMovesOn() {
        String file = underVerification(UUID.randomUUID());
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        String first = assign(file, a, "义工甲");
        String second = assign(file, b, "义工乙");
        // one open visit per volunteer and file
        Api.staff(Demo.LIU_NANMING).body(Map.of("volunteerSubject", a.toString(), "volunteerName", "义工甲"))
                .post("/api/v1/households/" + file + "/volunteer-visits").then().statusCode(409);
        // staff outside the file's scope do not see it
        Api.staff(Demo.SUN_YUNYAN).body(Map.of("volunteerSubject", UUID.randomUUID().toString(), "volunteerName", "义工丙"))
                .post("/api/v1/households/" + file + "/volunteer-visits").then().statusCode(404);
        Api.staff(Demo.SUN_YUNYAN).post("/api/v1/volunteer-visits/" + first + "/cancel").then().statusCode(404);

        Api.staff(Demo.LIU_NANMING).post("/api/v1/volunteer-visits/" + first + "/cancel").then().statusCode(200)
                .body("status", is("CANCELLED"));
        volunteer(a).get("/api/v1/volunteer-visits/" + first + "/household").then().statusCode(404);
        Api.staff(Demo.LIU_NANMING).post("/api/v1/volunteer-visits/" + first + "/cancel").then().statusCode(409);

        // the second is open until the file leaves verification (staff visit and approve it)
        volunteer(b).get("/api/v1/volunteer-visits/" + second + "/household").then().statusCode(200);
        Api.staff(Demo.LIU_NANMING).body(Files.verification()).post("/api/v1/households/" + file + "/verifications").then().statusCode(201);
        Api.staff(Demo.ZHOU_NANMING).post("/api/v1/households/" + file + "/approve").then().statusCode(200);
        volunteer(b).get("/api/v1/volunteer-visits/" + second + "/household").then().statusCode(404);
        volunteer(b).body(Map.of("visit", Files.verification())).post("/api/v1/volunteer-visits/" + second + "/record").then().statusCode(404);
        volunteer(b).get("/api/v1/volunteer-visits/mine").then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void onlyAFileUnderVerificationTakesAVolunteerAndNotItsOwnWorker() {
        UUID worker = UUID.randomUUID();
        String approved = Fixtures.approvedHousehold(worker);
        Api.staff(Demo.LIU_NANMING).body(Map.of("volunteerSubject", UUID.randomUUID().toString(), "volunteerName", "义工"))
                .post("/api/v1/households/" + approved + "/volunteer-visits").then().statusCode(409)
                .contentType("application/problem+json");
        UUID owner = UUID.randomUUID();
        String file = underVerification(owner);
        Api.staff(Demo.LIU_NANMING).body(Map.of("volunteerSubject", owner.toString(), "volunteerName", "本人"))
                .post("/api/v1/households/" + file + "/volunteer-visits").then().statusCode(422)
                .body("errors[0].field", is("volunteerSubject"));
        Api.staff(Demo.LIU_NANMING).body(Map.of("volunteerName", "无账号"))
                .post("/api/v1/households/" + file + "/volunteer-visits").then().statusCode(400);
    }
}
