package org.weiyuan.wish;

import io.smallrye.mutiny.Uni;

import java.util.List;
import java.util.UUID;

/**
 * What "wishes for you" needs to know of a donor's giving (捐赠记录): the wishes their paid pledges
 * went to. Owned by {@code wish}, implemented by {@code funding} (which owns pledges), so that wish
 * never reads funding's tables and funding may keep depending on wish.
 */
public interface DonationHistory {

    /** The wish of each paid pledge of the donor, one entry per pledge, at most {@code limit}. */
    Uni<List<UUID>> paidWishIds(UUID donor, int limit);
}
