package org.weiyuan.wish;

import org.junit.jupiter.api.Test;
import org.weiyuan.common.DomainException;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The wish's money and status move together, through its own methods (no container needed). */
class WishTest {

    static final Instant T = Instant.parse("2026-05-01T02:00:00Z");

    private static Wish published(long target) {
        Wish w = new Wish();
        w.id = UUID.randomUUID();
        w.status = WishStatus.PUBLISHED;
        w.targetFen = target;
        return w;
    }

    @Test
    void reservingTakesTheShareAndMarksThePartFunded() {
        Wish w = published(10_000);
        w.reserve(6_000, T);
        assertThat(w.pledgedFen).isEqualTo(6_000);
        assertThat(w.status).isEqualTo(WishStatus.PARTLY_FUNDED);
        assertThat(w.updatedAt).isEqualTo(T);
        assertThat(w.canReserve(4_000)).isTrue();
        assertThat(w.canReserve(4_001)).isFalse();
    }

    @Test
    void reservingMoreThanRemainsIsRefusedWithTheRemainderAndChangesNothing() {
        Wish w = published(10_000);
        w.reserve(6_000, T);
        assertThatThrownBy(() -> w.reserve(5_000, T))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.remainingFen()).isEqualTo(4_000));
        assertThat(w.pledgedFen).isEqualTo(6_000);
    }

    @Test
    void aWishThatTakesNoPledgesRefusesOneWithItsState() {
        Wish w = published(10_000);
        w.status = WishStatus.SUBMITTED;
        assertThat(w.canReserve(1)).isFalse();
        assertThatThrownBy(() -> w.reserve(1, T))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.currentState()).isEqualTo("SUBMITTED"));
    }

    @Test
    void releasingTheLastHoldPutsTheWishBackToPublished() {
        Wish w = published(10_000);
        w.reserve(3_000, T);
        w.reserve(2_000, T);
        w.releaseHold(3_000, T);
        assertThat(w.status).isEqualTo(WishStatus.PARTLY_FUNDED);
        w.releaseHold(2_000, T.plusSeconds(1));
        assertThat(w.pledgedFen).isZero();
        assertThat(w.status).isEqualTo(WishStatus.PUBLISHED);
        assertThat(w.updatedAt).isEqualTo(T.plusSeconds(1));
    }

    @Test
    void paidInFullItIsFundedThenDisbursedReceivedAndClosed() {
        Wish w = published(10_000);
        w.reserve(7_000, T);
        w.markPaid(7_000, T);
        assertThat(w.completeIfFullyPaid()).isFalse();
        w.addMatch(3_000);
        assertThat(w.matchedFen).isEqualTo(3_000);
        assertThat(w.pledgedFen).isEqualTo(10_000);
        assertThat(w.completeIfFullyPaid()).isTrue();
        assertThat(w.status).isEqualTo(WishStatus.FUNDED);
        w.disburse(4_000, T);
        assertThat(w.status).isEqualTo(WishStatus.FULFILLING);
        assertThatThrownBy(() -> w.confirmReceipt("谢谢", T))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.status()).isEqualTo(422));
        w.disburse(6_000, T);
        w.confirmReceipt("  谢谢  ", T.plusSeconds(5));
        assertThat(w.status).isEqualTo(WishStatus.FULFILLED);
        assertThat(w.thankYou).isEqualTo("谢谢");
        assertThat(w.receivedAt).isEqualTo(T.plusSeconds(5));
        UUID staff = UUID.randomUUID();
        w.close(staff, T.plusSeconds(9));
        assertThat(w.status).isEqualTo(WishStatus.CLOSED);
        assertThat(w.thankYouClearedBy).isEqualTo(staff);
    }

    @Test
    void expiredHoldsAndReturnsAreCountedWithoutLeavingExpired() {
        Wish w = published(10_000);
        w.reserve(2_000, T);
        w.reserve(1_000, T);
        w.expire(T);
        w.dropHoldOnExpiry(1_000);
        w.returnPaid(2_000);
        assertThat(w.status).isEqualTo(WishStatus.EXPIRED);
        assertThat(w.pledgedFen).isEqualTo(2_000);
        assertThat(w.returnedFen).isEqualTo(2_000);
    }
}
