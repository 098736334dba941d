package org.weiyuan.web.site;

import org.jboss.resteasy.reactive.server.Cancellable;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.weiyuan.common.DomainException;
import org.weiyuan.wish.FeedService;
import org.weiyuan.wish.WishKind;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.List;
import java.util.Optional;

/**
 * 公开页面 The public donor pages, server-rendered (docs/decisions.md): the wish wall at /, a wish at
 * /w/{shortId}, a campaign at /c/{shortId}, a union unit's totals at /u/{shortId}, a wish's sharing poster. HTTP only: the data comes from
 * {@link SitePages}, the words from {@link SiteText}. Not part of the JSON API (kept out of the
 * OpenAPI document); every page answers HTML that works without JavaScript.
 */
@Cancellable(false)
@Path("/")
@PermitAll
public class SiteResource {

    static final String LANG_COOKIE = "weiyuan_lang";
    /** Pages change as gifts arrive: a minute in any cache, then revalidated by ETag. */
    static final String PAGE_CACHE = "public, max-age=60";
    /** A phone-sized photo: its bytes never change, but a withdrawn wish's photos should leave shared caches within a day. */
    static final String PHOTO_CACHE = "public, max-age=86400, immutable";

    private final SitePages pages;
    /** The public pages' data, from memory for a few seconds and dropped on any change to a card (FeedCache). */
    private final org.weiyuan.wish.FeedCache cache;
    private final Poster poster;
    private final SiteStatic statics;
    private final Optional<String> publicUrl;
    private final String issuer;
    private final String webClientId;
    private final Template wall;
    private final Template wish;
    private final Template campaign;
    private final Template missing;
    private final Template unit;

    public SiteResource(SitePages pages, org.weiyuan.wish.FeedCache cache, Poster poster, SiteStatic statics,
                        org.weiyuan.web.WebSettings settings,
                        @Location("site/wall.html") Template wall, @Location("site/wish.html") Template wish,
                        @Location("site/campaign.html") Template campaign, @Location("site/missing.html") Template missing,
                        @Location("site/unit.html") Template unit) {
        this.pages = pages;
        this.cache = cache;
        this.poster = poster;
        this.statics = statics;
        this.publicUrl = settings.site().publicUrl();
        this.issuer = settings.web().oidcIssuer();
        this.webClientId = settings.web().siteClientId();
        this.wall = wall;
        this.wish = wish;
        this.campaign = campaign;
        this.missing = missing;
        this.unit = unit;
    }

    @GET
    public Uni<Response> wall(@RestQuery("kind") String kind, @RestQuery("district") String district,
                              @RestQuery("sort") String sort, @RestQuery("cursor") String cursor,
                              @RestQuery("lang") String lang, HttpHeaders headers, UriInfo uri) {
        String language = language(lang, headers);
        WishKind k = parse(WishKind.class, kind);
        FeedService.Sort order = Optional.ofNullable(parse(FeedService.Sort.class, sort)).orElse(FeedService.Sort.URGENCY);
        String d = district == null || district.isBlank() ? null : district.trim();
        FeedService.Filter filter = new FeedService.Filter(k, d, null, null, null, false);
        return cache.cached("wall", List.of(filter, order, String.valueOf(cursor)), () -> pages.wall(filter, order, cursor, 12))
                .map(w -> wall.data("wall", w).data("kind", k == null ? "" : k.name()).data("district", d == null ? "" : d)
                        .data("sort", order.name()).data("kinds", WishKind.values()).data("sorts", FeedService.Sort.values()))
                .chain(t -> render(t, language, lang, headers, uri, "/", 200))
                .onFailure(DomainException.class).recoverWithUni(e -> notFound(language, lang, headers, uri, 400));
    }

    @GET
    @Path("w/{shortId}")
    public Uni<Response> wish(@RestPath("shortId") String shortId, @RestQuery("lang") String lang, HttpHeaders headers, UriInfo uri) {
        String language = language(lang, headers);
        // where the giving script signs the donor in (Keycloak as the browser reaches it, the public PKCE client)
        return cache.cached("wish-page", shortId, () -> pages.wish(shortId))
                .map(p -> wish.data("p", p).data("issuer", issuer).data("client", webClientId))
                .chain(t -> render(t, language, lang, headers, uri, "/w/" + shortId, 200))
                .onFailure(DomainException.class).recoverWithUni(e -> notFound(language, lang, headers, uri, 404));
    }

    @GET
    @Path("c/{shortId}")
    public Uni<Response> campaign(@RestPath("shortId") String shortId, @RestQuery("lang") String lang, HttpHeaders headers, UriInfo uri) {
        String language = language(lang, headers);
        return cache.cached("campaign-page", shortId, () -> pages.campaign(shortId)).map(p -> campaign.data("p", p))
                .chain(t -> render(t, language, lang, headers, uri, "/c/" + shortId, 200))
                .onFailure(DomainException.class).recoverWithUni(e -> notFound(language, lang, headers, uri, 404));
    }

    /** 工会公开数据 A union unit's totals over its subtree (district level and above), at a short link like the others. */
    @GET
    @Path("u/{shortId}")
    public Uni<Response> unit(@RestPath("shortId") String shortId, @RestQuery("lang") String lang, HttpHeaders headers, UriInfo uri) {
        String language = language(lang, headers);
        return cache.cached("unit-page", shortId, () -> pages.unit(shortId)).map(p -> unit.data("p", p))
                .chain(t -> render(t, language, lang, headers, uri, "/u/" + shortId, 200))
                .onFailure(DomainException.class).recoverWithUni(e -> notFound(language, lang, headers, uri, 404));
    }

    /** 分享海报 A PNG with the title, the progress and a QR code of the short link; drawn on a worker thread. */
    @GET
    @Path("w/{shortId}/poster.png")
    public Uni<Response> poster(@RestPath("shortId") String shortId, @RestQuery("lang") String lang, HttpHeaders headers, UriInfo uri) {
        String language = language(lang, headers);
        String link = base(uri) + "/w/" + shortId;
        return pages.wish(shortId)
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(p -> poster.render(p.card(), link, SiteText.of(language)))
                .map(png -> Response.ok(png, "image/png").header("Cache-Control", PAGE_CACHE).build())
                .onFailure(DomainException.class).recoverWithItem(e -> Response.status(404).build());
    }

    /** 活动分享海报 The campaign's poster, as the wish's: where links are not shared, a QR code of the short link. */
    @GET
    @Path("c/{shortId}/poster.png")
    public Uni<Response> campaignPoster(@RestPath("shortId") String shortId, @RestQuery("lang") String lang, HttpHeaders headers, UriInfo uri) {
        String language = language(lang, headers);
        String link = base(uri) + "/c/" + shortId;
        return pages.campaign(shortId)
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(p -> poster.render(p, link, SiteText.of(language)))
                .map(png -> Response.ok(png, "image/png").header("Cache-Control", PAGE_CACHE).build())
                .onFailure(DomainException.class).recoverWithItem(e -> Response.status(404).build());
    }

    /**
     * 手机尺寸照片 A cleared photo at 360 or 720 px wide (the pages' srcset). Its bytes never change
     * (a new photo is a new id): a day in any cache without revalidating, then the ETag. Not a year,
     * as the stylesheet: staff may withdraw a wish, and a shared cache should let go of its photos soon.
     */
    @GET
    @Path("p/{wishId}/{photoId}/{width}.jpg")
    public Uni<Response> photo(@RestPath("wishId") String wishId, @RestPath("photoId") String photoId,
                               @RestPath("width") String width, HttpHeaders headers) {
        java.util.UUID wish;
        java.util.UUID photo;
        int w;
        try {
            wish = java.util.UUID.fromString(wishId);
            photo = java.util.UUID.fromString(photoId);
            w = Integer.parseInt(width);
        } catch (IllegalArgumentException e) {
            return Uni.createFrom().item(Response.status(404).build());
        }
        String etag = "\"" + photo + "-" + w + "-q" + Math.round(PhotoSizes.QUALITY * 100) + "\"";
        return pages.photo(wish, photo, w)
                .map(bytes -> (etag.equals(headers.getHeaderString(HttpHeaders.IF_NONE_MATCH))
                        ? Response.notModified() : Response.ok(bytes, "image/jpeg"))
                        .header("Cache-Control", PHOTO_CACHE).header("ETag", etag).build())
                .onFailure(DomainException.class).recoverWithItem(e -> Response.status(404).header("Cache-Control", "no-store").build());
    }

    /** The stylesheet and the giving script, under names that change with their content: cached for a year, never stale. */
    @GET
    @Path("s/{name}")
    public Response asset(@RestPath("name") String name) {
        return statics.find(name)
                .map(a -> Response.ok(a.bytes(), a.contentType())
                        .header("Cache-Control", "public, max-age=31536000, immutable").header("Vary", "Accept-Encoding").build())
                .orElseGet(() -> Response.status(404).build());
    }

    private Uni<Response> notFound(String language, String lang, HttpHeaders headers, UriInfo uri, int status) {
        return render(missing.instance(), language, lang, headers, uri, "/", status);
    }

    private Uni<Response> render(TemplateInstance t, String language, String lang, HttpHeaders headers, UriInfo uri,
                                 String path, int status) {
        String base = base(uri);
        String switchTo = "en".equals(language) ? "zh" : "en";
        return t.data("t", SiteText.of(language)).data("css", statics.cssPath()).data("js", statics.jsPath())
                .data("base", base).data("url", base + path).data("switchLink", path + "?lang=" + switchTo)
                .createUni().map(html -> {
                    String etag = '"' + hash(html + language) + '"';
                    Response.ResponseBuilder r;
                    if (status == 200 && etag.equals(headers.getHeaderString(HttpHeaders.IF_NONE_MATCH))) {
                        r = Response.notModified();
                    } else {
                        r = Response.status(status).entity(html).type("text/html; charset=utf-8");
                    }
                    r.header("Cache-Control", status == 200 ? PAGE_CACHE : "no-store").header("ETag", etag)
                            .header("Vary", "Accept-Language, Cookie").header("Content-Language", SiteText.of(language).get("lang"));
                    if (lang != null && (lang.equals("en") || lang.equals("zh"))) {
                        r.cookie(new NewCookie.Builder(LANG_COOKIE).value(lang).path("/").maxAge(365 * 24 * 3600)
                                .sameSite(NewCookie.SameSite.LAX).build());
                    }
                    return r.build();
                });
    }

    /** ?lang= first (and remembered), then the cookie, then the browser's first language; zh-CN when none says English. */
    static String language(String lang, HttpHeaders headers) {
        if ("en".equals(lang) || "zh".equals(lang)) {
            return lang;
        }
        var cookie = headers.getCookies().get(LANG_COOKIE);
        if (cookie != null && ("en".equals(cookie.getValue()) || "zh".equals(cookie.getValue()))) {
            return cookie.getValue();
        }
        String accept = headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE);
        return accept != null && accept.trim().toLowerCase(Locale.ROOT).startsWith("en") ? "en" : "zh";
    }

    private String base(UriInfo uri) {
        return publicUrl.map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u)
                .orElseGet(() -> {
                    String b = uri.getBaseUri().toString();
                    return b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
                });
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            return null; // a hand-edited link falls back to "any"
        }
    }

    static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, String> text(String language) {
        return SiteText.of(language);
    }
}
