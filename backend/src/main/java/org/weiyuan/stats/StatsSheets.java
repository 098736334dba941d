package org.weiyuan.stats;

import org.weiyuan.stats.StatsViews.CampaignMoneyRow;
import org.weiyuan.stats.StatsViews.CampaignMoneyTable;
import org.weiyuan.stats.StatsViews.CountRow;
import org.weiyuan.stats.StatsViews.CountTable;
import org.weiyuan.stats.StatsViews.MoneyFigures;
import org.weiyuan.stats.StatsViews.MoneyRow;
import org.weiyuan.stats.StatsViews.MoneyTable;
import org.weiyuan.stats.StatsViews.MonthCounts;
import org.weiyuan.stats.StatsViews.MonthlyRow;
import org.weiyuan.stats.StatsViews.MonthlyTable;
import org.weiyuan.stats.StatsViews.UnitRef;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Dashboard tables as sheets: the same rows the chart's table view shows, then 合计 (total). */
public final class StatsSheets {

    static final String UNIT = "单位 Unit";
    static final String TOTAL = "合计 Total";

    private StatsSheets() { }

    static String unitName(UnitRef unit, boolean own) {
        return own ? unit.name() + "(本级 own records)" : unit.name();
    }

    public static void counts(Xlsx xlsx, String title, CountTable t) {
        List<String> headers = new ArrayList<>(List.of(UNIT));
        t.keys().forEach(k -> headers.add(t.labels().get(k).zh() + " " + t.labels().get(k).en()));
        headers.add(TOTAL);
        Xlsx.Sheet s = xlsx.sheet(title, headers);
        for (CountRow r : t.rows()) {
            countRow(s, unitName(r.unit(), r.own()), t, r);
        }
        countRow(s, TOTAL, t, t.total());
    }

    private static void countRow(Xlsx.Sheet s, String name, CountTable t, CountRow r) {
        s.text(name);
        t.keys().forEach(k -> s.count(r.counts().getOrDefault(k, 0L)));
        s.count(r.total()).endRow();
    }

    public static void monthly(Xlsx xlsx, String title, MonthlyTable t) {
        List<String> headers = new ArrayList<>(List.of(UNIT, "月份 Month"));
        t.series().forEach(k -> headers.add(t.labels().get(k).zh() + " " + t.labels().get(k).en()));
        Xlsx.Sheet s = xlsx.sheet(title, headers);
        for (MonthlyRow r : t.rows()) {
            monthRows(s, unitName(r.unit(), r.own()), t, r);
        }
        monthRows(s, TOTAL, t, t.total());
    }

    private static void monthRows(Xlsx.Sheet s, String name, MonthlyTable t, MonthlyRow r) {
        for (MonthCounts m : r.months()) {
            s.text(name).text(m.month());
            t.series().forEach(k -> s.count(m.counts().getOrDefault(k, 0L)));
            s.endRow();
        }
    }

    static final List<String> MONEY = List.of("认捐到账(元) Donated (yuan)", "配捐(元) Matched (yuan)",
            "已拨付(元) Disbursed (yuan)", "退回(元) Returned (yuan)", "托管中(元) Held (yuan)",
            "待支付认捐(元) Pledged, unpaid (yuan)");

    public static void moneyByUnit(Xlsx xlsx, String title, MoneyTable t) {
        List<String> headers = new ArrayList<>(List.of(UNIT));
        headers.addAll(MONEY);
        Xlsx.Sheet s = xlsx.sheet(title, headers);
        for (MoneyRow r : t.rows()) {
            money(s.text(unitName(r.unit(), r.own())), r.money());
        }
        money(s.text(TOTAL), t.total().money());
    }

    public static void moneyByCampaign(Xlsx xlsx, String title, CampaignMoneyTable t) {
        List<String> headers = new ArrayList<>(List.of("活动 Campaign", "类型 Kind"));
        headers.addAll(MONEY);
        Xlsx.Sheet s = xlsx.sheet(title, headers);
        for (CampaignMoneyRow r : t.rows()) {
            money(s.text(r.name()).text(r.kind()), r.money());
        }
        money(s.text(TOTAL).text(null), t.total());
    }

    private static void money(Xlsx.Sheet s, MoneyFigures m) {
        s.yuan(m.donatedFen()).yuan(m.matchedFen()).yuan(m.disbursedFen()).yuan(m.returnedFen())
                .yuan(m.heldFen()).yuan(m.pledgedUnpaidFen()).endRow();
    }

    /** A last sheet saying what the export is: unit, filters, when, and whether personal data is masked. */
    public static void about(Xlsx xlsx, UnitRef unit, String what, String filters, Instant at, Boolean masked) {
        Xlsx.Sheet s = xlsx.sheet("说明 About", List.of("项目 Item", "内容 Value"));
        s.text("报表 Report").text(what).endRow();
        s.text("单位 Unit").text(unit.name()).endRow();
        s.text("条件 Filters").text(filters).endRow();
        s.text("导出时间(北京时间) Exported at (China time)").time(at).endRow();
        if (masked != null) {
            s.text("个人信息 Personal data").text(masked ? "已脱敏 masked" : "完整 full (已留痕 audited)").endRow();
        }
    }
}
