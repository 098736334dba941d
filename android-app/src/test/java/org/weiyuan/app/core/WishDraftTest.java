package org.weiyuan.app.core;

import org.json.JSONObject;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Collections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A wish is checked on the phone as the backend checks it (WishRules, WishViews.ItemRequest), and sent in its shape. */
class WishDraftTest {

    @Test
    void aGoodsWishListsItsItemsAndSendsNoTarget() throws Exception {
        WishDraft d = WishDraft.goods(" 冬天的棉被 ", "老房子漏风", Arrays.asList(new WishDraft.Item("棉被", 2, 15_000),
                new WishDraft.Item("电暖器", 1, 15_050)), "2027-01-05");
        assertThat(d.problem()).isNull();
        assertThat(d.totalFen()).isEqualTo(45_050);
        JSONObject body = new JSONObject(d.toJson());
        assertThat(body.getString("kind")).isEqualTo("GOODS");
        assertThat(body.getString("title")).isEqualTo("冬天的棉被");
        assertThat(body.has("targetFen")).isFalse();
        assertThat(body.getJSONArray("items").length()).isEqualTo(2);
        assertThat(body.getJSONArray("items").getJSONObject(1).getLong("unitPriceFen")).isEqualTo(15_050);
    }

    @Test
    void aGoodsWishWithoutItemsOrWithABadItemIsNotSent() {
        assertThat(WishDraft.goods("棉被", "冷", Collections.emptyList(), "2027-01-05").problem()).isEqualTo(WishDraft.Problem.NO_ITEMS);
        assertThat(WishDraft.goods("棉被", "冷", Collections.singletonList(new WishDraft.Item(" ", 1, 100)), "2027-01-05").problem())
                .isEqualTo(WishDraft.Problem.ITEM_INCOMPLETE);
        assertThat(WishDraft.goods("棉被", "冷", Collections.singletonList(new WishDraft.Item("棉被", 1001, 100)), "2027-01-05").problem())
                .isEqualTo(WishDraft.Problem.QUANTITY);
        assertThat(WishDraft.goods("棉被", "冷", Collections.singletonList(new WishDraft.Item("棉被", 1, -1)), "2027-01-05").problem())
                .isEqualTo(WishDraft.Problem.PRICE);
        assertThat(WishDraft.goods("", "冷", Collections.singletonList(new WishDraft.Item("棉被", 1, 100)), "2027-01-05").problem())
                .isEqualTo(WishDraft.Problem.MISSING_TEXT);
    }

    @Test
    void theOtherKindsCarryATarget() throws Exception {
        for (WishDraft.Kind kind : new WishDraft.Kind[] {WishDraft.Kind.CASH, WishDraft.Kind.SERVICE, WishDraft.Kind.FESTIVAL_AID}) {
            WishDraft d = WishDraft.withTarget(kind, "医药费", "住院", 300_000, "2027-01-05");
            assertThat(d.problem()).isNull();
            JSONObject body = new JSONObject(d.toJson());
            assertThat(body.getString("kind")).isEqualTo(kind.name());
            assertThat(body.getLong("targetFen")).isEqualTo(300_000);
            assertThat(body.has("items")).isFalse();
        }
        assertThat(WishDraft.withTarget(WishDraft.Kind.CASH, "医药费", "住院", 0, "2027-01-05").problem()).isEqualTo(WishDraft.Problem.AMOUNT);
        assertThatThrownBy(() -> WishDraft.withTarget(WishDraft.Kind.GOODS, "棉被", "冷", 100, "2027-01-05"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void yuanAsTypedBecomeFen() {
        assertThat(WishDraft.fen("450.5")).isEqualTo(45_050);
        assertThat(WishDraft.fen("12")).isEqualTo(1_200);
        assertThat(WishDraft.fen("1.234")).isEqualTo(-1);
        assertThat(WishDraft.fen("abc")).isEqualTo(-1);
        assertThat(WishDraft.count(" 3 ")).isEqualTo(3);
        assertThat(WishDraft.count("x")).isEqualTo(-1);
    }

    @Test
    void datesAreChinaCalendarDaysWithoutJavaTime() {
        long noonInShanghai = 1_767_585_600_000L; // 2026-01-05 12:00 +08:00
        assertThat(Dates.today(noonInShanghai)).isEqualTo("2026-01-05");
        assertThat(Dates.plusDays(noonInShanghai, 30)).isEqualTo("2026-02-04");
        assertThat(Dates.year(noonInShanghai)).isEqualTo(2026);
        assertThat(Dates.daysUntil(noonInShanghai, "2026-01-17")).isEqualTo(12);
        assertThat(Dates.daysUntil(noonInShanghai, "not a date")).isEqualTo(-1);
    }
}
