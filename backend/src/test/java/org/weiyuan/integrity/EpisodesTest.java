package org.weiyuan.integrity;

import org.junit.jupiter.api.Test;
import org.weiyuan.integrity.Episodes.State;
import org.weiyuan.integrity.InvariantRecord.Status;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class EpisodesTest {

    static final Instant T1 = Instant.parse("2026-03-01T03:30:00Z");
    static final Instant T2 = Instant.parse("2026-03-02T03:30:00Z");

    @Test
    void theFirstFailingRunOpensAnEpisodeAndTellsTheOperators() {
        Episodes.Next next = Episodes.after(State.NONE, Status.VIOLATED, T1);
        assertThat(next.tellOperators()).isTrue();
        assertThat(next.state()).isEqualTo(new State(T1, T1));
    }

    @Test
    void laterFailingRunsOfTheSameEpisodeStayQuiet() {
        Episodes.Next next = Episodes.after(new State(T1, T1), Status.VIOLATED, T2);
        assertThat(next.tellOperators()).isFalse();
        assertThat(next.state()).isEqualTo(new State(T1, T1));
    }

    @Test
    void aPassingRunClosesTheEpisodeSoTheNextFailureIsNewsAgain() {
        Episodes.Next passed = Episodes.after(new State(T1, T1), Status.OK, T2);
        assertThat(passed.state()).isEqualTo(State.NONE);
        assertThat(Episodes.after(passed.state(), Status.VIOLATED, T2).tellOperators()).isTrue();
    }

    @Test
    void aCheckThatCouldNotRunNeitherOpensNorClosesAnEpisode() {
        assertThat(Episodes.after(State.NONE, Status.ERROR, T1)).isEqualTo(new Episodes.Next(State.NONE, false));
        assertThat(Episodes.after(new State(T1, T1), Status.ERROR, T2)).isEqualTo(new Episodes.Next(new State(T1, T1), false));
    }

    @Test
    void noPreviousRowCountsAsNoEpisode() {
        assertThat(Episodes.after(null, Status.VIOLATED, T1).tellOperators()).isTrue();
    }
}
