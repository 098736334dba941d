package org.weiyuan.web.site;

import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * The public pages' static files (one small stylesheet, and the giving script only the wish page
 * loads), read once from the classpath and served under a name carrying a hash of their content, so
 * a browser may keep them for a year: a changed file is a new name.
 */
@ApplicationScoped
public class SiteStatic {

    /** A file, and the same gzip-compressed once at start (null for images, which do not shrink). */
    public record Asset(byte[] bytes, String contentType, byte[] gzipped) {
        Asset(byte[] bytes, String contentType) {
            this(bytes, contentType, null);
        }
    }

    private final Map<String, Asset> assets;
    private final String cssPath;
    private final String jsPath;

    public SiteStatic(Poster poster) {
        byte[] css = read("site/site.css");
        String cssName = "site." + SiteResource.hash(new String(css, StandardCharsets.UTF_8)) + ".css";
        byte[] js = read("site/give.js");
        String jsName = "give." + SiteResource.hash(new String(js, StandardCharsets.UTF_8)) + ".js";
        // drawn once at start: a stable name, as link previews cache the image by its address
        this.assets = Map.of(cssName, new Asset(css, "text/css; charset=utf-8", gzip(css)),
                jsName, new Asset(js, "text/javascript; charset=utf-8", gzip(js)),
                "og-default.png", new Asset(poster.banner(), "image/png"));
        this.cssPath = "/s/" + cssName;
        this.jsPath = "/s/" + jsName;
    }

    public String cssPath() {
        return cssPath;
    }

    /** 网页捐赠 The giving script (sign-in with PKCE, pledge, sandbox payment, receipts); deferred, so the page paints without it. */
    public String jsPath() {
        return jsPath;
    }

    public Optional<Asset> find(String name) {
        return Optional.ofNullable(assets.get(name));
    }

    /** Compressed once here rather than per request: on slow 3G the stylesheet's bytes delay the first paint. */
    static byte[] gzip(byte[] bytes) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(bytes.length / 2);
        try (java.util.zip.GZIPOutputStream z = new java.util.zip.GZIPOutputStream(out)) {
            z.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] read(String resource) {
        try (InputStream in = SiteStatic.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
