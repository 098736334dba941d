package org.weiyuan.unionaid;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.weiyuan.funding.Posting;
import org.weiyuan.unionaid.FundRules.Purpose;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FundRulesTest {

    @ParameterizedTest
    @EnumSource(Purpose.class)
    void aFundPaysOnlyForItsOwnPurpose(Purpose fund) {
        for (Purpose list : Purpose.values()) {
            assertThat(FundRules.earmarkAllows(fund, list)).as(fund + " → " + list).isEqualTo(fund == list);
        }
        assertThat(FundRules.earmarkAllows(null, fund)).isFalse();
    }

    @Test
    void approvedListsClaimTheirShareOfTheBalance() {
        assertThat(FundRules.available(100_000, 0)).isEqualTo(100_000);
        assertThat(FundRules.available(100_000, 70_000)).isEqualTo(30_000);
        assertThat(FundRules.available(100_000, 120_000)).isZero();
        assertThatThrownBy(() -> FundRules.available(-1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aListOrTransferIsCoveredOnlyInFullAndNeverWhenEmpty() {
        assertThat(new FundRules.Figures(100_000, 70_000, 0).covers(30_000)).isTrue();   // exactly what is left
        assertThat(new FundRules.Figures(100_000, 70_000, 0).covers(30_001)).isFalse();  // one fen too much
        assertThat(new FundRules.Figures(100_000, 0, 0).covers(0)).isFalse();
        assertThat(new FundRules.Figures(0, 0, 0).covers(1)).isFalse();
    }

    @Test
    void preparedTransfersOutHoldTheirAmountBackUntilDecided() {
        FundRules.Figures f = new FundRules.Figures(100_000, 20_000, 70_000);
        assertThat(f.availableFen()).isEqualTo(10_000);
        assertThat(FundRules.available(100_000, 20_000, 90_000)).isZero();
        assertThat(f.covers(10_001)).isFalse();
        // approving the 70,000 transfer: it draws what it held, so it fits; another of 70,000 would not
        assertThat(f.releasing(70_000).covers(70_000)).isTrue();
        assertThat(f.releasing(70_000).availableFen()).isEqualTo(80_000);
        assertThat(f.releasing(0)).isEqualTo(f);
        assertThatThrownBy(() -> f.releasing(70_001)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FundRules.available(100_000, 0, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void goodsAreNamedOrAbsent() {
        assertThat(FundRules.goods("  米面油一套 ")).isEqualTo("米面油一套");
        assertThat(FundRules.goods("  ")).isNull();
        assertThat(FundRules.goods(null)).isNull();
    }

    @Test
    void depositsAndPaymentsStayInsideTheFundsTwoAccounts() {
        UUID fund = UUID.randomUUID();
        Posting in = UnionAidPosting.deposit(fund, UUID.randomUUID(), 50_000, "下拨");
        assertThat(in.lines()).extracting(l -> l.account().code())
                .containsExactly("union-fund:" + fund + ":bank", "union-fund:" + fund + ":fund");
        assertThat(in.lines().get(0).debitFen()).isEqualTo(50_000);
        assertThat(in.lines().get(1).creditFen()).isEqualTo(50_000);
        UUID line = UUID.randomUUID();
        Posting out = UnionAidPosting.payment(fund, line, 20_000, "代发");
        assertThat(out.externalRef()).isEqualTo("union-aid:line:" + line);
        assertThat(out.lines().get(0).account().code()).isEqualTo("union-fund:" + fund + ":fund");
        assertThat(out.lines().get(0).debitFen()).isEqualTo(20_000);
        assertThat(out.lines().get(1).account().code()).isEqualTo("union-fund:" + fund + ":bank");
        assertThatThrownBy(() -> UnionAidPosting.payment(fund, line, 0, "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void moneyMovesOnlyBetweenTwoFundsOfOnePurpose() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        assertThat(FundRules.transferRefusal(a, Purpose.FESTIVAL, b, Purpose.FESTIVAL)).isNull();
        assertThat(FundRules.transferRefusal(a, Purpose.FESTIVAL, b, Purpose.MEDICAL)).isEqualTo("problem.union-aid.transfer-earmark");
        assertThat(FundRules.transferRefusal(a, Purpose.FESTIVAL, a, Purpose.FESTIVAL)).isEqualTo("problem.union-aid.transfer-same-fund");
    }

    @Test
    void aTransferIsOneBalancedEntryOutOfOneFundAndIntoTheOther() {
        UUID from = UUID.randomUUID();
        UUID to = UUID.randomUUID();
        UUID transfer = UUID.randomUUID();
        Posting p = UnionAidPosting.transfer(from, to, transfer, 30_000, "市总下拨南明");
        assertThat(p.kind()).isEqualTo("UNION_FUND_TRANSFER");
        assertThat(p.externalRef()).isEqualTo("union-fund:transfer:" + transfer);
        assertThat(p.lines()).extracting(l -> l.account().code() + " " + l.debitFen() + "/" + l.creditFen()).containsExactly(
                "union-fund:" + from + ":fund 30000/0", "union-fund:" + from + ":bank 0/30000",
                "union-fund:" + to + ":bank 30000/0", "union-fund:" + to + ":fund 0/30000");
    }

    @Test
    void theApprovingUnitIsTheDeepestHoldingBothFunds() {
        UUID root = UUID.randomUUID();
        UUID city = UUID.randomUUID();
        UUID d1 = UUID.randomUUID();
        UUID d2 = UUID.randomUUID();
        String cityPath = "/" + root + "/" + city + "/";
        assertThat(FundRules.approvingUnit(cityPath + d1 + "/", cityPath + d2 + "/")).isEqualTo(city);
        assertThat(FundRules.approvingUnit(cityPath + d1 + "/", cityPath + d1 + "/")).isEqualTo(d1);
        assertThat(FundRules.approvingUnit(cityPath, cityPath + d2 + "/")).isEqualTo(city);
        assertThat(FundRules.approvingUnit("/" + root + "/", cityPath + d2 + "/")).isEqualTo(root);
        assertThatThrownBy(() -> FundRules.approvingUnit("/" + city + "/", "/" + root + "/")).isInstanceOf(IllegalArgumentException.class);
    }
}
