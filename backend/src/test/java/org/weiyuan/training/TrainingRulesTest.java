package org.weiyuan.training;

import org.junit.jupiter.api.Test;
import org.weiyuan.training.TrainingRules.Action;
import org.weiyuan.training.TrainingRules.Gap;
import org.weiyuan.training.TrainingRules.Status;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TrainingRulesTest {

    @Test
    void anEnrolmentEndsOnceCompletedOrDropped() {
        assertThat(TrainingRules.next(Status.ENROLLED, Action.COMPLETE)).contains(Status.COMPLETED);
        assertThat(TrainingRules.next(Status.ENROLLED, Action.DROP)).contains(Status.DROPPED);
        assertThat(TrainingRules.next(Status.COMPLETED, Action.DROP)).isEmpty();
        assertThat(TrainingRules.next(Status.COMPLETED, Action.COMPLETE)).isEmpty();
        assertThat(TrainingRules.next(Status.DROPPED, Action.COMPLETE)).isEmpty();
    }

    @Test
    void gapsAreTheSkillsListingsAskAboveWhatTheWorkerHoldsMostDemandedFirst() {
        List<Gap> gaps = TrainingRules.gaps(List.of("COOKING:2", "CLEANING:1"), List.of(
                List.of("COOKING:2", "CLEANING:2"),          // cooking held at the level asked: no gap
                List.of("CLEANING:1", "CAR_REPAIR:1"),
                List.of("CAR_REPAIR:3", "DRIVING:1"),
                List.of("CAR_REPAIR:2")));
        assertThat(gaps).containsExactly(new Gap("CAR_REPAIR", 3, 3), new Gap("CLEANING", 2, 1), new Gap("DRIVING", 1, 1));
        assertThat(TrainingRules.gaps(List.of("DRIVING:3"), List.of(List.of("DRIVING:1")))).isEmpty();
        assertThat(TrainingRules.gaps(List.of(), List.of())).isEmpty();
    }

    @Test
    void aHouseholdHasItsSkillOnceACourseWasCompleted() {
        assertThat(TrainingRules.householdHasSkill(List.of(Status.ENROLLED, Status.DROPPED))).isFalse();
        assertThat(TrainingRules.householdHasSkill(List.of(Status.DROPPED, Status.COMPLETED))).isTrue();
        assertThat(TrainingRules.householdHasSkill(List.of())).isFalse();
    }
}
