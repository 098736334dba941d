package org.weiyuan.stats;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Answers of the dashboard endpoints (统计报表). Every table has one row per direct child unit of
 * the unit reported on (drill down: ask again with a child's id), a row for the unit itself when
 * it holds records of its own ({@code own}), and a total that equals the sum of the rows.
 */
public final class StatsViews {

    private StatsViews() { }

    @Schema(description = "工会组织 A union unit, as a row of a table names it")
    public record UnitRef(UUID id, String name, String level) { }

    @Schema(description = "键的中英文名 A key's name in Chinese and English")
    public record KeyLabel(String zh, String en) { }

    @Schema(description = "一行计数 Counts of one unit's subtree, per key")
    public record CountRow(UnitRef unit,
                           @Schema(description = "true: records held by the reported unit itself (本级), not by a child")
                           boolean own,
                           Map<String, Long> counts,
                           @Schema(description = "sum of counts (for causes a household with two causes counts twice)")
                           long total) { }

    @Schema(description = "计数表 Counts per child unit and key")
    public record CountTable(UnitRef unit, String dimension,
                             @Schema(description = "every key of the dimension, in display order")
                             List<String> keys, Map<String, KeyLabel> labels, List<CountRow> rows, CountRow total) { }

    @Schema(description = "一个月的计数 Counts of one month, per series")
    public record MonthCounts(String month, Map<String, Long> counts) { }

    @Schema(description = "一个单位的月度计数 One unit's counts per month")
    public record MonthlyRow(UnitRef unit, boolean own, List<MonthCounts> months) { }

    @Schema(description = "月度表 Counts per child unit and month (China time)")
    public record MonthlyTable(UnitRef unit, String from, String to, List<String> months, List<String> series,
                               Map<String, KeyLabel> labels, List<MonthlyRow> rows, MonthlyRow total) { }

    @Schema(description = "资金数字(分) Money figures in fen, from the ledger's wish escrow accounts and held pledges")
    public record MoneyFigures(
            @Schema(description = "认捐到账 donations paid into escrow (DONATION_PAID)") long donatedFen,
            @Schema(description = "配捐 matches drawn from pools (MATCH_DRAWN)") long matchedFen,
            @Schema(description = "已拨付 paid out to households (DISBURSED)") long disbursedFen,
            @Schema(description = "退回 refunded, moved to a fund or returned to a pool") long returnedFen,
            @Schema(description = "托管中 still held in escrow: credits − debits") long heldFen,
            @Schema(description = "待支付认捐 pledges held for payment, not yet paid") long pledgedUnpaidFen) {

        public static final MoneyFigures ZERO = new MoneyFigures(0, 0, 0, 0, 0, 0);

        public MoneyFigures plus(MoneyFigures o) {
            return new MoneyFigures(donatedFen + o.donatedFen, matchedFen + o.matchedFen, disbursedFen + o.disbursedFen,
                    returnedFen + o.returnedFen, heldFen + o.heldFen, pledgedUnpaidFen + o.pledgedUnpaidFen);
        }
    }

    @Schema(description = "一个单位的资金 One unit's money")
    public record MoneyRow(UnitRef unit, boolean own, MoneyFigures money) { }

    @Schema(description = "各单位资金 Money per child unit")
    public record MoneyTable(UnitRef unit, List<MoneyRow> rows, MoneyRow total) { }

    @Schema(description = "一个活动的资金 Money of one campaign's wishes inside the unit's subtree")
    public record CampaignMoneyRow(@Schema(description = "null: wishes outside any campaign") UUID campaignId,
                                   String name, String kind, MoneyFigures money) { }

    @Schema(description = "各活动资金 Money per campaign")
    public record CampaignMoneyTable(UnitRef unit, List<CampaignMoneyRow> rows, MoneyFigures total) { }
}
