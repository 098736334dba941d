package org.weiyuan.followup;

import org.junit.jupiter.api.Test;
import org.weiyuan.followup.FollowupEntities.LinkKind;
import org.weiyuan.followup.MeasureLifecycle.Action;
import org.weiyuan.followup.MeasureLifecycle.Status;

import static org.assertj.core.api.Assertions.assertThat;

class MeasureLifecycleTest {

    @Test
    void plannedMeasuresStartCompleteOrDrop() {
        assertThat(MeasureLifecycle.next(Status.PLANNED, Action.START)).contains(Status.IN_PROGRESS);
        assertThat(MeasureLifecycle.next(Status.PLANNED, Action.COMPLETE)).contains(Status.DONE);
        assertThat(MeasureLifecycle.next(Status.PLANNED, Action.DROP)).contains(Status.DROPPED);
        assertThat(MeasureLifecycle.next(Status.PLANNED, Action.REOPEN)).isEmpty();
    }

    @Test
    void inProgressCannotStartAgain() {
        assertThat(MeasureLifecycle.next(Status.IN_PROGRESS, Action.START)).isEmpty();
        assertThat(MeasureLifecycle.next(Status.IN_PROGRESS, Action.COMPLETE)).contains(Status.DONE);
        assertThat(MeasureLifecycle.next(Status.IN_PROGRESS, Action.DROP)).contains(Status.DROPPED);
    }

    @Test
    void doneIsFinalAndDroppedMayBeReopened() {
        for (Action a : Action.values()) {
            assertThat(MeasureLifecycle.next(Status.DONE, a)).as(a.name()).isEmpty();
        }
        assertThat(MeasureLifecycle.next(Status.DROPPED, Action.REOPEN)).contains(Status.PLANNED);
        assertThat(MeasureLifecycle.next(Status.DROPPED, Action.COMPLETE)).isEmpty();
    }

    @Test
    void openStatesAndResults() {
        assertThat(MeasureLifecycle.isOpen(Status.PLANNED)).isTrue();
        assertThat(MeasureLifecycle.isOpen(Status.IN_PROGRESS)).isTrue();
        assertThat(MeasureLifecycle.isOpen(Status.DONE)).isFalse();
        assertThat(MeasureLifecycle.isOpen(Status.DROPPED)).isFalse();
        assertThat(MeasureLifecycle.needsResult(Action.COMPLETE)).isTrue();
        assertThat(MeasureLifecycle.needsResult(Action.START)).isFalse();
    }

    @Test
    void carriersCompleteOnlyInTheirFinalGoodState() {
        assertThat(MeasureCarriers.completion(LinkKind.JOB_APPLICATION, "HIRED")).isPresent();
        assertThat(MeasureCarriers.completion(LinkKind.JOB_APPLICATION, "INTERVIEW")).isEmpty();
        assertThat(MeasureCarriers.completion(LinkKind.JOB_APPLICATION, "NOT_HIRED")).isEmpty();
        assertThat(MeasureCarriers.completion(LinkKind.WISH, "FULFILLED")).isPresent();
        assertThat(MeasureCarriers.completion(LinkKind.WISH, "FUNDED")).isEmpty();
        assertThat(MeasureCarriers.completion(LinkKind.SERVICE_ORDER, "BOOKED")).isPresent();
        assertThat(MeasureCarriers.completion(LinkKind.SERVICE_ORDER, "WAITING")).isEmpty();
    }
}
