package org.weiyuan.household;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.weiyuan.security.PiiCipher;
import org.weiyuan.support.Api;
import org.weiyuan.support.Demo;
import org.weiyuan.support.Files;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

/** Personal data is ciphertext in the database, masked for staff, whole for the household itself. */
@QuarkusTest
class PersonalDataApiTest {

    @Inject
    AgroalDataSource jdbc;
    @Inject
    PiiCipher cipher;

    @Test
    void idPhoneAddressAndHealthAreNotStoredInPlaintext() throws Exception {
        UUID worker = UUID.randomUUID();
        Map<String, Object> body = Files.household(Demo.NANMING_COMMUNITY, 100_000);
        String idNumber = (String) body.get("idNumber");
        String id = Api.worker(worker).body(body).post("/api/v1/households").then().statusCode(201).extract().path("id");

        try (Connection c = jdbc.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "select h.id_number_enc, h.id_number_index, h.phone_enc, h.address_enc, m.health_detail_enc, "
                             + "row_to_json(h)::text, row_to_json(m)::text "
                             + "from household h join household_member m on m.household_id = h.id and m.position = 0 where h.id = ?")) {
            s.setObject(1, UUID.fromString(id));
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).isTrue();
                String storedId = rs.getString(1);
                assertThat(storedId).startsWith("v1:").doesNotContain(idNumber).doesNotContain(idNumber.substring(6, 14));
                assertThat(rs.getString(2)).hasSize(64).doesNotContain(idNumber);
                assertThat(rs.getString(3)).startsWith("v1:").doesNotContain("13812345678");
                assertThat(rs.getString(4)).startsWith("v1:").doesNotContain("花果园");
                assertThat(rs.getString(5)).startsWith("v1:").doesNotContain("糖尿病");
                // nowhere in the rows, whatever the column
                assertThat(rs.getString(6)).doesNotContain(idNumber).doesNotContain("13812345678").doesNotContain("花果园");
                assertThat(rs.getString(7)).doesNotContain("糖尿病");
                // and it is the real value, encrypted: the key decrypts it back
                assertThat(cipher.decrypt(storedId)).isEqualTo(idNumber);
            }
        }
    }

    @Test
    void staffSeeMaskedValuesUnlessTheyAskForPersonalDataAndTheHouseholdSeesItsOwn() {
        UUID worker = UUID.randomUUID();
        Map<String, Object> body = Files.household(Demo.NANMING_COMMUNITY, 100_000);
        String idNumber = (String) body.get("idNumber");
        String id = Api.worker(worker).body(body).post("/api/v1/households").then().statusCode(201).extract().path("id");

        Api.worker(worker).get("/api/v1/households/" + id).then().statusCode(200)
                .body("masked", is(false)).body("idNumber", is(idNumber)).body("phone", is("13812345678"))
                .body("members[0].healthDetail", is("糖尿病,需长期用药"));

        String masked = idNumber.substring(0, 6) + "********" + idNumber.substring(14);
        Api.staff(Demo.LIU_NANMING).get("/api/v1/households/" + id).then().statusCode(200)
                .body("masked", is(true)).body("idNumber", is(masked)).body("phone", is("138****5678"))
                .body("addressDetail", is("******")).body("members[0].healthDetail", is("******"))
                .body("district", is("南明区"));

        Api.staff(Demo.LIU_NANMING).get("/api/v1/households?limit=200").then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.headName", is("测**主"))
                .body("items.find { it.id == '" + id + "' }", not(org.hamcrest.Matchers.hasKey("idNumber")));

        Api.staff(Demo.LIU_NANMING).get("/api/v1/households/" + id + "/personal-data").then().statusCode(200)
                .body("idNumber", is(idNumber)).body("phone", is("13812345678"))
                .body("members[0].healthDetail", is("糖尿病,需长期用药"));
        Api.staff(Demo.SUN_YUNYAN).get("/api/v1/households/" + id + "/personal-data").then().statusCode(404);
    }
}
