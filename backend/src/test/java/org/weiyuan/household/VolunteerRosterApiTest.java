package org.weiyuan.household;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.weiyuan.support.Api;
import org.weiyuan.support.Demo;
import org.weiyuan.support.Files;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

/** 志愿者名册 (desk6): each unit's volunteers, kept by its staff, and the home visit that names one of them. */
@QuarkusTest
class VolunteerRosterApiTest {

    private static final String BASE = "/api/v1/volunteers";

    @Test
    void staffKeepTheirUnitsRosterAndAHomeVisitNamesAnActiveVolunteerOfTheFilesUnionOrAbove() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String nanming = add(Demo.LIU_NANMING, Demo.NANMING, "张志愿" + tag, "13800001234", List.of(" 电工 ", "电工", "心理疏导"))
                .statusCode(201).body("phone", is("138****1234")).body("skills", is(List.of("电工", "心理疏导"))).body("active", is(true))
                .extract().path("id");
        String city = add(Demo.CHEN_GUIYANG, Demo.GUIYANG, "李市级" + tag, "13900001111", List.of()).statusCode(201).extract().path("id");
        String yunyan = add(Demo.SUN_YUNYAN, Demo.YUNYAN, "王云岩" + tag, "13700002222", null).statusCode(201).extract().path("id");
        String retired = add(Demo.LIU_NANMING, Demo.NANMING, "赵停用" + tag, "13600003333", null).statusCode(201).extract().path("id");
        // field errors (400 from the request's constraints, as everywhere), another subtree's unit (404), workers (403)
        add(Demo.LIU_NANMING, Demo.NANMING, "钱" + tag, "1234", null).statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", is("phone"));
        add(Demo.LIU_NANMING, Demo.NANMING, "钱" + tag, "13800001234", List.of("长".repeat(31))).statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.startsWith("skills"));
        add(Demo.LIU_NANMING, Demo.YUNYAN, "钱" + tag, "13800001234", null).statusCode(404);
        Api.worker(UUID.randomUUID()).get(BASE).then().statusCode(403);

        // the roster of the caller's subtree: 刘 sees 南明's, not 云岩's or 贵阳's above; 孙 never 南明's
        List<String> liu = Api.staff(Demo.LIU_NANMING).get(BASE).then().statusCode(200).extract().path("id");
        assertThat(liu).contains(nanming, retired).doesNotContain(yunyan, city);
        Api.staff(Demo.SUN_YUNYAN).get(BASE + "?unitId=" + Demo.NANMING).then().statusCode(404);
        List<String> sun = Api.staff(Demo.SUN_YUNYAN).get(BASE).then().statusCode(200).extract().path("id");
        assertThat(sun).contains(yunyan).doesNotContain(nanming, retired);
        // another 南明 staff member takes one off the form; the phone is kept when not given, 孙 cannot touch it (404)
        Api.staff(Demo.ZHOU_NANMING).body(update("赵停用" + tag, null, false)).put(BASE + "/" + retired).then().statusCode(200)
                .body("active", is(false)).body("phone", is("136****3333"));
        Api.staff(Demo.SUN_YUNYAN).body(update("改名", null, true)).put(BASE + "/" + nanming).then().statusCode(404);
        List<String> active = Api.staff(Demo.LIU_NANMING).get(BASE + "?unitId=" + Demo.NANMING + "&active=true").then().statusCode(200)
                .extract().path("id");
        assertThat(active).contains(nanming).doesNotContain(retired);

        // a file under verification in 南明's community: the form offers the active volunteers of its unit and above
        String file = underVerification();
        List<String> offered = Api.staff(Demo.LIU_NANMING).get(BASE + "/for-household/" + file).then().statusCode(200).extract().path("id");
        assertThat(offered).contains(nanming, city).doesNotContain(retired, yunyan);
        Api.staff(Demo.SUN_YUNYAN).get(BASE + "/for-household/" + file).then().statusCode(404);
        // naming one who may not visit it is refused at the field; nothing is recorded
        for (String refused : List.of(retired, yunyan, UUID.randomUUID().toString())) {
            visit(file, Map.of("volunteerId", refused)).statusCode(422).contentType("application/problem+json")
                    .body("errors[0].field", is("volunteerId"));
        }
        // the roster's name is recorded with the entry, whatever free text came along; free text alone is still kept
        JsonPath named = visit(file, Map.of("volunteerId", nanming, "volunteerName", "随便写的")).statusCode(201).extract().jsonPath();
        assertThat(named.getString("verifications[-1].volunteerId")).isEqualTo(nanming);
        assertThat(named.getString("verifications[-1].volunteerName")).isEqualTo("张志愿" + tag);
        JsonPath free = visit(file, Map.of("volunteerName", "社区老党员")).statusCode(201).extract().jsonPath();
        assertThat(free.getString("verifications[-1].volunteerName")).isEqualTo("社区老党员");
        assertThat(free.getString("verifications[-1].volunteerId")).isNull();
    }

    private static io.restassured.response.ValidatableResponse add(UUID staff, UUID unit, String name, String phone, List<String> skills) {
        Map<String, Object> body = new HashMap<>(Map.of("unitId", unit.toString(), "name", name, "phone", phone));
        if (skills != null) {
            body.put("skills", skills);
        }
        return Api.staff(staff).body(body).post(BASE).then();
    }

    private static Map<String, Object> update(String name, String phone, boolean active) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "active", active, "skills", List.of("电工")));
        if (phone != null) {
            body.put("phone", phone);
        }
        return body;
    }

    private static String underVerification() {
        UUID worker = UUID.randomUUID();
        String id = Api.worker(worker).body(Files.household(Demo.NANMING_COMMUNITY, 100_000)).post("/api/v1/households")
                .then().statusCode(201).extract().path("id");
        Api.worker(worker).post("/api/v1/households/" + id + "/submit").then().statusCode(200);
        Api.staff(Demo.LIU_NANMING).post("/api/v1/households/" + id + "/start-verification").then().statusCode(200);
        return id;
    }

    private static io.restassured.response.ValidatableResponse visit(String file, Map<String, Object> volunteer) {
        Map<String, Object> body = new HashMap<>(Files.verification());
        body.putAll(volunteer);
        return Api.staff(Demo.LIU_NANMING).body(body).post("/api/v1/households/" + file + "/verifications").then();
    }
}
