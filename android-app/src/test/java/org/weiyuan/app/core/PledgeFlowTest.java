package org.weiyuan.app.core;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The pledge screen's logic and the session's home screen, without Android. */
class PledgeFlowTest {

    @Test
    void presetsBelowWhatIsLeftThenWhatIsLeft() {
        assertThat(new PledgeFlow(35_000).choices()).containsExactly(1_000L, 5_000L, 10_000L, 35_000L);
        assertThat(new PledgeFlow(800).choices()).containsExactly(800L);
        assertThat(new PledgeFlow(0).choices()).isEmpty();
    }

    @Test
    void oneKeyPerChosenAmountSoThatARetryIsTheSamePledge() {
        PledgeFlow f = new PledgeFlow(35_000);
        assertThat(f.canPledge()).isFalse();
        f.choose(5_000);
        String key = f.idempotencyKey();
        f.pledging();
        assertThat(f.canPledge()).isFalse();
        f.failed("网络连接失败");
        assertThat(f.canPledge()).isTrue();
        f.choose(5_000);
        assertThat(f.idempotencyKey()).as("same amount, same pledge").isEqualTo(key);
        f.choose(10_000);
        assertThat(f.idempotencyKey()).isNotEqualTo(key);
        assertThatThrownBy(() -> f.choose(40_000)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTypedAmountIsChosenOnlyWhenItIsWholeFenAboveNothingAndWithinWhatIsLeft() {
        PledgeFlow f = new PledgeFlow(35_000);
        assertThat(f.chooseTyped("  ")).isEqualTo(PledgeFlow.AmountProblem.EMPTY);
        assertThat(f.chooseTyped("五十")).isEqualTo(PledgeFlow.AmountProblem.NOT_AN_AMOUNT);
        assertThat(f.chooseTyped("1e3")).isEqualTo(PledgeFlow.AmountProblem.NOT_AN_AMOUNT);
        assertThat(f.chooseTyped("1,000")).isEqualTo(PledgeFlow.AmountProblem.NOT_AN_AMOUNT);
        assertThat(f.chooseTyped("12.345")).isEqualTo(PledgeFlow.AmountProblem.FINER_THAN_A_FEN);
        assertThat(f.chooseTyped("0")).isEqualTo(PledgeFlow.AmountProblem.NOT_POSITIVE);
        assertThat(f.chooseTyped("0.00")).isEqualTo(PledgeFlow.AmountProblem.NOT_POSITIVE);
        assertThat(f.chooseTyped("-5")).isEqualTo(PledgeFlow.AmountProblem.NOT_POSITIVE);
        assertThat(f.chooseTyped("350.01")).isEqualTo(PledgeFlow.AmountProblem.MORE_THAN_LEFT);
        assertThat(f.amountFen()).as("nothing chosen by a refused amount").isZero();
        assertThat(f.chooseTyped("88.8")).isNull();
        assertThat(f.amountFen()).isEqualTo(8_880);
        assertThat(f.chooseTyped("350")).isNull();
        assertThat(f.amountFen()).isEqualTo(35_000);
        assertThat(f.chooseTyped(".5")).isNull();
        assertThat(f.amountFen()).isEqualTo(50);
    }

    @Test
    void changingWhatHappensOnExpiryMakesANewKeyAndOutlivesTheProcess() {
        PledgeFlow f = new PledgeFlow(35_000);
        assertThat(f.onExpiry()).isEqualTo(PledgeFlow.REFUND);
        f.choose(5_000);
        String key = f.idempotencyKey();
        f.chooseOnExpiry(PledgeFlow.REFUND);
        assertThat(f.idempotencyKey()).as("the same choice, the same pledge").isEqualTo(key);
        f.chooseOnExpiry(PledgeFlow.MOVE_TO_GENERAL_FUND);
        assertThat(f.idempotencyKey()).as("the server refuses a key sent again with another choice").isNotEqualTo(key);
        PledgeFlow restored = PledgeFlow.restore(f.save(), 35_000);
        assertThat(restored.onExpiry()).isEqualTo(PledgeFlow.MOVE_TO_GENERAL_FUND);
        assertThat(restored.idempotencyKey()).isEqualTo(f.idempotencyKey());
        f.pledging();
        String sent = f.idempotencyKey();
        f.chooseOnExpiry(PledgeFlow.REFUND);
        assertThat(f.onExpiry()).as("fixed once the pledge is on its way").isEqualTo(PledgeFlow.MOVE_TO_GENERAL_FUND);
        assertThat(f.idempotencyKey()).isEqualTo(sent);
        assertThatThrownBy(() -> f.chooseOnExpiry("KEEP")).isInstanceOf(IllegalArgumentException.class);
        assertThat(PledgeFlow.restore(new PledgeFlow.Saved(0, null, null, null, null, null, PledgeFlow.MOVE_TO_GENERAL_FUND), 100)
                .onExpiry()).as("a choice made before any amount").isEqualTo(PledgeFlow.MOVE_TO_GENERAL_FUND);
    }

    @Test
    void theStepsOfAPaidPledge() {
        PledgeFlow f = new PledgeFlow(35_000);
        f.choose(35_000);
        f.pledging();
        f.pledged("p1", "r1");
        assertThat(f.step()).isEqualTo(PledgeFlow.Step.PAYING);
        assertThat(f.paymentReference()).isEqualTo("r1");
        f.paymentStarted();
        f.paid();
        assertThat(f.step()).isEqualTo(PledgeFlow.Step.PAID);
        assertThat(f.canPledge()).isFalse();
    }

    private static String token(String claims) {
        return "h." + Base64.getUrlEncoder().withoutPadding().encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".s";
    }

    @Test
    void theRoleInTheTokenDecidesTheHomeScreen() {
        assertThat(Session.of(token("{\"realm_access\":{\"roles\":[\"donor\",\"offline_access\"]}}"), "r").home())
                .isEqualTo(Session.Home.DONOR);
        assertThat(Session.of(token("{\"realm_access\":{\"roles\":[\"worker\"]},\"name\":\"王芳\"}"), "r").name).isEqualTo("王芳");
        assertThat(Session.of(token("{\"realm_access\":{\"roles\":[\"staff\",\"donor\"]}}"), "r").home()).isEqualTo(Session.Home.STAFF);
        assertThat(Session.of("not-a-token", null).home()).isEqualTo(Session.Home.SIGNED_OUT);
        assertThat(Session.signedOut().signedIn()).isFalse();
    }

    @Test
    void aPledgeOnItsWayIsSavedAndRestoredWithItsKey() {
        PledgeFlow flow = new PledgeFlow(35_000);
        flow.choose(35_000);
        String key = flow.idempotencyKey();
        flow.pledging();
        PledgeFlow restored = PledgeFlow.restore(flow.save(), 0); // meanwhile the wish filled: the pledge on its way still counts
        assertThat(restored.inFlight()).isTrue();
        assertThat(restored.step()).isEqualTo(PledgeFlow.Step.PLEDGING);
        assertThat(restored.idempotencyKey()).isEqualTo(key);
        assertThat(restored.amountFen()).isEqualTo(35_000);

        restored.pledged("p1", "r1");
        PledgeFlow again = PledgeFlow.restore(restored.save(), 0);
        assertThat(again.pledgeId()).isEqualTo("p1");
        assertThat(again.paymentReference()).isEqualTo("r1");
        assertThat(PledgeFlow.restore(null, 10_000).step()).isEqualTo(PledgeFlow.Step.CHOOSING);
    }
}
