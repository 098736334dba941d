package org.weiyuan.evidence;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.weiyuan.security.PiiCipher;
import org.weiyuan.support.Api;
import org.weiyuan.support.Demo;
import org.weiyuan.support.Files;
import org.weiyuan.support.TestImages;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

/** Evidence documents: checked by content, stored encrypted, shown in scope only, every read audited. */
@QuarkusTest
class EvidenceApiTest {

    static final String SECRET_LINE = "Income certificate: 1200 yuan a month, Guiyang Nanming";

    @Inject
    AgroalDataSource jdbc;
    @Inject
    PiiCipher cipher;

    static byte[] pdf(String body) {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% " + body + "\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String newFile(UUID worker) {
        return Api.worker(worker).body(Files.household(Demo.NANMING_COMMUNITY, 100_000))
                .post("/api/v1/households").then().statusCode(201).extract().path("id");
    }

    @Test
    void aPdfIsStoredEncryptedListedInScopeAndEveryReadIsAudited() throws Exception {
        UUID worker = UUID.randomUUID();
        String file = newFile(worker);
        byte[] pdf = pdf(SECRET_LINE);
        String doc = Api.worker(worker).contentType("application/pdf").body(pdf)
                .post("/api/v1/households/" + file + "/documents?kind=INCOME_PROOF").then().statusCode(201)
                .body("kind", is("INCOME_PROOF")).body("contentType", is("application/pdf")).body("sizeBytes", is(pdf.length))
                .extract().path("id");

        try (Connection c = jdbc.getConnection();
             PreparedStatement s = c.prepareStatement("select bytes_enc from household_document where id = ?")) {
            s.setObject(1, UUID.fromString(doc));
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).isTrue();
                byte[] stored = rs.getBytes(1);
                assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("Income certificate").doesNotContain("%PDF");
                assertThat(cipher.decryptBytes(stored)).isEqualTo(pdf);
            }
        }

        Api.staff(Demo.LIU_NANMING).get("/api/v1/households/" + file + "/documents").then().statusCode(200)
                .body("", hasSize(1)).body("[0].id", is(doc)).body("[0].uploadedBy", is(worker.toString()));
        Api.staff(Demo.CHEN_GUIYANG).get("/api/v1/households/" + file + "/documents").then().statusCode(200).body("", hasSize(1));
        Api.staff(Demo.SUN_YUNYAN).get("/api/v1/households/" + file + "/documents").then().statusCode(404);
        Api.staff(Demo.SUN_YUNYAN).get("/api/v1/households/" + file + "/documents/" + doc).then().statusCode(404);
        Api.worker(UUID.randomUUID()).get("/api/v1/households/" + file + "/documents/" + doc).then().statusCode(404);

        long before = audited("HOUSEHOLD_DOCUMENT_READ", Demo.LIU_NANMING, file);
        byte[] downloaded = Api.staff(Demo.LIU_NANMING).accept("application/pdf")
                .get("/api/v1/households/" + file + "/documents/" + doc).then().statusCode(200)
                .header("Content-Type", "application/pdf").header("Cache-Control", "no-store")
                .extract().asByteArray();
        assertThat(downloaded).isEqualTo(pdf);
        assertThat(audited("HOUSEHOLD_DOCUMENT_READ", Demo.LIU_NANMING, file)).isEqualTo(before + 1);
        // a document of another file is not reachable through this one
        String other = newFile(UUID.randomUUID());
        Api.staff(Demo.LIU_NANMING).get("/api/v1/households/" + other + "/documents/" + doc).then().statusCode(404);
    }

    @Test
    void aHomeVisitPhotoIsFiledAsOneAndTheDatabaseTakesNoKindItDoesNotKnow() throws Exception {
        String file = newFile(UUID.randomUUID());
        byte[] photo = TestImages.pngWithComment("home visit");
        String doc = Api.staff(Demo.LIU_NANMING).contentType("image/png").body(photo)
                .post("/api/v1/households/" + file + "/documents?kind=VISIT_PHOTO").then().statusCode(201)
                .body("kind", is("VISIT_PHOTO")).extract().path("id");
        Api.staff(Demo.LIU_NANMING).get("/api/v1/households/" + file + "/documents").then().statusCode(200)
                .body("[0].id", is(doc)).body("[0].kind", is("VISIT_PHOTO"));
        try (Connection c = jdbc.getConnection();
             PreparedStatement s = c.prepareStatement("update household_document set kind = 'NOT_A_KIND' where id = ?")) {
            s.setObject(1, UUID.fromString(doc));
            org.assertj.core.api.Assertions.assertThatThrownBy(s::executeUpdate).hasMessageContaining("household_document_kind_known");
        }
    }

    @Test
    void wrongTypeOversizeAndActivePdfsAreRefusedWithTheReason() {
        UUID worker = UUID.randomUUID();
        String file = newFile(worker);
        String url = "/api/v1/households/" + file + "/documents?kind=DIAGNOSIS";
        // says PDF, is HTML: judged by the content
        Api.worker(worker).contentType("application/pdf").header("Accept-Language", "en")
                .body("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8))
                .post(url).then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", is("document"))
                .body("errors[0].message", is("Only JPEG or PNG images and PDF files are accepted (judged by the content)."));
        byte[] big = new byte[1_000_001];
        System.arraycopy(pdf("x"), 0, big, 0, 20);
        Api.worker(worker).contentType("application/pdf").body(big).post(url).then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", is("document"))
                .body("errors[0].message", is("文件过大，最多 976 KB。"));
        Api.worker(worker).contentType("application/pdf").body(pdf("/OpenAction << /S /JavaScript /JS (app.alert(1)) >>"))
                .post(url).then().statusCode(422).body("errors[0].field", is("document"));
        Api.worker(worker).contentType("application/pdf").body(pdf("ok"))
                .post("/api/v1/households/" + file + "/documents").then().statusCode(400).contentType("application/problem+json");
        Api.worker(worker).get("/api/v1/households/" + file + "/documents").then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void staffAskForADocumentAndTheWorkerAnswersWithAnUpload() throws Exception {
        UUID worker = UUID.randomUUID();
        String file = newFile(worker);
        Api.worker(worker).post("/api/v1/households/" + file + "/submit").then().statusCode(200);
        String question = Api.staff(Demo.LIU_NANMING).body(Map.of("question", "请上传医院诊断证明", "documentKind", "DIAGNOSIS"))
                .post("/api/v1/households/" + file + "/questions").then().statusCode(201)
                .body("status", is("NEEDS_INFO")).body("questions[0].documentKind", is("DIAGNOSIS"))
                .extract().path("questions[0].id");

        // a text answer does not do for a document request
        Api.worker(worker).body(Map.of("answer", "明天去医院开"))
                .post("/api/v1/households/" + file + "/questions/" + question + "/answer").then().statusCode(422)
                .body("errors[0].field", is("answer"));

        byte[] scan = TestImages.pngWithComment("GPS 26.57N 106.71E");
        String doc = Api.worker(worker).contentType("image/png").body(scan)
                .post("/api/v1/households/" + file + "/questions/" + question + "/document").then().statusCode(201)
                .body("kind", is("DIAGNOSIS")).body("questionId", is(question)).body("contentType", is("image/png"))
                .extract().path("id");

        Api.staff(Demo.LIU_NANMING).get("/api/v1/households/" + file).then().statusCode(200)
                .body("status", is("SUBMITTED"))
                .body("questions[0].answerDocumentId", is(doc)).body("questions[0].answeredAt", notNullValue());
        byte[] stored = Api.staff(Demo.LIU_NANMING).accept("image/png")
                .get("/api/v1/households/" + file + "/documents/" + doc).then().statusCode(200).extract().asByteArray();
        assertThat(stored).startsWith((byte) 0x89, (byte) 'P');
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).as("re-encoded: metadata gone").doesNotContain("GPS");
        // answered once: a second upload to the same request is a conflict
        Api.worker(worker).contentType("image/png").body(scan)
                .post("/api/v1/households/" + file + "/questions/" + question + "/document").then().statusCode(409);
    }

    private long audited(String action, UUID actor, String household) throws Exception {
        try (Connection c = jdbc.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "select count(*) from audit_entry where action = ? and actor_subject = ? and entity_id = ?")) {
            s.setString(1, action);
            s.setObject(2, actor);
            s.setObject(3, UUID.fromString(household));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
