package org.weiyuan.wish;

import org.junit.jupiter.api.Test;
import org.weiyuan.common.DomainException;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WishRulesTest {

    private static final WishRules.Limits LIMITS = new WishRules.Limits(3, Map.of("CASH", 100_000L), 180);
    private static final LocalDate TODAY = LocalDate.of(2026, 9, 1);

    @Test
    void goodsTargetIsTheSumOfItems() {
        assertThat(WishRules.goodsTarget(List.of(new WishRules.Item("棉被", 2, 20_000), new WishRules.Item("电暖器", 1, 30_000))))
                .isEqualTo(70_000);
        assertThatThrownBy(() -> WishRules.goodsTarget(List.of())).isInstanceOf(DomainException.class);
    }

    @Test
    void limitsAndDeadlines() {
        WishRules.checkTarget(WishKind.CASH, 100_000, LIMITS);
        assertThatThrownBy(() -> WishRules.checkTarget(WishKind.CASH, 100_001, LIMITS)).isInstanceOf(DomainException.class);
        WishRules.checkTarget(WishKind.SERVICE, 9_999_999, LIMITS); // no limit configured for this kind
        assertThatThrownBy(() -> WishRules.checkDeadline(TODAY, TODAY, LIMITS)).isInstanceOf(DomainException.class);
        WishRules.checkDeadline(TODAY.plusDays(180), TODAY, LIMITS);
        assertThatThrownBy(() -> WishRules.checkDeadline(TODAY.plusDays(181), TODAY, LIMITS)).isInstanceOf(DomainException.class);
        WishRules.checkOpenCount(2, LIMITS);
        assertThatThrownBy(() -> WishRules.checkOpenCount(3, LIMITS)).isInstanceOf(DomainException.class);
    }

    @Test
    void scholarshipFollowsTheCampaign() {
        Campaign c = new Campaign();
        c.kind = CampaignKind.SCHOLARSHIP;
        c.startsOn = TODAY.minusDays(30);
        c.endsOn = TODAY.plusDays(30);
        c.scholarshipAmountFen = 300_000L;
        assertThat(WishRules.scholarshipTarget(c, 2026, TODAY)).isEqualTo(300_000);
        assertThatThrownBy(() -> WishRules.scholarshipTarget(c, 2025, TODAY)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> WishRules.scholarshipTarget(c, 2026, TODAY.plusDays(31))).isInstanceOf(DomainException.class);
        c.kind = CampaignKind.FESTIVAL;
        assertThatThrownBy(() -> WishRules.scholarshipTarget(c, 2026, TODAY)).isInstanceOf(DomainException.class);
    }

    @Test
    void lifecycle() {
        WishStatus s = WishLifecycle.next(WishStatus.DRAFT, WishAction.SUBMIT);
        s = WishLifecycle.next(s, WishAction.PUBLISH);
        s = WishLifecycle.next(s, WishAction.FIRST_PLEDGE);
        assertThat(WishLifecycle.next(s, WishAction.FULLY_PAID)).isEqualTo(WishStatus.FUNDED);
        assertThat(WishLifecycle.next(s, WishAction.ALL_PLEDGES_RELEASED)).isEqualTo(WishStatus.PUBLISHED);
        assertThat(WishLifecycle.allowed(WishStatus.PARTLY_FUNDED, WishAction.WITHDRAW)).isFalse();
        assertThatThrownBy(() -> WishLifecycle.next(WishStatus.DRAFT, WishAction.PUBLISH))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.currentState()).isEqualTo("DRAFT"));
    }
}
