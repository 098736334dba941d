package org.weiyuan.web.site;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.weiyuan.funding.SandboxGateway;
import org.weiyuan.support.Api;
import org.weiyuan.support.Demo;
import org.weiyuan.support.Fixtures;
import org.weiyuan.support.Sql;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** 工会公开数据: a union unit's public totals page (/u/{shortId}), as a browser without JavaScript gets it. */
@QuarkusTest
class PublicUnitPageTest {

    @Inject
    SandboxGateway gateway;
    @Inject
    AgroalDataSource jdbc;

    @Test
    void aWishLinksItsDistrictsPageWhoseTotalsMoveWithAGiftAndADisbursement() throws Exception {
        String nanming = "/u/" + ShortId.of(Demo.NANMING);
        String before = page(nanming);
        UUID worker = UUID.randomUUID();
        String wish = Fixtures.publishedWish(worker, Fixtures.cashWish(30_000));

        // the wish belongs to a grassroots union (花果园社区): its page links the district's page, never the grassroots one
        String wishPage = page("/w/" + ShortId.of(UUID.fromString(wish)));
        assertThat(wishPage).contains("<a href=\"" + nanming + "\">南明区总工会</a>").doesNotContain(ShortId.of(Demo.NANMING_COMMUNITY));
        // the verification mark carries the day of the union's home visit
        String visited;
        try (var c = jdbc.getConnection(); var st = c.createStatement(); var rs = st.executeQuery("select max(v.visited_on)::text "
                + "from household_verification v join wish w on w.household_id = v.household_id where w.id = '" + wish + "'")) {
            rs.next();
            visited = rs.getString(1);
        }
        assertThat(visited).isNotNull();
        assertThat(wishPage).contains("<span class=\"verified\" id=\"verified\">✓ 工会已入户核实 " + visited + "</span>");

        String ref = Api.as(UUID.randomUUID(), "donor").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("amountFen", 30_000)).post("/api/v1/wishes/" + wish + "/pledges")
                .then().statusCode(201).extract().path("payment.reference");
        String body = gateway.notificationBody(ref, 30_000);
        given().contentType(ContentType.JSON).header(SandboxGateway.SIGNATURE_HEADER, gateway.sign(body)).body(body)
                .post("/api/v1/payments/sandbox/notify").then().statusCode(200);
        Api.staff(Demo.LIU_NANMING).body(Map.of("amountFen", 25_000, "method", "BANK_TRANSFER", "reference", "转账", "proof", "回单"))
                .post("/api/v1/wishes/" + wish + "/disbursements").then().statusCode(201);

        String after = page(nanming);
        assertThat(count(after, "unit-families")).isEqualTo(count(before, "unit-families") + 1);
        assertThat(fen(after, "unit-raised")).isEqualTo(fen(before, "unit-raised") + 30_000);
        assertThat(fen(after, "unit-donated")).isEqualTo(fen(before, "unit-donated") + 30_000);
        assertThat(fen(after, "unit-disbursed")).isEqualTo(fen(before, "unit-disbursed") + 25_000);
        assertThat(fen(after, "unit-held")).isEqualTo(fen(before, "unit-held") + 5_000);
        assertThat(funded(after)).isEqualTo(funded(before) + 1);
        assertThat(published(after)).isEqualTo(published(before) + 1);

        // the same sums as the staff's own report of the subtree, and the counts as the tables hold them
        Map<String, Object> staff = Api.staff(Demo.LIU_NANMING).get("/api/v1/transparency/units/" + Demo.NANMING)
                .then().statusCode(200).extract().path("totals");
        assertThat(published(after)).isEqualTo(((Number) staff.get("wishes")).longValue());
        assertThat(fen(after, "unit-disbursed")).isEqualTo(((Number) staff.get("disbursedFen")).longValue());
        String subtree = "(select id from union_unit where path like (select path from union_unit where id = '" + Demo.NANMING + "') || '%')";
        assertThat(count(after, "unit-families")).isEqualTo(Sql.count(jdbc, "select count(distinct household_id) from wish where unit_id in "
                + subtree + " and published_at is not null and disbursed_fen > 0"));
        assertThat(count(after, "unit-campaigns")).isEqualTo(Sql.count(jdbc, "select count(*) from campaign where unit_id in " + subtree));
    }

    @Test
    void aCityPageListsItsDistrictsButNoGrassrootsUnionWhichHasNoPage() {
        String city = page("/u/" + ShortId.of(Demo.GUIYANG));
        assertThat(city).contains("<a href=\"/u/" + ShortId.of(Demo.NANMING) + "\">南明区总工会</a>",
                "<a href=\"/u/" + ShortId.of(Demo.YUNYAN) + "\">云岩区总工会</a>",
                "<a href=\"/u/" + ShortId.of(Demo.GUIZHOU) + "\">贵州省总工会</a>", "市总工会");
        assertThat(city).doesNotContain("花果园社区", ShortId.of(Demo.NANMING_COMMUNITY), ShortId.of(Demo.YUNYAN_MARKET));
        given().get("/u/" + ShortId.of(Demo.NANMING_COMMUNITY)).then().statusCode(404).contentType("text/html");
        given().get("/u/" + ShortId.of(Demo.YUNYAN_MARKET)).then().statusCode(404);
        given().get("/u/00000000000").then().statusCode(404);
        given().get("/u/not-a-unit").then().statusCode(404);
        assertThat(given().queryParam("lang", "en").get("/u/" + ShortId.of(Demo.GUIYANG)).then().statusCode(200).extract().asString())
                .contains("<html lang=\"en\">", "Families helped", "City federation", "Unions under it");
    }

    @Test
    void unitPagesCarryLinkPreviewTagsAndNoPersonalDataAndCampaignsLinkTheirUnit() throws Exception {
        Set<String> secrets = PublicPagesApiTest.seededPersonalData();
        for (UUID unit : new UUID[] {Demo.GUIZHOU, Demo.GUIYANG, Demo.NANMING, Demo.YUNYAN, Demo.ZUNYI}) {
            String path = "/u/" + ShortId.of(unit);
            for (String lang : new String[] {"zh", "en"}) {
                String html = given().queryParam("lang", lang).get(path).then().statusCode(200)
                        .header("Cache-Control", SiteResource.PAGE_CACHE).extract().asString();
                assertThat(html).containsPattern("<meta property=\"og:title\" content=\"[^\"]+\">")
                        .containsPattern("<meta property=\"og:description\" content=\"[^\"]+\">")
                        .containsPattern("<meta property=\"og:url\" content=\"http://[^\"]+" + path + "\">")
                        .contains("<meta property=\"og:image\" content=\"http");
                for (String secret : secrets) {
                    assertThat(html).as("%s shows %s", path, secret).doesNotContain(secret);
                }
            }
        }
        String campaign = given().get("/api/v1/campaigns").then().statusCode(200).extract().path("find { it.kind == 'SCHOLARSHIP' }.id");
        String html = page("/c/" + ShortId.of(UUID.fromString(campaign)));
        assertThat(html).containsPattern("<a href=\"/u/[0-9A-Za-z]{11}\">[^<]*总工会</a>");
    }

    private static String page(String path) {
        return given().get(path).then().statusCode(200).contentType("text/html").extract().asString();
    }

    private static long count(String html, String id) {
        return Long.parseLong(cell(html, id).trim());
    }

    private static long funded(String html) {
        return Long.parseLong(cell(html, "unit-funded").split("/")[0].trim());
    }

    private static long published(String html) {
        return Long.parseLong(cell(html, "unit-funded").split("/")[1].trim());
    }

    /** "¥1,234.50" to fen. */
    private static long fen(String html, String id) {
        Matcher m = Pattern.compile("¥([\\d,]+)\\.(\\d{2})").matcher(cell(html, id));
        assertThat(m.find()).as(id).isTrue();
        return Long.parseLong(m.group(1).replace(",", "")) * 100 + Long.parseLong(m.group(2));
    }

    private static String cell(String html, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\">([^<]*)<").matcher(html);
        assertThat(m.find()).as("cell %s", id).isTrue();
        return m.group(1);
    }
}
