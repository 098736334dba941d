package org.weiyuan.web.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The server-rendered public pages as a browser without JavaScript (or a link-preview bot) receives them. */
@QuarkusTest
class PublicPagesApiTest {

    static final String SEEDED_TITLE = "女儿考上大学，想凑齐第一年学费";

    private static String seededWishShortId() {
        List<Map<String, Object>> items = given().queryParam("limit", 100).get("/api/v1/feed/wishes").then().statusCode(200)
                .extract().path("items");
        String id = (String) items.stream().filter(i -> SEEDED_TITLE.equals(i.get("title"))).findFirst().orElseThrow().get("id");
        return ShortId.of(UUID.fromString(id));
    }

    @Test
    void theWallListsTheFeedsWishesWithFiltersThatWorkWithoutJavaScript() {
        String html = given().header("Accept-Language", "zh-CN,zh;q=0.9").get("/").then().statusCode(200)
                .contentType("text/html").header("Cache-Control", "public, max-age=60").extract().asString();
        assertThat(html).contains("<html lang=\"zh-CN\">", "爱心墙", "<form class=\"filters\" method=\"get\" action=\"/\"",
                "name=\"kind\"", "name=\"district\"", "name=\"sort\"", "role=\"progressbar\"", "href=\"/w/");
        assertThat(html).doesNotContain("<script");

        // a district filter keeps only that district's cards
        String district = "南明区";
        String filtered = given().queryParam("district", district).get("/").then().statusCode(200).extract().asString();
        List<String> districts = between(filtered, "<div class=\"meta\"><span class=\"tag\">[^<]+</span><span>", "</span>");
        assertThat(districts).isNotEmpty().allMatch(district::equals);
    }

    @Test
    void theWallPagesByTheFeedsCursor() {
        Set<String> seen = new LinkedHashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            var req = given().queryParam("sort", "NEWEST");
            if (cursor != null) {
                req.queryParam("cursor", cursor);
            }
            String html = req.get("/").then().statusCode(200).extract().asString();
            List<String> links = between(html, "<a class=\"body\" href=\"/w/", "\"");
            assertThat(links).isNotEmpty().noneMatch(seen::contains);
            seen.addAll(links);
            List<String> next = between(html, "cursor=", "\"");
            cursor = next.isEmpty() ? null : next.get(0);
            pages++;
        } while (cursor != null && pages < 50);
        int total = given().queryParam("limit", 100).get("/api/v1/feed/wishes").then().extract().path("items.size()");
        assertThat(seen).hasSize(total);
    }

    @Test
    void englishByQueryIsRememberedInACookieAndAcceptLanguageChoosesToo() {
        Response r = given().queryParam("lang", "en").get("/");
        r.then().statusCode(200).cookie(SiteResource.LANG_COOKIE, "en");
        assertThat(r.asString()).contains("<html lang=\"en\">", "Wish wall", "href=\"/?lang=zh\"");
        assertThat(given().cookie(SiteResource.LANG_COOKIE, "en").get("/").asString()).contains("<html lang=\"en\">");
        assertThat(given().header("Accept-Language", "en-GB,en;q=0.8").get("/").asString()).contains("<html lang=\"en\">");
        assertThat(given().get("/").asString()).contains("<html lang=\"zh-CN\">");
    }

    @Test
    void aWishPageCarriesItsLinkPreviewTagsAndMoneyTrailInTheRawHtml() {
        String shortId = seededWishShortId();
        String html = given().get("/w/" + shortId).then().statusCode(200).extract().asString();
        assertThat(html).contains("<meta property=\"og:title\" content=\"" + SEEDED_TITLE + "\">",
                "<meta property=\"og:description\" content=\"", "<meta property=\"og:image\" content=\"http",
                "<meta name=\"twitter:card\" content=\"summary_large_image\">");
        assertThat(html).containsPattern("<meta property=\"og:url\" content=\"http://[^\"]+/w/" + shortId + "\">");
        assertThat(html).containsPattern("<link rel=\"canonical\" href=\"http://[^\"]+/w/" + shortId + "\">");
        assertThat(html).contains("工会已入户核实", "善款去向", "爱心捐款", "配捐", "托管中", "已拨付", "已退回", "分享海报");
        assertThat(given().queryParam("lang", "en").get("/w/" + shortId).asString())
                .contains("Where the money went", "Home visit verified by the union");
    }

    @Test
    void aWishPageCarriesTheGivingFormAndItsDeferredScript() throws Exception {
        String html = given().get("/w/" + seededWishShortId()).then().statusCode(200).extract().asString();
        // the form works as a GET before the script arrives; the script signs in with the public PKCE client
        assertThat(html).contains("<form id=\"give-form\" method=\"get\"", "name=\"other\"", "value=\"REFUND\" checked",
                "value=\"MOVE_TO_GENERAL_FUND\"", "data-client=\"weiyuan-web\"",
                "data-issuer=\"https://test.weiyuan.invalid/realms/weiyuan\"", "登录并捐赠");
        assertThat(html).containsPattern("<input type=\"radio\" name=\"fen\" value=\"1000\" checked>");
        String js = between(html, "<script src=\"", "\"").get(0);
        assertThat(js).matches("/s/give\\.[0-9a-f]{24}\\.js");
        assertThat(html).contains("<script src=\"" + js + "\" defer></script>");
        given().get(js).then().statusCode(200).contentType("text/javascript")
                .header("Cache-Control", "public, max-age=31536000, immutable");
        // compressed for a browser that takes gzip, plain for one that does not (RestAssured sends
        // no Accept-Encoding of its own and inflates nothing with its decoders off)
        var raw = RestAssured.config().decoderConfig(io.restassured.config.DecoderConfig.decoderConfig().noContentDecoders());
        byte[] plain = given().config(raw).get(js).then().header("Content-Encoding", org.hamcrest.Matchers.nullValue())
                .extract().asByteArray();
        byte[] gzipped = given().config(raw).header("Accept-Encoding", "gzip, deflate, br").get(js).then()
                .header("Content-Encoding", "gzip").header("Vary", "Accept-Encoding").extract().asByteArray();
        assertThat(gzipped.length).isLessThan(plain.length / 2);
        assertThat(new java.util.zip.GZIPInputStream(new ByteArrayInputStream(gzipped)).readAllBytes()).isEqualTo(plain);
        // the wall paints without any script
        assertThat(given().get("/").asString()).doesNotContain("<script");
    }

    @Test
    void anUnknownOrMalformedShortIdIsAnHtml404() {
        given().get("/w/00000000000").then().statusCode(404).contentType("text/html");
        given().get("/w/not-a-short-id").then().statusCode(404).contentType("text/html");
        given().get("/c/00000000000").then().statusCode(404).contentType("text/html");
        given().get("/w/00000000000/poster.png").then().statusCode(404);
    }

    @Test
    void aPageAnswers304ToItsETagAndTheStylesheetIsImmutable() {
        Response first = given().get("/");
        String etag = first.header("ETag");
        assertThat(etag).isNotBlank();
        given().header("If-None-Match", etag).get("/").then().statusCode(304);
        given().header("If-None-Match", "\"other\"").get("/").then().statusCode(200);
        String css = between(first.asString(), "<link rel=\"stylesheet\" href=\"", "\"").get(0);
        assertThat(css).matches("/s/site\\.[0-9a-f]{24}\\.css");
        given().get(css).then().statusCode(200).contentType("text/css")
                .header("Cache-Control", "public, max-age=31536000, immutable");
        given().get("/s/og-default.png").then().statusCode(200).contentType("image/png");
    }

    @Test
    void thePosterIsAPngWhoseQrCodeIsTheShortLink() throws Exception {
        String shortId = seededWishShortId();
        byte[] png = given().get("/w/" + shortId + "/poster.png").then().statusCode(200).contentType("image/png")
                .extract().asByteArray();
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(img.getWidth()).isEqualTo(Poster.WIDTH);
        // read where the poster draws its code (a 420 px square above the hint), trying hard: a whole
        // poster's title and bar sometimes kept the detector from finding the finder patterns
        BufferedImage code = img.getSubimage((Poster.WIDTH - 420) / 2 - 30, Poster.HEIGHT - 420 - 130 - 30, 480, 480);
        String decoded = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(code))),
                java.util.Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        assertThat(decoded).matches("http://[^/]+/w/" + shortId);
    }

    @Test
    void aCampaignPageOffersAPosterWhoseQrCodeIsTheCampaignsShortLink() throws Exception {
        String campaign = given().get("/api/v1/campaigns").then().statusCode(200).extract().path("[0].id");
        String shortId = ShortId.of(UUID.fromString(campaign));
        assertThat(given().get("/c/" + shortId).then().statusCode(200).extract().asString())
                .contains("href=\"/c/" + shortId + "/poster.png?lang=");
        byte[] png = given().get("/c/" + shortId + "/poster.png").then().statusCode(200).contentType("image/png")
                .extract().asByteArray();
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(img.getWidth()).isEqualTo(Poster.WIDTH);
        BufferedImage code = img.getSubimage((Poster.WIDTH - 420) / 2 - 30, Poster.HEIGHT - 420 - 130 - 30, 480, 480);
        String decoded = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(code))),
                java.util.Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        assertThat(decoded).matches("http://[^/]+/c/" + shortId);
        given().get("/c/00000000000/poster.png").then().statusCode(404);
    }

    @Test
    void noPublicPageShowsPersonalDataOfTheSeededHouseholds() throws Exception {
        Set<String> secrets = seededPersonalData();
        assertThat(secrets).contains("王芳", "52010219780312101X", "13990552815", "花果园某栋某单元");

        List<String> urls = new ArrayList<>();
        urls.add("/");
        List<Map<String, Object>> items = given().queryParam("limit", 100).get("/api/v1/feed/wishes").then().extract().path("items");
        for (Map<String, Object> i : items) {
            urls.add("/w/" + ShortId.of(UUID.fromString((String) i.get("id"))));
            urls.add("/api/v1/feed/wishes/" + i.get("id") + "/report");
        }
        List<String> campaigns = given().get("/api/v1/campaigns").then().statusCode(200).extract().path("id");
        campaigns.forEach(c -> urls.add("/c/" + ShortId.of(UUID.fromString(c))));
        List<String> districts = given().get("/api/v1/feed/districts").then().extract().path("district");
        districts.forEach(d -> urls.add("/?district=" + d));
        urls.add("/api/v1/feed/wishes?limit=100");
        urls.add("/api/v1/feed/districts");

        int pages = 0;
        for (String url : urls) {
            for (String lang : List.of("zh", "en")) {
                Response r = RestAssured.given().urlEncodingEnabled(true).queryParam("lang", lang).get(url);
                assertThat(r.statusCode()).as(url).isEqualTo(200);
                String body = r.asString();
                for (String secret : secrets) {
                    assertThat(body).as("%s shows %s", url, secret).doesNotContain(secret);
                }
                pages++;
            }
        }
        assertThat(pages).isGreaterThan(10);
    }

    @Test
    void theChinesePagesPutFullWidthPunctuationBetweenTheirWords() {
        // seeded texts only: other tests' wishes and campaigns may carry any punctuation their authors typed
        String wish = given().queryParam("lang", "zh").get("/w/" + seededWishShortId()).then().statusCode(200).extract().asString();
        String wall = given().queryParam("lang", "zh").get("/").then().statusCode(200).extract().asString();
        String unit = given().queryParam("lang", "zh").get("/u/" + ShortId.of(org.weiyuan.support.Demo.NANMING)).then()
                .statusCode(200).extract().asString();
        List<String> texts = new ArrayList<>(visibleTexts(wish));
        texts.addAll(visibleTexts(wall.substring(wall.indexOf("<form class=\"filters\""), wall.indexOf("</form>"))));
        texts.addAll(visibleTexts(unit.substring(0, unit.indexOf("<table id=\"unit-totals\""))));
        assertThat(String.join("", texts)).contains("上级工会：贵阳市总工会", "南明区（");
        assertThat(texts).filteredOn(org.weiyuan.support.ChinesePunctuation::asciiBesideChinese).isEmpty();
    }

    /** What a reader or a link preview shows: the text between tags, and the meta descriptions. */
    private static List<String> visibleTexts(String html) {
        List<String> out = new ArrayList<>(between(html, "content=\"", "\""));
        out.addAll(List.of(html.replaceAll("(?s)<script.*?</script>", "").replaceAll("<[^>]*>", "").split("\n")));
        return out;
    }

    /** Names, ID numbers, phones and street addresses of every seeded household and its members. */
    static Set<String> seededPersonalData() throws Exception {
        JsonNode households = new ObjectMapper().readTree(new File("../seeds/households.json"));
        Set<String> out = new LinkedHashSet<>();
        for (JsonNode h : households) {
            JsonNode f = h.path("file");
            for (String field : List.of("headName", "idNumber", "phone", "addressDetail")) {
                if (f.hasNonNull(field)) {
                    out.add(f.get(field).asText());
                }
            }
            for (JsonNode m : f.path("members")) {
                for (String field : List.of("name", "idNumber", "phone")) {
                    if (m.hasNonNull(field)) {
                        out.add(m.get(field).asText());
                    }
                }
            }
        }
        out.removeIf(String::isBlank);
        return out;
    }

    private static List<String> between(String html, String startRegex, String end) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile(startRegex.startsWith("<div") ? startRegex : Pattern.quote(startRegex) + "") .matcher(html);
        while (m.find()) {
            int to = html.indexOf(end, m.end());
            out.add(html.substring(m.end(), to));
        }
        return out;
    }
}
