package org.weiyuan.unionaid;

import org.weiyuan.unionaid.UnionAidViews.AwaitingApproval;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * 待我审批 of union-paid aid: the fund transfers and aid lists (e.g. 两节送温暖) waiting for a second
 * staff member, as one staff member's queue. Never the caller's own (一人经办、一人审批: the preparer
 * cannot decide them), the longest waiting first. Plain Java, tested without a container.
 */
public final class ApprovalQueue {

    private static final Comparator<AwaitingApproval> OLDEST_FIRST =
            Comparator.comparing(AwaitingApproval::since).thenComparing(AwaitingApproval::id);

    private ApprovalQueue() { }

    /** What {@code checker} may decide among {@code waiting}: not prepared by them, oldest first. */
    public static List<AwaitingApproval> forChecker(UUID checker, List<AwaitingApproval> waiting) {
        return waiting.stream()
                .filter(a -> a.kind() == UnionAidViews.AwaitingKind.FUND_TRANSFER
                        ? TransferLifecycle.mayDecide(a.preparedBy(), checker)
                        : AidListLifecycle.mayApprove(a.preparedBy(), checker))
                .sorted(OLDEST_FIRST).toList();
    }
}
