package org.weiyuan.unionaid;

import org.junit.jupiter.api.Test;
import org.weiyuan.unionaid.UnionAidViews.AwaitingApproval;
import org.weiyuan.unionaid.UnionAidViews.AwaitingKind;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ApprovalQueueTest {

    private static final UUID ME = UUID.randomUUID();
    private static final UUID OTHER = UUID.randomUUID();

    private static AwaitingApproval item(AwaitingKind kind, String id, UUID preparer, String since) {
        return new AwaitingApproval(kind, UUID.fromString(id), "t", FundRules.Purpose.FESTIVAL, "f", null, 100, preparer,
                Instant.parse(since));
    }

    @Test
    void theQueueLeavesOutWhatTheCheckerPreparedAndShowsTheLongestWaitingFirst() {
        AwaitingApproval ownTransfer = item(AwaitingKind.FUND_TRANSFER, "00000000-0000-0000-0000-000000000001", ME, "2026-11-01T00:00:00Z");
        AwaitingApproval ownList = item(AwaitingKind.AID_LIST, "00000000-0000-0000-0000-000000000002", ME, "2026-11-02T00:00:00Z");
        AwaitingApproval newer = item(AwaitingKind.AID_LIST, "00000000-0000-0000-0000-000000000003", OTHER, "2026-11-30T00:00:00Z");
        AwaitingApproval older = item(AwaitingKind.FUND_TRANSFER, "00000000-0000-0000-0000-000000000004", OTHER, "2026-11-03T00:00:00Z");
        AwaitingApproval sameTime = item(AwaitingKind.FUND_TRANSFER, "00000000-0000-0000-0000-000000000000", OTHER, "2026-11-30T00:00:00Z");

        assertThat(ApprovalQueue.forChecker(ME, List.of(ownTransfer, newer, ownList, older, sameTime)))
                .containsExactly(older, sameTime, newer);
        // the preparer's colleague sees the preparer's items; nobody (no subject) decides anything
        assertThat(ApprovalQueue.forChecker(OTHER, List.of(ownTransfer, newer, ownList))).containsExactly(ownTransfer, ownList);
        assertThat(ApprovalQueue.forChecker(null, List.of(ownTransfer, newer))).isEmpty();
    }
}
