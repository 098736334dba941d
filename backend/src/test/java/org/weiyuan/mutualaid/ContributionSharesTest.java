package org.weiyuan.mutualaid;

import org.junit.jupiter.api.Test;
import org.weiyuan.common.DomainException;
import org.weiyuan.mutualaid.PlanRules.ContributionTier;
import org.weiyuan.mutualaid.PlanRules.MemberTier;
import org.weiyuan.mutualaid.PlanRules.Payer;
import org.weiyuan.mutualaid.PlanRules.Share;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which shares are still due, by payer (Sinan-like co-funding), and the optional plans an import row names. */
class ContributionSharesTest {

    private static final ContributionTier SINAN = new ContributionTier(MemberTier.ORDINARY, List.of(new Share(Payer.WORKER, 10_000),
            new Share(Payer.UNION, 6_000), new Share(Payer.GOVERNMENT, 10_000)));

    @Test
    void theUnitPaysEveryShareNotRecordedYet() {
        assertThat(ContributionShares.total(ContributionShares.due(SINAN, Set.of()))).isEqualTo(26_000);
        List<Share> afterWorker = ContributionShares.due(SINAN, EnumSet.of(Payer.WORKER));
        assertThat(afterWorker).extracting(Share::payer).containsExactly(Payer.UNION, Payer.GOVERNMENT);
        assertThat(ContributionShares.total(afterWorker)).isEqualTo(16_000);
        assertThat(ContributionShares.due(SINAN, EnumSet.allOf(Payer.class))).isEmpty();
    }

    @Test
    void theMemberPaysTheirOwnShareOnly() {
        assertThat(ContributionShares.memberDue(SINAN, Set.of())).containsExactly(new Share(Payer.WORKER, 10_000));
        assertThat(ContributionShares.memberDue(SINAN, EnumSet.of(Payer.UNION))).containsExactly(new Share(Payer.WORKER, 10_000));
        assertThat(ContributionShares.memberDue(SINAN, EnumSet.of(Payer.WORKER))).isEmpty();
        ContributionTier unionOnly = new ContributionTier(MemberTier.EXTREME_HARDSHIP, List.of(new Share(Payer.UNION, 6_000)));
        assertThatThrownBy(() -> ContributionShares.memberDue(unionOnly, Set.of())).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).fieldProblems().get(0).field()).isEqualTo("planId"));
    }

    @Test
    void anImportRowNamesOptionsByCodeOrNameAndAnUnknownOneFailsTheRow() {
        PlanRules rules = new PlanRules(0, List.of(SINAN), null, null, null, List.of(
                new PlanRules.Option("ACCIDENT", "意外伤害", 1_000, 6_000), new PlanRules.Option("CRITICAL", "重大疾病", 1_000, 8_000)));
        assertThat(EnrolmentSheet.options("意外伤害、critical，意外伤害")).containsExactly("意外伤害", "critical");
        assertThat(EnrolmentSheet.options("")).isEmpty();
        assertThat(EnrolmentService.chosenOptions(rules, EnrolmentSheet.options("意外伤害、critical ACCIDENT")))
                .extracting(PlanRules.Option::code).containsExactly("ACCIDENT", "CRITICAL");
        assertThatThrownBy(() -> EnrolmentService.chosenOptions(rules, List.of("ACCIDENT", "洪水")))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).fieldProblems().get(0).field()).isEqualTo("options"));
    }
}
