package org.weiyuan.funding;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Gives back the part of a wish held by pledges nobody paid for in time. */
@ApplicationScoped
public class HoldReleaser {

    private static final Logger LOG = Logger.getLogger(HoldReleaser.class);

    final org.weiyuan.common.DatabaseOutage outage;
    final PledgeService pledges;

    HoldReleaser(PledgeService pledges, org.weiyuan.common.DatabaseOutage outage) {
        this.pledges = pledges;
        this.outage = outage;
    }

    @Scheduled(every = "${weiyuan.funding.pledges.release-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> releaseExpired() {
        return outage.backgroundRound(pledges.releaseExpiredHolds(200).invoke(n -> {
            if (n > 0) {
                LOG.infof("Released %d expired pledge holds", n);
            }
        }), LOG, "Releasing expired holds failed; will retry");
    }
}
