package org.weiyuan.app.core;

import okhttp3.HttpUrl;

/**
 * What the donor narrowed the feed to: a kind of wish, a district, and an order. Immutable; each
 * change gives a new query, and the feed starts again from its first page.
 */
public final class FeedQuery {

    /** The feed's orders, as the server names them. */
    public enum Sort { URGENCY, NEAREST_GOAL, NEWEST }

    public static final FeedQuery ALL = new FeedQuery(null, null, Sort.URGENCY);
    static final int PAGE_SIZE = 20;

    /** GOODS, CASH, SERVICE, SCHOLARSHIP, FESTIVAL_AID; null for any. */
    public final String kind;
    /** A district's name as wishes carry it (e.g. 南明区); null for any. */
    public final String district;
    public final Sort sort;

    private FeedQuery(String kind, String district, Sort sort) {
        this.kind = kind;
        this.district = district;
        this.sort = sort;
    }

    public FeedQuery kind(String k) {
        return new FeedQuery(k == null || k.isEmpty() ? null : k, district, sort);
    }

    public FeedQuery district(String d) {
        return new FeedQuery(kind, d == null || d.isEmpty() ? null : d, sort);
    }

    public FeedQuery sort(Sort s) {
        return new FeedQuery(kind, district, s);
    }

    /** The whole feed in its usual order: the one page kept for reading offline. */
    public boolean isDefault() {
        return equals(ALL);
    }

    /** The request path for one page, every value percent-encoded. */
    String path(String cursor) {
        HttpUrl.Builder url = new HttpUrl.Builder().scheme("http").host("x").addPathSegments("api/v1/feed/wishes")
                .addQueryParameter("limit", String.valueOf(PAGE_SIZE)).addQueryParameter("sort", sort.name());
        if (kind != null) {
            url.addQueryParameter("kind", kind);
        }
        if (district != null) {
            url.addQueryParameter("district", district);
        }
        if (cursor != null) {
            url.addQueryParameter("cursor", cursor);
        }
        HttpUrl built = url.build();
        return built.encodedPath() + "?" + built.encodedQuery();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof FeedQuery)) {
            return false;
        }
        FeedQuery q = (FeedQuery) o;
        return java.util.Objects.equals(kind, q.kind) && java.util.Objects.equals(district, q.district) && sort == q.sort;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(kind, district, sort);
    }
}
