package org.weiyuan.wish;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.weiyuan.support.Api;
import org.weiyuan.support.Demo;
import org.weiyuan.support.Fixtures;
import org.weiyuan.support.TestImages;

import javax.imageio.ImageIO;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

/** Photos lose their metadata on upload and reach donors only once staff cleared them. */
@QuarkusTest
class WishPhotoApiTest {

    @Test
    void photosAreCleanedAndShownToDonorsOnlyOnceCleared() throws Exception {
        UUID worker = UUID.randomUUID();
        Fixtures.approvedHousehold(worker);
        String wish = Api.worker(worker).body(Fixtures.goodsWish()).post("/api/v1/wishes").then().statusCode(201).extract().path("id");

        byte[] upload = TestImages.pngWithComment("GPS 26.5783N 106.7135E 王芳家");
        assertThat(new String(upload, StandardCharsets.ISO_8859_1)).contains("GPS 26.5783N");
        String photo = Api.worker(worker).contentType("image/png").body(upload)
                .post("/api/v1/wishes/" + wish + "/photos")
                .then().statusCode(201).body("photos", hasSize(1)).body("photos[0].cleared", is(false))
                .extract().path("photos[0].id");
        Api.worker(worker).contentType("image/png").body(TestImages.pngWithComment("录取通知书"))
                .post("/api/v1/wishes/" + wish + "/photos?kind=ADMISSION_LETTER").then().statusCode(201);
        String letter = Api.worker(worker).get("/api/v1/wishes/" + wish).then()
                .extract().path("photos.find { it.kind == 'ADMISSION_LETTER' }.id");

        byte[] stored = Api.worker(worker).get("/api/v1/wishes/" + wish + "/photos/" + photo)
                .then().statusCode(200).contentType("image/png").extract().asByteArray();
        assertThat(ImageIO.read(new java.io.ByteArrayInputStream(stored)).getWidth()).isEqualTo(64);
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("GPS 26.5783N");
        Api.staff(Demo.SUN_YUNYAN).get("/api/v1/wishes/" + wish + "/photos/" + photo).then().statusCode(404);

        Api.worker(worker).contentType("image/png").body("not an image at all".getBytes())
                .post("/api/v1/wishes/" + wish + "/photos").then().statusCode(422).body("errors[0].field", is("image"));

        Api.worker(worker).post("/api/v1/wishes/" + wish + "/submit").then().statusCode(200);
        Api.staff(Demo.LIU_NANMING).body(Map.of()).post("/api/v1/wishes/" + wish + "/publish").then().statusCode(200);
        given().get("/api/v1/feed/wishes/" + wish).then().statusCode(200).body("photoIds", hasSize(0));
        given().get("/api/v1/feed/wishes/" + wish + "/photos/" + photo).then().statusCode(404);

        Api.staff(Demo.LIU_NANMING).post("/api/v1/wishes/" + wish + "/photos/" + letter + "/clear").then().statusCode(422);
        Api.staff(Demo.LIU_NANMING).post("/api/v1/wishes/" + wish + "/photos/" + photo + "/clear")
                .then().statusCode(200).body("photos.find { it.id == '" + photo + "' }.cleared", is(true));
        List<String> shown = given().get("/api/v1/feed/wishes/" + wish).then().statusCode(200).extract().path("photoIds");
        assertThat(shown).containsExactly(photo);
        given().get("/api/v1/feed/wishes/" + wish + "/photos/" + photo).then().statusCode(200).contentType("image/png");
        given().get("/api/v1/feed/wishes/" + wish + "/photos/" + letter).then().statusCode(404);
        // published: the household cannot add photos any more
        Api.worker(worker).contentType("image/png").body(TestImages.pngWithComment("late"))
                .post("/api/v1/wishes/" + wish + "/photos").then().statusCode(409);
    }

    /**
     * Issue 11: a small PNG that decodes to 10,000 × 10,000 pixels, posted by a worker with no
     * household to a random wish, was decoded in full before the 422. Access comes first (404),
     * and the size is read from the header: a claim too large is refused even when the pixel data
     * behind it is garbage, which only a header-first check can tell.
     */
    @Test
    void accessIsCheckedFirstAndSizeIsReadFromTheHeader() throws Exception {
        byte[] bomb = TestImages.pngClaiming(10_000, 10_000, true);
        assertThat(bomb.length).isLessThan(400_000);
        Api.worker(UUID.randomUUID()).contentType("image/png").body(bomb)
                .post("/api/v1/wishes/" + UUID.randomUUID() + "/photos").then().statusCode(404)
                .contentType("application/problem+json");

        UUID worker = UUID.randomUUID();
        Fixtures.approvedHousehold(worker);
        String wish = Api.worker(worker).body(Fixtures.goodsWish()).post("/api/v1/wishes").then().statusCode(201).extract().path("id");
        Api.worker(worker).contentType("image/png").body(bomb).post("/api/v1/wishes/" + wish + "/photos")
                .then().statusCode(422).body("errors[0].field", is("image"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("4096"));
        Api.worker(worker).contentType("image/png").body(TestImages.pngClaiming(10_000, 10_000, false))
                .post("/api/v1/wishes/" + wish + "/photos").then().statusCode(422)
                .body("errors[0].message", org.hamcrest.Matchers.containsString("4096"));
        // within the limits: decoded (off the event loop) and stored
        Api.worker(worker).contentType("image/png").body(TestImages.pngClaiming(800, 600, true))
                .post("/api/v1/wishes/" + wish + "/photos").then().statusCode(201).body("photos", hasSize(1));
    }
}
