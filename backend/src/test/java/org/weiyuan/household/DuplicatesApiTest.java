package org.weiyuan.household;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.weiyuan.support.Api;
import org.weiyuan.support.Demo;
import org.weiyuan.support.Files;
import org.weiyuan.support.Fixtures;
import org.weiyuan.support.TestImages;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** Duplicate candidates: member ID numbers, fuzzy keys, the adjudication queue, approval blocked; re-used proofs. */
@QuarkusTest
class DuplicatesApiTest {

    @Inject
    AgroalDataSource jdbc;

    /** A file of two people: a head, and {@code other} (with an ID number or not); its own phone and address. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> file(UUID unit, String district, Map<String, Object> other) {
        Map<String, Object> body = Files.household(unit, 100_000);
        body.put("district", district);
        body.put("phone", "135" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000)));
        body.put("addressDetail", "测试路" + UUID.randomUUID() + "号");
        List<Map<String, Object>> members = (List<Map<String, Object>>) body.get("members");
        members.set(0, Files.member("SELF", "户主" + UUID.randomUUID().toString().substring(0, 6), 1980, "HEALTHY", null, "FLEXIBLE", 100_000));
        members.set(1, other);
        return body;
    }

    private static Map<String, Object> person(String name, int year, String idNumber) {
        Map<String, Object> m = Files.member("SPOUSE", name, year, "HEALTHY", null, "UNEMPLOYED", 0);
        if (idNumber != null) {
            m.put("idNumber", idNumber);
        }
        return m;
    }

    private static List<Map<String, Object>> candidates(UUID staff, String household) {
        return Api.staff(staff).get("/api/v1/duplicates?householdId=" + household).then().statusCode(200).extract().path("");
    }

    @Test
    void theSameIdNumberInTwoFilesIsACandidateAndIsStoredEncrypted() throws Exception {
        String id = Files.idNumber();
        int year = Integer.parseInt(id.substring(6, 10));
        String a = Api.worker(UUID.randomUUID()).body(file(Demo.NANMING_COMMUNITY, "南明区", person("钱某", year, id)))
                .post("/api/v1/households").then().statusCode(201)
                .body("members[1].idNumber", is(id)).extract().path("id");
        String b = Api.worker(UUID.randomUUID()).body(file(Demo.NANMING_COMMUNITY, "南明区", person("钱某某", year, id)))
                .post("/api/v1/households").then().statusCode(201).extract().path("id");
        Api.staff(Demo.LIU_NANMING).get("/api/v1/households/" + b).then().statusCode(200)
                .body("members[1].idNumber", is(id.substring(0, 6) + "********" + id.substring(14)));

        List<Map<String, Object>> found = candidates(Demo.LIU_NANMING, b);
        assertThat(found).hasSize(1);
        assertThat(found.get(0)).containsEntry("reason", "SAME_ID_NUMBER").containsEntry("status", "OPEN").containsEntry("person", "钱*某");
        assertThat(((Map<?, ?>) found.get(0).get("other")).get("id")).isEqualTo(a);
        // staff elsewhere see nothing of it
        assertThat(candidates(Demo.SUN_YUNYAN, b)).isEmpty();

        try (Connection c = jdbc.getConnection();
             PreparedStatement s = c.prepareStatement("select id_number_enc, id_number_index, row_to_json(m)::text "
                     + "from household_member m where household_id = ? and position = 1")) {
            s.setObject(1, UUID.fromString(a));
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).startsWith("v1:").doesNotContain(id);
                assertThat(rs.getString(2)).hasSize(64);
                assertThat(rs.getString(3)).doesNotContain(id).doesNotContain(id.substring(6, 14));
            }
        }
        // a member's ID must agree with the birth year given
        Api.worker(UUID.randomUUID()).body(file(Demo.NANMING_COMMUNITY, "南明区", person("钱某", year + 1, id)))
                .post("/api/v1/households").then().statusCode(422).body("errors[0].field", is("members[1].idNumber"));
    }

    @Test
    void aConfirmedDuplicateBlocksApprovalUntilStaffFindOtherwise() {
        String name = "重复" + UUID.randomUUID().toString().substring(0, 8);
        UUID worker = UUID.randomUUID();
        Api.worker(UUID.randomUUID()).body(file(Demo.NANMING_COMMUNITY, "南明区", person(name, 1990, null)))
                .post("/api/v1/households").then().statusCode(201);
        Map<String, Object> bodyB = file(Demo.NANMING_COMMUNITY, "南明区", person(name, 1990, null));
        String b = Api.worker(worker).body(bodyB).post("/api/v1/households").then().statusCode(201).extract().path("id");
        Api.worker(worker).post("/api/v1/households/" + b + "/submit").then().statusCode(200);
        Api.staff(Demo.LIU_NANMING).post("/api/v1/households/" + b + "/start-verification").then().statusCode(200);
        Api.staff(Demo.LIU_NANMING).body(Files.verification()).post("/api/v1/households/" + b + "/verifications").then().statusCode(201);

        List<Map<String, Object>> found = candidates(Demo.LIU_NANMING, b);
        assertThat(found).extracting(m -> m.get("reason")).containsExactly("SAME_NAME_AND_BIRTH");
        String candidate = (String) found.get(0).get("id");
        // the queue tells the two files apart: the head's birth year and the ID's last four, never the whole number
        String idB = (String) bodyB.get("idNumber");
        @SuppressWarnings("unchecked")
        Map<String, Object> refB = List.of((Map<String, Object>) found.get(0).get("household"), (Map<String, Object>) found.get(0).get("other"))
                .stream().filter(r -> b.equals(r.get("id"))).findFirst().orElseThrow();
        assertThat(refB).containsEntry("idTail", idB.substring(14)).containsEntry("headBirthYear", Integer.parseInt(idB.substring(6, 10)))
                .doesNotContainValue(idB);

        Api.staff(Demo.SUN_YUNYAN).body(Map.of("duplicate", true)).post("/api/v1/duplicates/" + candidate + "/decision")
                .then().statusCode(404);
        Api.staff(Demo.LIU_NANMING).body(Map.of("duplicate", true, "note", "同一人两处建档"))
                .post("/api/v1/duplicates/" + candidate + "/decision").then().statusCode(200)
                .body("status", is("DUPLICATE")).body("decidedBy", is(Demo.LIU_NANMING.toString())).body("decidedAt", notNullValue());

        Api.staff(Demo.ZHOU_NANMING).post("/api/v1/households/" + b + "/approve").then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", is("该档案已被认定与另一份档案重复（同一家庭或同一人在两份档案中），在更正之前不能审批通过。"));
        Api.staff(Demo.ZHOU_NANMING).header("Accept-Language", "en").post("/api/v1/households/" + b + "/approve").then()
                .statusCode(409).body("detail", is("This file was found to duplicate another (the same household or person "
                        + "in two files); it cannot be approved until that is corrected."));

        Api.staff(Demo.LIU_NANMING).body(Map.of("duplicate", false, "note", "同名同龄,不同人"))
                .post("/api/v1/duplicates/" + candidate + "/decision").then().statusCode(200).body("status", is("NOT_DUPLICATE"));
        Api.staff(Demo.ZHOU_NANMING).post("/api/v1/households/" + b + "/approve").then().statusCode(200).body("status", is("APPROVED"));
        // a decision survives the file's next edit (only open candidates are rescanned)
        Api.staff(Demo.LIU_NANMING).body(bodyB).put("/api/v1/households/" + b).then().statusCode(200);
        assertThat(candidates(Demo.LIU_NANMING, b)).extracting(m -> m.get("status")).containsExactly("NOT_DUPLICATE");
    }

    @Test
    void filesInTwoDistrictsAreDecidedByTheUnitAboveBoth() {
        String phone = "136" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        Map<String, Object> nanming = file(Demo.NANMING_COMMUNITY, "南明区", person("甲" + UUID.randomUUID().toString().substring(0, 6), 1991, null));
        nanming.put("phone", phone);
        Map<String, Object> yunyan = file(Demo.YUNYAN_MARKET, "云岩区", person("乙" + UUID.randomUUID().toString().substring(0, 6), 1992, null));
        yunyan.put("phone", phone);
        Api.worker(UUID.randomUUID()).body(nanming).post("/api/v1/households").then().statusCode(201);
        String y = Api.worker(UUID.randomUUID()).body(yunyan).post("/api/v1/households").then().statusCode(201).extract().path("id");
        List<Map<String, Object>> found = candidates(Demo.CHEN_GUIYANG, y);
        assertThat(found).extracting(m -> m.get("reason")).containsExactly("SAME_PHONE");
        String candidate = (String) found.get(0).get("id");
        Api.staff(Demo.LIU_NANMING).body(Map.of("duplicate", false)).post("/api/v1/duplicates/" + candidate + "/decision")
                .then().statusCode(403).contentType("application/problem+json");
        Api.staff(Demo.CHEN_GUIYANG).body(Map.of("duplicate", false)).post("/api/v1/duplicates/" + candidate + "/decision")
                .then().statusCode(200);
    }

    /** Issue 14 (money5): the queue shows names, birth years and ID tails, so every staff read of it is audited. */
    @Test
    void everyStaffReadOfTheQueueIsAudited() throws Exception {
        String phone = "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        Map<String, Object> one = file(Demo.NANMING_COMMUNITY, "南明区", person("丙" + UUID.randomUUID().toString().substring(0, 6), 1990, null));
        one.put("phone", phone);
        Map<String, Object> two = file(Demo.NANMING_COMMUNITY, "南明区", person("丁" + UUID.randomUUID().toString().substring(0, 6), 1993, null));
        two.put("phone", phone);
        String a = Api.worker(UUID.randomUUID()).body(one).post("/api/v1/households").then().statusCode(201).extract().path("id");
        String b = Api.worker(UUID.randomUUID()).body(two).post("/api/v1/households").then().statusCode(201).extract().path("id");
        String audited = "select count(*) from audit_entry where action = 'DUPLICATES_LISTED' and actor_subject = '"
                + Demo.LIU_NANMING + "' and entity_type = 'union_unit' and after_digest is not null";
        long before = org.weiyuan.support.Sql.count(jdbc, audited);
        assertThat(candidates(Demo.LIU_NANMING, b)).extracting(m -> (Object) ((Map<?, ?>) m.get("other")).get("id")).containsExactly(a);
        assertThat(org.weiyuan.support.Sql.count(jdbc, audited)).isEqualTo(before + 1);
        Api.staff(Demo.LIU_NANMING).get("/api/v1/duplicates?status=OPEN").then().statusCode(200);
        assertThat(org.weiyuan.support.Sql.count(jdbc, audited + " and detail like '% duplicate candidates'")).isGreaterThanOrEqualTo(before + 2);
    }

    @Test
    void aReusedDisbursementProofIsFlagged() throws Exception {
        String first = Fixtures.publishedWish(UUID.randomUUID(), Fixtures.cashWish(50_000));
        String second = Fixtures.publishedWish(UUID.randomUUID(), Fixtures.cashWish(60_000));
        try (Connection c = jdbc.getConnection();
             PreparedStatement s = c.prepareStatement("update wish set status = 'FUNDED' where id in (?, ?)")) {
            s.setObject(1, UUID.fromString(first));
            s.setObject(2, UUID.fromString(second));
            assertThat(s.executeUpdate()).isEqualTo(2); // a shortcut past pledging: the proof rule is what is tested
        }
        byte[] receipt = TestImages.pngWithComment("收据 " + UUID.randomUUID());
        String original = Api.staff(Demo.LIU_NANMING).contentType("image/png").body(receipt)
                .post("/api/v1/wishes/" + first + "/proofs").then().statusCode(201)
                .body("photos", hasSize(1)).body("photos[0].reusedPhotoId", nullValue()).extract().path("photos[0].id");
        Api.staff(Demo.LIU_NANMING).contentType("image/png").body(receipt)
                .post("/api/v1/wishes/" + second + "/proofs").then().statusCode(201)
                .body("photos[0].reusedPhotoId", is(original));
        Api.staff(Demo.LIU_NANMING).contentType("image/png").body(TestImages.pngWithComment("另一张收据 " + UUID.randomUUID()))
                .post("/api/v1/wishes/" + second + "/proofs").then().statusCode(201)
                .body("photos[1].reusedPhotoId", nullValue());
    }
}
