package org.weiyuan.audit;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.weiyuan.support.Api;
import org.weiyuan.support.Demo;
import org.weiyuan.support.Files;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

/** The audit chain over HTTP and in the database: intact after real work, broken by any edit. */
@QuarkusTest
class AuditChainApiTest {

    @Inject
    AgroalDataSource jdbc;

    @Inject
    AuditSealer sealer;

    @Test
    void stateChangesAndStaffReadsAreAuditedAndTheChainIsIntact() {
        UUID worker = UUID.randomUUID();
        String id = Api.worker(worker).body(Files.household(Demo.NANMING_COMMUNITY, 100_000))
                .post("/api/v1/households").then().statusCode(201).extract().path("id");
        Api.worker(worker).post("/api/v1/households/" + id + "/submit").then().statusCode(200);
        Api.staff(Demo.LIU_NANMING).get("/api/v1/households/" + id).then().statusCode(200);
        Api.staff(Demo.LIU_NANMING).get("/api/v1/households/" + id + "/personal-data").then().statusCode(200);
        sealer.sealPending(true).await().indefinitely();

        Api.admin().get("/api/v1/audit?entityId=" + id).then().statusCode(200)
                .body("items.action", hasItems("HOUSEHOLD_CREATED", "HOUSEHOLD_SUBMITTED", "HOUSEHOLD_READ", "PERSONAL_DATA_READ"))
                .body("items.find { it.action == 'PERSONAL_DATA_READ' }.actorSubject", is(Demo.LIU_NANMING.toString()))
                .body("items.find { it.action == 'HOUSEHOLD_SUBMITTED' }.beforeDigest.length()", is(64));

        Api.admin().get("/api/v1/audit/verify").then().statusCode(200)
                .body("intact", is(true)).body("entriesChecked", greaterThan(10));
    }

    @Test
    void editingOrDeletingARowIsDetected() throws Exception {
        UUID worker = UUID.randomUUID();
        String id = Api.worker(worker).body(Files.household(Demo.NANMING_COMMUNITY, 100_000))
                .post("/api/v1/households").then().statusCode(201).extract().path("id");
        sealer.sealPending(true).await().indefinitely();
        Api.admin().get("/api/v1/audit/verify").then().body("intact", is(true));

        long seq;
        String action;
        try (Connection c = jdbc.getConnection();
             PreparedStatement s = c.prepareStatement("select seq, action from audit_entry where entity_id = ? order by seq limit 1")) {
            s.setObject(1, UUID.fromString(id));
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).isTrue();
                seq = rs.getLong(1);
                action = rs.getString(2);
            }
        }
        String entryId = execute("update audit_entry set action = 'HOUSEHOLD_DELETED' where seq = ? returning id", seq);
        try {
            Api.admin().get("/api/v1/audit/verify").then().statusCode(200)
                    .body("intact", is(false))
                    .body("firstBrokenEntryId", is(entryId))
                    .body("reason", org.hamcrest.Matchers.containsString("edited"));
        } finally {
            execute("update audit_entry set action = '" + action + "' where seq = ? returning id", seq);
        }
        Api.admin().get("/api/v1/audit/verify").then().body("intact", is(true));
    }

    private String execute(String sql, long seq) throws Exception {
        try (Connection c = jdbc.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, seq);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
