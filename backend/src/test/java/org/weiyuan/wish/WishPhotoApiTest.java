package org.weiyuan.wish;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.weiyuan.support.Api;
import org.weiyuan.support.Demo;
import org.weiyuan.support.Fixtures;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.CRC32;

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

        byte[] upload = pngWithComment("GPS 26.5783N 106.7135E 王芳家");
        assertThat(new String(upload, StandardCharsets.ISO_8859_1)).contains("GPS 26.5783N");
        String photo = Api.worker(worker).contentType("image/png").body(upload)
                .post("/api/v1/wishes/" + wish + "/photos")
                .then().statusCode(201).body("photos", hasSize(1)).body("photos[0].cleared", is(false))
                .extract().path("photos[0].id");
        Api.worker(worker).contentType("image/png").body(pngWithComment("录取通知书"))
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
        Api.worker(worker).contentType("image/png").body(pngWithComment("late"))
                .post("/api/v1/wishes/" + wish + "/photos").then().statusCode(409);
    }

    /** A 64×48 PNG with a tEXt chunk, as cameras and editors leave them. */
    static byte[] pngWithComment(String comment) throws Exception {
        BufferedImage img = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        var g = img.getGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(8, 8, 40, 30);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        byte[] png = out.toByteArray();
        byte[] data = ("Comment\0" + comment).getBytes(StandardCharsets.ISO_8859_1.newEncoder().canEncode(comment)
                ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
        ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
        chunk.putInt(data.length).put("tEXt".getBytes(StandardCharsets.US_ASCII)).put(data);
        CRC32 crc = new CRC32();
        crc.update("tEXt".getBytes(StandardCharsets.US_ASCII));
        crc.update(data);
        chunk.putInt((int) crc.getValue());
        int afterHeader = 8 + 25; // signature + IHDR chunk
        ByteArrayOutputStream withText = new ByteArrayOutputStream();
        withText.write(png, 0, afterHeader);
        withText.write(chunk.array());
        withText.write(png, afterHeader, png.length - afterHeader);
        return withText.toByteArray();
    }
}
