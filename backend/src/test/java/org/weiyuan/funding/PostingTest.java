package org.weiyuan.funding;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.weiyuan.common.DomainException;
import org.weiyuan.wish.WishRules;
import org.weiyuan.wish.WishStatus;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PostingTest {

    private final Accounts.Ref clearing = Accounts.clearing("sandbox");
    private final Accounts.Ref escrow = Accounts.escrow(UUID.randomUUID());

    @Test
    void aTransferIsBalanced() {
        Posting p = Posting.transfer("DONATION_PAID", "ref", null, null, null, clearing, escrow, 4_000);
        assertThat(p.lines()).hasSize(2);
        assertThat(p.lines().get(0).debitFen()).isEqualTo(4_000);
        assertThat(p.lines().get(1).creditFen()).isEqualTo(4_000);
    }

    @Test
    void unbalancedTwoSidedZeroOrNegativeLinesAreRefused() {
        assertThatThrownBy(() -> new Posting("X", "r", null, null, null,
                List.of(Posting.Line.debit(clearing, 100), Posting.Line.credit(escrow, 99)))).hasMessageContaining("unbalanced");
        assertThatThrownBy(() -> new Posting("X", "r", null, null, null,
                List.of(new Posting.Line(clearing, 100, 100), Posting.Line.credit(escrow, 0)))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Posting.transfer("X", "r", null, null, null, clearing, escrow, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Posting.transfer("X", "r", null, null, null, clearing, escrow, -5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Posting("X", "r", null, null, null, List.of(Posting.Line.debit(clearing, 1))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void pledgesThatFitNeverTakeAWishPastItsTarget(@ForAll @LongRange(min = 1, max = 1_000_000) long target,
                                                   @ForAll @LongRange(min = 0, max = 1_000_000) long pledged,
                                                   @ForAll @LongRange(min = 1, max = 2_000_000) long amount) {
        if (pledged > target) {
            return;
        }
        boolean fits = WishRules.pledgeFits(WishStatus.PARTLY_FUNDED, pledged, target, amount);
        assertThat(fits).isEqualTo(pledged + amount <= target);
        if (!fits) {
            assertThatThrownBy(() -> WishRules.checkPledge(WishStatus.PARTLY_FUNDED, pledged, target, amount))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.remainingFen()).isEqualTo(target - pledged));
        }
    }

    @Test
    void onlyPublishedWishesTakePledges() {
        for (WishStatus s : WishStatus.values()) {
            assertThat(WishRules.pledgeFits(s, 0, 100, 1)).as(s.name()).isEqualTo(s == WishStatus.PUBLISHED || s == WishStatus.PARTLY_FUNDED);
        }
    }
}
