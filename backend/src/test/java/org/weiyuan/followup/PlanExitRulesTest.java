package org.weiyuan.followup;

import org.junit.jupiter.api.Test;
import org.weiyuan.followup.MeasureLifecycle.Status;
import org.weiyuan.followup.PlanExitRules.Measure;
import org.weiyuan.followup.PlanExitRules.MeasureOutcome;
import org.weiyuan.followup.PlanExitRules.Result;
import org.weiyuan.followup.PlanExitRules.Stated;
import org.weiyuan.followup.PlanExitRules.Violation;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class PlanExitRulesTest {

    private final UUID planned = UUID.randomUUID();
    private final UUID underWay = UUID.randomUUID();
    private final UUID done = UUID.randomUUID();
    private final UUID dropped = UUID.randomUUID();
    private final List<Measure> measures = List.of(new Measure(planned, Status.PLANNED), new Measure(underWay, Status.IN_PROGRESS),
            new Measure(done, Status.DONE), new Measure(dropped, Status.DROPPED));

    @Test
    void openMeasuresAreSettledByTheirOutcomeAndClosedOnesKeepTheirStatus() {
        Result r = PlanExitRules.close(measures, List.of(
                new Stated(planned, MeasureOutcome.NOT_NEEDED, "收入已稳定,无需住房救助"),
                new Stated(underWay, MeasureOutcome.PARTLY_ACHIEVED, " 参加了两次心理疏导 "),
                new Stated(done, MeasureOutcome.ACHIEVED, "已在食堂稳定就业"),
                new Stated(dropped, MeasureOutcome.NOT_ACHIEVED, "本人放弃培训")));
        assertThat(r.accepted()).isTrue();
        assertThat(r.closings()).extracting(PlanExitRules.Closing::finalStatus)
                .containsExactly(Status.DROPPED, Status.DONE, Status.DONE, Status.DROPPED);
        assertThat(r.closings().get(1).reason()).isEqualTo("参加了两次心理疏导");
        assertThat(r.planOutcome()).isEqualTo(MeasureOutcome.PARTLY_ACHIEVED);
    }

    @Test
    void everyMeasureNeedsExactlyOneOutcome() {
        UUID stranger = UUID.randomUUID();
        Result r = PlanExitRules.close(measures, List.of(
                new Stated(planned, MeasureOutcome.ACHIEVED, "a"),
                new Stated(planned, MeasureOutcome.ACHIEVED, "b"),
                new Stated(stranger, MeasureOutcome.ACHIEVED, "c"),
                new Stated(done, MeasureOutcome.ACHIEVED, "d")));
        assertThat(r.accepted()).isFalse();
        assertThat(r.closings()).isEmpty();
        assertThat(r.violations()).containsExactlyInAnyOrder(
                new Violation("outcomes[1].measureId", "problem.followup.exit-measure-twice", planned.toString()),
                new Violation("outcomes[2].measureId", "problem.followup.exit-unknown-measure", stranger.toString()),
                new Violation("outcomes", "problem.followup.exit-outcome-missing", underWay.toString()),
                new Violation("outcomes", "problem.followup.exit-outcome-missing", dropped.toString()));
    }

    @Test
    void everyOutcomeNeedsAReason() {
        Result r = PlanExitRules.close(List.of(new Measure(planned, Status.PLANNED), new Measure(done, Status.DONE)),
                List.of(new Stated(planned, MeasureOutcome.ACHIEVED, "  "), new Stated(done, MeasureOutcome.ACHIEVED, null)));
        assertThat(r.violations()).extracting(Violation::field).containsExactly("outcomes[0].reason", "outcomes[1].reason");
    }

    @Test
    void aDroppedMeasureAchievedNothingAndADoneOneWasNeeded() {
        assertThat(PlanExitRules.fits(Status.DROPPED, MeasureOutcome.ACHIEVED)).isFalse();
        assertThat(PlanExitRules.fits(Status.DROPPED, MeasureOutcome.PARTLY_ACHIEVED)).isFalse();
        assertThat(PlanExitRules.fits(Status.DROPPED, MeasureOutcome.NOT_ACHIEVED)).isTrue();
        assertThat(PlanExitRules.fits(Status.DROPPED, MeasureOutcome.NOT_NEEDED)).isTrue();
        assertThat(PlanExitRules.fits(Status.DONE, MeasureOutcome.NOT_NEEDED)).isFalse();
        assertThat(PlanExitRules.fits(Status.DONE, MeasureOutcome.NOT_ACHIEVED)).isTrue();
        for (MeasureOutcome o : MeasureOutcome.values()) {
            assertThat(PlanExitRules.fits(Status.PLANNED, o)).as(o.name()).isTrue();
            assertThat(PlanExitRules.fits(Status.IN_PROGRESS, o)).as(o.name()).isTrue();
        }
        Result r = PlanExitRules.close(List.of(new Measure(dropped, Status.DROPPED)),
                List.of(new Stated(dropped, MeasureOutcome.ACHIEVED, "x")));
        assertThat(r.violations()).containsExactly(
                new Violation("outcomes[0].outcome", "problem.followup.exit-outcome-unfit", "DROPPED"));
    }

    @Test
    void thePlansOutcomeFollowsFromTheNeededMeasures() {
        assertThat(PlanExitRules.planOutcome(List.of(MeasureOutcome.ACHIEVED, MeasureOutcome.NOT_NEEDED))).isEqualTo(MeasureOutcome.ACHIEVED);
        assertThat(PlanExitRules.planOutcome(List.of(MeasureOutcome.ACHIEVED, MeasureOutcome.NOT_ACHIEVED))).isEqualTo(MeasureOutcome.PARTLY_ACHIEVED);
        assertThat(PlanExitRules.planOutcome(List.of(MeasureOutcome.PARTLY_ACHIEVED))).isEqualTo(MeasureOutcome.PARTLY_ACHIEVED);
        assertThat(PlanExitRules.planOutcome(List.of(MeasureOutcome.NOT_ACHIEVED, MeasureOutcome.NOT_NEEDED))).isEqualTo(MeasureOutcome.NOT_ACHIEVED);
        assertThat(PlanExitRules.planOutcome(List.of(MeasureOutcome.NOT_NEEDED, MeasureOutcome.NOT_NEEDED))).isEqualTo(MeasureOutcome.NOT_NEEDED);
        assertThat(PlanExitRules.planOutcome(List.of())).isEqualTo(MeasureOutcome.NOT_NEEDED);
    }

    @Test
    void openMeasuresEndDoneOnlyWhenTheyAchievedSomething() {
        assertThat(PlanExitRules.finalStatus(Status.PLANNED, MeasureOutcome.ACHIEVED)).isEqualTo(Status.DONE);
        assertThat(PlanExitRules.finalStatus(Status.IN_PROGRESS, MeasureOutcome.PARTLY_ACHIEVED)).isEqualTo(Status.DONE);
        assertThat(PlanExitRules.finalStatus(Status.IN_PROGRESS, MeasureOutcome.NOT_ACHIEVED)).isEqualTo(Status.DROPPED);
        assertThat(PlanExitRules.finalStatus(Status.PLANNED, MeasureOutcome.NOT_NEEDED)).isEqualTo(Status.DROPPED);
        assertThat(PlanExitRules.finalStatus(Status.DONE, MeasureOutcome.NOT_ACHIEVED)).isEqualTo(Status.DONE);
    }

    @Test
    void aPlanEndedByARecheckCountsOnlyDoneMeasuresAsAchieved() {
        List<Stated> stated = PlanExitRules.onIneligible(measures);
        assertThat(stated).extracting(Stated::outcome)
                .containsExactly(MeasureOutcome.NOT_ACHIEVED, MeasureOutcome.NOT_ACHIEVED, MeasureOutcome.ACHIEVED, MeasureOutcome.NOT_ACHIEVED);
        Result r = PlanExitRules.close(measures, stated);
        assertThat(r.accepted()).isTrue();
        assertThat(r.closings()).extracting(PlanExitRules.Closing::finalStatus)
                .containsExactly(Status.DROPPED, Status.DROPPED, Status.DONE, Status.DROPPED);
        assertThat(r.planOutcome()).isEqualTo(MeasureOutcome.PARTLY_ACHIEVED);
    }
}
