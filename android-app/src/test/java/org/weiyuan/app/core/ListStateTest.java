package org.weiyuan.app.core;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What a list screen shows as the network comes and goes. */
class ListStateTest {

    @Test
    void loadingThenReadyThenOfflineKeepsTheItemsWithTheirAge() {
        ListState<String> s = new ListState<>();
        assertThat(s.status()).isEqualTo(ListState.Status.LOADING);
        s.loaded(List.of("a", "b"), 1_000);
        assertThat(s.status()).isEqualTo(ListState.Status.READY);
        s.loading();
        assertThat(s.status()).as("a refresh keeps showing the list").isEqualTo(ListState.Status.READY);
        s.offline("网络连接失败");
        assertThat(s.status()).isEqualTo(ListState.Status.STALE);
        assertThat(s.items()).containsExactly("a", "b");
        assertThat(s.ageMinutes(1_000 + 5 * 60_000)).isEqualTo(5);
        assertThat(s.message()).isEqualTo("网络连接失败");
    }

    @Test
    void aServerErrorWithNothingShownIsAnErrorWithTheServersDetail() {
        ListState<String> s = new ListState<>();
        s.failed(new ApiException(503, "about:blank", "服务暂时不可用", Map.of()));
        assertThat(s.status()).isEqualTo(ListState.Status.ERROR);
        assertThat(s.message()).isEqualTo("服务暂时不可用");
        assertThat(s.ageMinutes(0)).isEqualTo(-1);
    }

    @Test
    void nothingToShowIsEmptyNotAnError() {
        ListState<String> s = new ListState<>();
        s.loaded(List.of(), 0);
        assertThat(s.status()).isEqualTo(ListState.Status.EMPTY);
    }

    @Test
    void moneyReadsAsYuan() {
        assertThat(Money.yuan(30_000)).isEqualTo("¥300");
        assertThat(Money.yuan(123_456)).isEqualTo("¥1,234.56");
        assertThat(Money.yuan(5)).isEqualTo("¥0.05");
    }

    @Test
    void pagesAreFetchedOneAtATimeUntilTheLastAndAFailedPageIsTriedAgain() {
        ListState<String> s = new ListState<>();
        assertThat(s.startLoadingMore()).as("nothing loaded yet").isFalse();
        s.loaded(List.of("a", "b"), "c2", 1_000);
        assertThat(s.startLoadingMore()).isTrue();
        assertThat(s.startLoadingMore()).as("already fetching").isFalse();
        s.moreFailed();
        assertThat(s.nextCursor()).isEqualTo("c2");
        assertThat(s.startLoadingMore()).as("scrolling again tries again").isTrue();
        s.appended(List.of("c", "d"), null);
        assertThat(s.items()).containsExactly("a", "b", "c", "d");
        assertThat(s.startLoadingMore()).as("that was the last page").isFalse();
    }

    @Test
    void aSavedPageShownOfflineDoesNotPageOn() {
        ListState<String> s = new ListState<>();
        s.restored(List.of("a"), 500);
        assertThat(s.startLoadingMore()).isFalse();
        s.loaded(List.of("a", "b"), "c2", 1_000);
        s.offline("网络连接失败");
        assertThat(s.startLoadingMore()).as("offline: the list is stale").isFalse();
    }
}
