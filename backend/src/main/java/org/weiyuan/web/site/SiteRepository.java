package org.weiyuan.web.site;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.funding.MatchingPool;
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

    /** How many different donors have paid towards a wish (a count only, never who). */
    public Uni<Long> donors(UUID wishId) {
        return Panache.getSession().chain(s -> s.createSelectionQuery("""
                        select count(distinct p.donorSubject) from Pledge p where p.wishId = :w and p.status = :paid""", Long.class)
                .setParameter("w", wishId).setParameter("paid", org.weiyuan.funding.PledgeStatus.PAID).getSingleResult());
    }
}
