package org.weiyuan.unionaid;

import org.junit.jupiter.api.Test;
import org.weiyuan.unionaid.AidListLifecycle.Action;
import org.weiyuan.unionaid.AidListLifecycle.Status;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class AidListLifecycleTest {

    @Test
    void aListGoesFromDraftThroughApprovalToPaid() {
        assertThat(AidListLifecycle.next(Status.DRAFT, Action.SUBMIT)).contains(Status.SUBMITTED);
        assertThat(AidListLifecycle.next(Status.SUBMITTED, Action.APPROVE)).contains(Status.APPROVED);
        assertThat(AidListLifecycle.next(Status.APPROVED, Action.PAY)).contains(Status.PAID);
        assertThat(AidListLifecycle.next(Status.SUBMITTED, Action.REJECT)).contains(Status.DRAFT);
    }

    @Test
    void moneyMovesOnlyAfterApprovalAndOnlyOnce() {
        assertThat(AidListLifecycle.next(Status.DRAFT, Action.APPROVE)).isEmpty();
        assertThat(AidListLifecycle.next(Status.DRAFT, Action.PAY)).isEmpty();
        assertThat(AidListLifecycle.next(Status.SUBMITTED, Action.PAY)).isEmpty();
        assertThat(AidListLifecycle.next(Status.APPROVED, Action.APPROVE)).isEmpty();
        assertThat(AidListLifecycle.next(Status.PAID, Action.PAY)).isEmpty();
        // an approved list has claimed its money: it is paid, never cancelled
        assertThat(AidListLifecycle.next(Status.APPROVED, Action.CANCEL)).isEmpty();
        for (Action a : Action.values()) {
            assertThat(AidListLifecycle.next(Status.CANCELLED, a)).as(a.name()).isEmpty();
            assertThat(AidListLifecycle.next(Status.PAID, a)).as(a.name()).isEmpty();
        }
    }

    @Test
    void linesChangeOnlyInDraftAndTheApproverIsSomeoneElse() {
        assertThat(AidListLifecycle.editable(Status.DRAFT)).isTrue();
        for (Status s : new Status[] {Status.SUBMITTED, Status.APPROVED, Status.PAID, Status.CANCELLED}) {
            assertThat(AidListLifecycle.editable(s)).as(s.name()).isFalse();
        }
        UUID preparer = UUID.randomUUID();
        assertThat(AidListLifecycle.mayApprove(preparer, preparer)).isFalse();
        assertThat(AidListLifecycle.mayApprove(preparer, UUID.randomUUID())).isTrue();
        assertThat(AidListLifecycle.mayApprove(preparer, null)).isFalse();
    }
}
