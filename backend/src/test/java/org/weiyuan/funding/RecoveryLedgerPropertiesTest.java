package org.weiyuan.funding;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.junit.jupiter.api.Test;
import org.weiyuan.support.Api;
import org.weiyuan.support.Demo;
import org.weiyuan.support.Fixtures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever sequence of payments, disbursements, exits, re-checks, recoveries, instalments,
 * refunds (on freezing) and appeals that reverse the exit runs on a household's wish, through the
 * real API and database: the ledger balances, every wish's escrow matches its totals, and a frozen
 * wish takes no money while it is frozen (only a reversed exit may give it back to donors).
 * The sequences come from jqwik generators; each failure message carries the sequence.
 */
@QuarkusTest
class RecoveryLedgerPropertiesTest {

    enum Kind { PAY, HOLD, FILL, DISBURSE, RECHECK_OK, INELIGIBLE, EXIT, RECOVER, INSTALMENT, APPEAL_REVERSED }

    record Step(Kind kind, long amountFen) { }

    @Inject
    SandboxGateway gateway;

    private static final Arbitrary<List<Step>> SCENARIOS = Combinators.combine(
                    Arbitraries.of(Kind.values()), Arbitraries.longs().between(1, 40_000))
            .as(Step::new).list().ofMinSize(3).ofMaxSize(9);

    @Test
    void theLedgerBalancesAndNoFrozenWishTakesMoney() {
        List<List<Step>> scenarios = new ArrayList<>(SCENARIOS.sampleStream().limit(8).toList());
        // always include the path the property is about: funded, handed over, found ineligible, recovered
        scenarios.add(List.of(new Step(Kind.FILL, 1), new Step(Kind.DISBURSE, 25_000), new Step(Kind.INELIGIBLE, 1),
                new Step(Kind.PAY, 5_000), new Step(Kind.RECOVER, 20_000), new Step(Kind.INSTALMENT, 7_000),
                new Step(Kind.INSTALMENT, 13_000), new Step(Kind.DISBURSE, 1_000)));
        // and the way back (identify4): the exit reversed on appeal cancels the recovery (balanced), the wish is handed over again
        scenarios.add(List.of(new Step(Kind.FILL, 1), new Step(Kind.DISBURSE, 25_000), new Step(Kind.INELIGIBLE, 1),
                new Step(Kind.RECOVER, 20_000), new Step(Kind.INSTALMENT, 7_000), new Step(Kind.APPEAL_REVERSED, 1),
                new Step(Kind.INSTALMENT, 1_000), new Step(Kind.DISBURSE, 1_000), new Step(Kind.PAY, 5_000)));
        for (List<Step> scenario : scenarios) {
            run(scenario);
        }
    }

    private void run(List<Step> scenario) {
        UUID worker = UUID.randomUUID();
        String wish = Fixtures.publishedWish(worker, Fixtures.cashWish(60_000));
        String household = Api.worker(worker).get("/api/v1/households/mine").then().extract().path("id");
        String recovery = null;
        Long frozenDonated = null;
        Long frozenDisbursed = null;
        for (Step step : scenario) {
            String why = scenario + " at " + step;
            switch (step.kind()) {
                case PAY -> {
                    String ref = pledge(wish, step.amountFen());
                    if (ref != null) {
                        notifyPaid(ref, step.amountFen());
                    }
                }
                case HOLD -> pledge(wish, step.amountFen());
                case FILL -> {
                    int left = given().get("/api/v1/feed/wishes/" + wish).then().extract().path("remainingFen");
                    if (left > 0) {
                        String ref = pledge(wish, left);
                        if (ref != null) {
                            notifyPaid(ref, left);
                        }
                    }
                }
                case DISBURSE -> Api.staff(Demo.LIU_NANMING).body(Map.of("amountFen", step.amountFen(), "method", "IN_KIND",
                        "reference", "送货单", "proof", "签收单")).post("/api/v1/wishes/" + wish + "/disbursements");
                case RECHECK_OK -> Api.staff(Demo.LIU_NANMING).body(recheck("CONFIRMED")).post("/api/v1/households/" + household + "/rechecks");
                case INELIGIBLE -> Api.staff(Demo.LIU_NANMING).body(recheck("INELIGIBLE")).post("/api/v1/households/" + household + "/rechecks");
                case EXIT -> Api.staff(Demo.LIU_NANMING).body(Map.of("reason", "RE_EMPLOYED")).post("/api/v1/households/" + household + "/exit");
                case RECOVER -> {
                    Response r = Api.staff(Demo.LIU_NANMING).body(Map.of("wishId", wish, "amountFen", step.amountFen(), "reason", "复核不符合条件"))
                            .post("/api/v1/households/" + household + "/recoveries");
                    assertThat(r.statusCode()).as(why).isIn(201, 409, 422);
                    if (r.statusCode() == 201) {
                        recovery = r.path("id");
                    }
                }
                case INSTALMENT -> {
                    if (recovery != null) {
                        int s = Api.staff(Demo.LIU_NANMING).body(Map.of("amountFen", step.amountFen(), "reference", "收据"))
                                .post("/api/v1/recoveries/" + recovery + "/instalments").statusCode();
                        assertThat(s).as(why).isIn(200, 409, 422);
                    }
                }
            }
            if (step.kind() == Kind.APPEAL_REVERSED && reversed(worker, household, why)) {
                frozenDonated = null; // reinstated: the wish may take money again where it was unfrozen
                frozenDisbursed = null;
            }
            var report = given().get("/api/v1/feed/wishes/" + wish + "/report").then().statusCode(200).extract();
            long donated = ((Number) report.path("donatedFen")).longValue() + ((Number) report.path("matchedFen")).longValue();
            long disbursed = ((Number) report.path("disbursedFen")).longValue();
            if (frozenDonated != null) {
                assertThat(donated).as("a frozen wish took a donation: " + why).isLessThanOrEqualTo(frozenDonated);
                assertThat(disbursed).as("a frozen wish paid out: " + why).isEqualTo(frozenDisbursed);
            } else if ("FROZEN".equals(report.path("status"))) {
                frozenDonated = donated;
                frozenDisbursed = disbursed;
            }
            var check = Api.admin().get("/api/v1/ledger/check").then().statusCode(200).extract();
            assertThat((Boolean) check.path("balanced")).as("ledger balanced: " + why).isTrue();
            assertThat((List<?>) check.path("wishMismatches")).as("wish totals: " + why).isEmpty();
        }
    }

    /** The worker appeals the file's exit and 陈静 (贵阳, above the deciding 南明区) reverses it; false when there was nothing to appeal. */
    private static boolean reversed(UUID worker, String household, String why) {
        Response appeal = Api.worker(worker).body(Map.of("reason", "性质测试申诉")).post("/api/v1/households/" + household + "/appeals");
        assertThat(appeal.statusCode()).as(why).isIn(201, 409, 422);
        if (appeal.statusCode() != 201) {
            return false;
        }
        Api.staff(Demo.CHEN_GUIYANG).body(Map.of("outcome", "REVERSED", "reason", "性质测试复议撤销"))
                .post("/api/v1/appeals/" + appeal.path("id") + "/decision").then().statusCode(200);
        return true;
    }

    private static Map<String, Object> recheck(String result) {
        return Map.of("result", result, "visitedOn", LocalDate.now().minusDays(1).toString(),
                "finding", "性质测试复核", "commitmentSigned", true);
    }

    /** A pledge's payment reference, or null when the wish refused it (frozen, full, too much). */
    private static String pledge(String wish, long amount) {
        Response r = Api.as(UUID.randomUUID(), "donor").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("amountFen", amount, "onExpiry", amount % 2 == 0 ? "REFUND" : "MOVE_TO_GENERAL_FUND"))
                .post("/api/v1/wishes/" + wish + "/pledges");
        assertThat(r.statusCode()).isIn(201, 409, 422);
        return r.statusCode() == 201 ? r.path("payment.reference") : null;
    }

    private void notifyPaid(String reference, long amount) {
        String body = gateway.notificationBody(reference, amount);
        given().contentType(ContentType.JSON).header(SandboxGateway.SIGNATURE_HEADER, gateway.sign(body)).body(body)
                .post("/api/v1/payments/sandbox/notify").then().statusCode(200);
    }
}
