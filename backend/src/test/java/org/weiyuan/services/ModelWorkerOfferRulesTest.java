package org.weiyuan.services;

import org.junit.jupiter.api.Test;
import org.weiyuan.modelworker.ModelWorkerPolicy.HonourLevel;
import org.weiyuan.services.ServiceEntities.Eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModelWorkerOfferRulesTest {

    @Test
    void aModelWorkerOfferNamesItsLevelPriceAndOneDiscount() {
        assertThat(ModelWorkerOfferRules.refusal(Eligibility.MODEL_WORKER, HonourLevel.CITY, 20_000L, 15, null)).isNull();
        assertThat(ModelWorkerOfferRules.refusal(Eligibility.MODEL_WORKER, HonourLevel.CITY, 20_000L, null, 20_000L)).isNull();
        assertThat(ModelWorkerOfferRules.refusal(Eligibility.MODEL_WORKER, null, 20_000L, 15, null).field()).isEqualTo("modelWorkerLevel");
        assertThat(ModelWorkerOfferRules.refusal(Eligibility.MODEL_WORKER, HonourLevel.CITY, null, 15, null).field()).isEqualTo("priceFen");
        assertThat(ModelWorkerOfferRules.refusal(Eligibility.MODEL_WORKER, HonourLevel.CITY, 20_000L, null, null).field())
                .isEqualTo("discountPct");
        assertThat(ModelWorkerOfferRules.refusal(Eligibility.MODEL_WORKER, HonourLevel.CITY, 20_000L, 15, 100L).field())
                .isEqualTo("discountFen");
        assertThat(ModelWorkerOfferRules.refusal(Eligibility.MODEL_WORKER, HonourLevel.CITY, 20_000L, null, 20_001L).field())
                .isEqualTo("discountFen");
    }

    @Test
    void otherOffersNameNoLevelAndMayKeepTheirOldTerms() {
        assertThat(ModelWorkerOfferRules.refusal(Eligibility.ANY_WORKER, null, null, 20, null)).isNull();
        assertThat(ModelWorkerOfferRules.refusal(Eligibility.APPROVED_HOUSEHOLD, null, null, null, null)).isNull();
        assertThat(ModelWorkerOfferRules.refusal(Eligibility.ANY_WORKER, HonourLevel.DISTRICT, null, 20, null).field())
                .isEqualTo("modelWorkerLevel");
        assertThat(ModelWorkerOfferRules.refusal(Eligibility.ANY_WORKER, null, null, null, 500L).field()).isEqualTo("discountFen");
    }

    @Test
    void aHigherHonourQualifiesForEveryLevelBelowIt() {
        for (HonourLevel holder : HonourLevel.values()) {
            for (HonourLevel required : HonourLevel.values()) {
                assertThat(ModelWorkerOfferRules.qualifies(holder, required)).as(holder + " for " + required)
                        .isEqualTo(holder.ordinal() <= required.ordinal());
            }
        }
        assertThat(ModelWorkerOfferRules.qualifies(HonourLevel.NATIONAL, HonourLevel.DISTRICT)).isTrue();
        assertThat(ModelWorkerOfferRules.qualifies(HonourLevel.DISTRICT, HonourLevel.CITY)).isFalse();
        assertThat(ModelWorkerOfferRules.qualifies(null, HonourLevel.DISTRICT)).isFalse();
    }

    @Test
    void aPercentageRoundsDownToTheFenAndAFixedAmountIsCappedAtThePrice() {
        assertThat(ModelWorkerOfferRules.discountFen(20_000, 10, null)).isEqualTo(2_000);
        assertThat(ModelWorkerOfferRules.discountFen(19_999, 15, null)).isEqualTo(2_999); // 2,999.85
        assertThat(ModelWorkerOfferRules.discountFen(1, 20, null)).isZero();
        assertThat(ModelWorkerOfferRules.discountFen(20_000, 100, null)).isEqualTo(20_000);
        assertThat(ModelWorkerOfferRules.discountFen(3_000, null, 500L)).isEqualTo(500);
        assertThat(ModelWorkerOfferRules.discountFen(3_000, null, 9_000L)).isEqualTo(3_000);
        assertThat(ModelWorkerOfferRules.discountFen(3_000, null, null)).isZero();
        assertThatThrownBy(() -> ModelWorkerOfferRules.discountFen(0, 10, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ModelWorkerOfferRules.discountFen(100, 0, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ModelWorkerOfferRules.discountFen(Long.MAX_VALUE, 50, null)).isInstanceOf(ArithmeticException.class);
    }
}
