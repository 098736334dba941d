package org.weiyuan.web.site;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.common.db.Subtree;
import org.weiyuan.funding.MatchingPool;
import org.weiyuan.funding.TransparencyService;
import org.weiyuan.wish.Campaign;

import java.util.List;
import java.util.UUID;

/** The few queries of the public pages that the feed and transparency services do not already answer. */
@ApplicationScoped
public class SiteRepository {

    /** The published wish whose id starts with these 64 bits (the oldest, should two ever share them). */
    public Uni<UUID> publishedWish(long bits) {
        return Panache.getSession().chain(s -> s.createSelectionQuery("""
                        select w.id from Wish w where w.id between :lo and :hi and w.publishedAt is not null
                        order by w.publishedAt""", UUID.class)
                .setParameter("lo", ShortId.lowest(bits)).setParameter("hi", ShortId.highest(bits))
                .setMaxResults(1).getSingleResultOrNull());
    }

    public Uni<Campaign> campaign(long bits) {
        return Panache.getSession().chain(s -> s.createSelectionQuery("""
                        from Campaign c where c.id between :lo and :hi order by c.createdAt""", Campaign.class)
                .setParameter("lo", ShortId.lowest(bits)).setParameter("hi", ShortId.highest(bits))
                .setMaxResults(1).getSingleResultOrNull());
    }

    public Uni<Campaign> campaignById(UUID id) {
        return Panache.getSession().chain(s -> s.find(Campaign.class, id));
    }

    /** The funded (active) matching pools of a campaign: what a donor's gift there is matched from. */
    public Uni<List<MatchingPool>> activePools(UUID campaignId) {
        return Panache.getSession().chain(s -> s.createSelectionQuery("""
                        from MatchingPool p where p.campaignId = :c and p.status = :active order by p.createdAt""", MatchingPool.class)
                .setParameter("c", campaignId).setParameter("active", MatchingPool.Status.ACTIVE).getResultList());
    }

    // --- 工会公开页 a union unit's public totals (/u/{shortId}) ---

    /**
     * A unit as the public pages show it, with its parent (null at the top). Only units at district
     * level and above have a public page: a grassroots union names a workplace or a community, finer
     * than the district the feed stops at; its wishes count in the district's totals.
     */
    public record PublicUnit(UUID id, String name, String level, String path, UUID parentId, String parentName) { }

    /** The whole subtree's totals ({@link TransparencyService.Totals}), the families helped, and its campaigns. */
    public record UnitFigures(TransparencyService.Totals totals, long families, long campaigns) { }

    /** A child unit's line (district level and above only). */
    public record ChildFigures(UUID id, String name, TransparencyService.Totals totals, long families) { }

    private static final String PUBLIC_UNIT = "select cast(u.id as varchar), u.name, u.level, u.path, cast(p.id as varchar), p.name "
            + "from union_unit u left join union_unit p on p.id = u.parent_id ";

    /** The public unit whose id starts with these 64 bits; null for none or a grassroots one. */
    public Uni<PublicUnit> publicUnit(long bits) {
        return Panache.getSession().chain(s -> s.createNativeQuery(PUBLIC_UNIT
                        + "where u.id between :lo and :hi and u.level <> 'GRASSROOTS' order by u.created_at", Object[].class)
                .setParameter("lo", ShortId.lowest(bits)).setParameter("hi", ShortId.highest(bits))
                .setMaxResults(1).getSingleResultOrNull()).map(SiteRepository::publicUnit);
    }

    /** The nearest unit with a public page at or above the unit that owns this wish (its union, or its district's). */
    public Uni<PublicUnit> publicUnitOfWish(UUID wishId) {
        return nearestPublicUnit("select w.unit_id from wish w where w.id = :x", wishId);
    }

    /** The nearest unit with a public page at or above the unit that runs this campaign. */
    public Uni<PublicUnit> publicUnitOfCampaign(UUID campaignId) {
        return nearestPublicUnit("select c.unit_id from campaign c where c.id = :x", campaignId);
    }

    private Uni<PublicUnit> nearestPublicUnit(String ownUnit, UUID id) {
        return Panache.getSession().chain(s -> s.createNativeQuery(PUBLIC_UNIT
                        + "join union_unit own on own.id = (" + ownUnit + ") "
                        + "where " + Subtree.joinBelow("own.path", "u.path") + " and u.level <> 'GRASSROOTS' order by length(u.path) desc", Object[].class)
                .setParameter("x", id).setMaxResults(1).getSingleResultOrNull()).map(SiteRepository::publicUnit);
    }

    private static PublicUnit publicUnit(Object[] r) {
        return r == null ? null : new PublicUnit(UUID.fromString((String) r[0]), (String) r[1], (String) r[2], (String) r[3],
                r[4] == null ? null : UUID.fromString((String) r[4]), (String) r[5]);
    }

    /** Families helped: households with a wish that money or goods have reached (anything disbursed). */
    private static final String FAMILIES = "count(distinct w.household_id) filter (where w.disbursed_fen > 0)";

    /** Published wishes of the unit's whole subtree, summed as the campaign page sums them. */
    public Uni<UnitFigures> unitFigures(String path) {
        return Panache.getSession().chain(s -> s.createNativeQuery("select " + org.weiyuan.funding.FundingRepositories.Transparency.TOTALS + ", " + FAMILIES
                        + ", (select count(*) from campaign c join union_unit cu on cu.id = c.unit_id where " + Subtree.pathIn("cu.path", ":prefix") + ") "
                        + "from wish w join union_unit u on u.id = w.unit_id where " + Subtree.pathIn("u.path", ":prefix") + " and w.published_at is not null",
                        Object[].class)
                .setParameter("prefix", Subtree.pattern(path)).getSingleResult())
                .map(r -> new UnitFigures(TransparencyService.Totals.of(r, 0), ((Number) r[8]).longValue(), ((Number) r[9]).longValue()));
    }

    /** Each child unit with a public page, over its own subtree. */
    public Uni<List<ChildFigures>> childFigures(UUID parentId) {
        return Panache.getSession().chain(s -> s.createNativeQuery("select cast(c.id as varchar), c.name, " + org.weiyuan.funding.FundingRepositories.Transparency.TOTALS
                        + ", " + FAMILIES + " from union_unit c "
                        + "left join union_unit u on " + Subtree.joinBelow("u.path", "c.path") + " "
                        + "left join wish w on w.unit_id = u.id and w.published_at is not null "
                        + "where c.parent_id = :parent and c.level <> 'GRASSROOTS' group by c.id, c.name, c.path order by c.path",
                        Object[].class)
                .setParameter("parent", parentId).getResultList())
                .map(rows -> rows.stream().map(r -> new ChildFigures(UUID.fromString((String) r[0]), (String) r[1],
                        TransparencyService.Totals.of(r, 2), ((Number) r[10]).longValue())).toList());
    }

    /** The campaigns run anywhere in the subtree, newest first (a page's worth). */
    public Uni<List<Campaign>> unitCampaigns(String path, int limit) {
        return Panache.getSession().chain(s -> s.createSelectionQuery("""
                        from Campaign c where %s
                        order by c.startsOn desc, c.createdAt desc""".formatted(Subtree.hql("c.unitId")), Campaign.class)
                .setParameter(Subtree.PARAM, Subtree.pattern(path)).setMaxResults(limit).getResultList());
    }
}
