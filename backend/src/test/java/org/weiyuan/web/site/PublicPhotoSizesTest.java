package org.weiyuan.web.site;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.weiyuan.support.Api;
import org.weiyuan.support.Demo;
import org.weiyuan.support.Fixtures;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** 手机尺寸照片: a cleared photo reaches the public pages in phone sizes, each cached, and only while it may be shown. */
@QuarkusTest
class PublicPhotoSizesTest {

    @Test
    void aClearedPhotoIsOfferedAt360And720PxSmallerThanTheUploadAndCachedForADay() throws Exception {
        UUID worker = UUID.randomUUID();
        Fixtures.approvedHousehold(worker);
        String wish = Api.worker(worker).body(Fixtures.goodsWish()).post("/api/v1/wishes").then().statusCode(201).extract().path("id");
        byte[] upload = PhotoSizesTest.photo(1600, 1200, "jpg", false);
        String photo = Api.worker(worker).contentType("image/jpeg").body(upload).post("/api/v1/wishes/" + wish + "/photos")
                .then().statusCode(201).extract().path("photos[0].id");
        Api.worker(worker).post("/api/v1/wishes/" + wish + "/submit").then().statusCode(200);
        Api.staff(Demo.LIU_NANMING).body(Map.of()).post("/api/v1/wishes/" + wish + "/publish").then().statusCode(200);
        String base = "/p/" + wish + "/" + photo;
        // not cleared yet: no size answers
        given().get(base + "/360.jpg").then().statusCode(404);

        Api.staff(Demo.LIU_NANMING).post("/api/v1/wishes/" + wish + "/photos/" + photo + "/clear").then().statusCode(200);
        String html = given().get("/w/" + ShortId.of(UUID.fromString(wish))).then().statusCode(200).extract().asString();
        assertThat(html).contains("srcset=\"" + base + "/360.jpg 360w, " + base + "/720.jpg 720w\"", "sizes=\"(max-width: 40rem)")
                .containsPattern("<meta property=\"og:image\" content=\"http://[^\"]+" + base + "/720.jpg\">");
        // the wall's newest goods wish is this one (the plain wall's first page depends on what other tests published)
        assertThat(given().queryParam("kind", "GOODS").queryParam("sort", "NEWEST").get("/").asString())
                .contains("src=\"" + base + "/720.jpg\"");

        for (int width : new int[] {360, 720}) {
            Response r = given().get(base + "/" + width + ".jpg");
            r.then().statusCode(200).contentType("image/jpeg").header("Cache-Control", "public, max-age=86400, immutable");
            byte[] variant = r.asByteArray();
            assertThat(ImageIO.read(new ByteArrayInputStream(variant)).getWidth()).isEqualTo(width);
            assertThat(variant.length).as("%d px", width).isLessThan(upload.length / 3);
            String etag = r.header("ETag");
            assertThat(etag).isNotBlank();
            given().header("If-None-Match", etag).get(base + "/" + width + ".jpg").then().statusCode(304);
            // the second answer is the variant kept, byte for byte
            assertThat(given().get(base + "/" + width + ".jpg").asByteArray()).isEqualTo(variant);
        }
        given().get(base + "/500.jpg").then().statusCode(404);
        given().get(base + "/big.jpg").then().statusCode(404);
        given().get("/p/" + wish + "/" + UUID.randomUUID() + "/360.jpg").then().statusCode(404);
        given().get("/p/not-a-uuid/" + photo + "/360.jpg").then().statusCode(404);

        // withdrawn: the sizes already made stop answering at once
        Api.worker(worker).post("/api/v1/wishes/" + wish + "/withdraw").then().statusCode(200);
        given().get(base + "/360.jpg").then().statusCode(404).header("Cache-Control", "no-store");
    }
}
