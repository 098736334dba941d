package org.weiyuan.funding;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.wish.DonationHistory;

import java.util.List;
import java.util.UUID;

/** Funding's answer to {@link DonationHistory}: read from the pledges it owns. */
@ApplicationScoped
class PledgeHistory implements DonationHistory {

    private final FundingRepositories.Pledges pledges;

    PledgeHistory(FundingRepositories.Pledges pledges) {
        this.pledges = pledges;
    }

    @Override
    public Uni<List<UUID>> paidWishIds(UUID donor, int limit) {
        return pledges.paidWishIds(donor, limit);
    }
}
