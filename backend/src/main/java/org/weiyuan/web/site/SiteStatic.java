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

    /** A file and its media type (the server gzips text types for browsers that take it: quarkus.http.compress-media-types). */
    public record Asset(byte[] bytes, String contentType) { }

    private final Map<String, Asset> assets;
    private final String cssPath;
    private final String jsPath;

    public SiteStatic(Poster poster) {
        byte[] css = read("site/site.css");
        String cssName = "site." + SiteResource.hash(new String(css, StandardCharsets.UTF_8)) + ".css";
        byte[] js = read("site/give.js");
        String jsName = "give." + SiteResource.hash(new String(js, StandardCharsets.UTF_8)) + ".js";
        // drawn once at start: a stable name, as link previews cache the image by its address
        this.assets = Map.of(cssName, new Asset(css, "text/css; charset=utf-8"),
                jsName, new Asset(js, "text/javascript; charset=utf-8"),
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
