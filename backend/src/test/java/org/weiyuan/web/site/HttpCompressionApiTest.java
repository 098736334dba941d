package org.weiyuan.web.site;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text answers travel gzip-compressed when the client takes it (quarkus.http.enable-compression):
 * pages, JSON, and the site's own pre-compressed assets exactly once — read with a client that does
 * not decompress by itself, so a missing or a doubled compression shows.
 */
@QuarkusTest
class HttpCompressionApiTest {

    @TestHTTPResource("/")
    URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
                .header("Accept-Encoding", "gzip").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void pagesJsonAndTheSitesAssetsAreGzippedOnce() throws Exception {
        HttpResponse<byte[]> wall = get("/");
        assertThat(wall.statusCode()).isEqualTo(200);
        assertThat(wall.headers().firstValue("Content-Encoding")).hasValue("gzip");
        String html = gunzip(wall.body());
        assertThat(html).containsIgnoringCase("<html");

        HttpResponse<byte[]> feed = get("/api/v1/feed/wishes?limit=5");
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gunzip(feed.body())).startsWith("{");

        Matcher css = Pattern.compile("href=\"(/s/site\\.[0-9a-f]{24}\\.css)\"").matcher(html);
        assertThat(css.find()).isTrue();
        HttpResponse<byte[]> style = get(css.group(1));
        assertThat(style.headers().firstValue("Content-Encoding")).hasValue("gzip");
        String text = gunzip(style.body()); // once: a doubled compression would leave gzip's magic bytes here
        assertThat(text.charAt(0)).isNotEqualTo((char) 0x1f);
        assertThat(text).contains("{");
    }

    @Test
    void imagesAreSentAsThey() throws Exception {
        HttpResponse<byte[]> png = get("/s/og-default.png");
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.headers().firstValue("Content-Encoding").orElse("identity")).isEqualTo("identity");
        assertThat(png.body()[1]).isEqualTo((byte) 'P'); // \x89PNG
    }
}
