package org.weiyuan.stats;

import java.util.Map;

/**
 * Chinese and English names of every key a chart or export shows (enum names as stored), so the
 * console and the spreadsheets say 低保户 rather than DIBAO. zh-CN first, English second.
 */
public final class StatsLabels {

    /** A key's name in both languages. */
    public record Label(String zh, String en) {
        /** "低保户 DIBAO household" style, for a spreadsheet header or cell. */
        public String both() {
            return zh + " " + en;
        }
    }

    private static final Map<String, Label> LABELS = Map.ofEntries(
            // 困难类别 household category
            Map.entry("DIBAO", new Label("低保户", "Dibao household")),
            Map.entry("DIBAO_MARGINAL", new Label("低保边缘户", "Marginal dibao household")),
            Map.entry("ACCIDENT_STRICKEN", new Label("意外致困户", "Accident-stricken household")),
            Map.entry("NOT_ELIGIBLE", new Label("不符合条件", "Not eligible")),
            Map.entry("UNASSESSED", new Label("未评定", "Not assessed")),
            // 困难程度 severity
            Map.entry("EXTREME_HARDSHIP", new Label("特困职工", "Extreme hardship")),
            Map.entry("HARDSHIP", new Label("困难职工", "Hardship")),
            Map.entry("NONE", new Label("不困难", "None")),
            // 致困原因 causes
            Map.entry("ILLNESS", new Label("患病", "Illness")),
            Map.entry("DISABILITY", new Label("残疾", "Disability")),
            Map.entry("UNEMPLOYMENT", new Label("失业下岗", "Unemployment")),
            Map.entry("CHILD_EDUCATION", new Label("子女教育", "Child education")),
            Map.entry("ACCIDENT_OR_DISASTER", new Label("意外灾害", "Accident or disaster")),
            Map.entry("LOW_INCOME", new Label("收入低", "Low income")),
            Map.entry("OTHER", new Label("其他", "Other")),
            // 档案状态 household status (shared names with wishes: DRAFT, SUBMITTED, NEEDS_INFO, REJECTED)
            Map.entry("DRAFT", new Label("草稿", "Draft")),
            Map.entry("SUBMITTED", new Label("已提交", "Submitted")),
            Map.entry("NEEDS_INFO", new Label("待补充", "Needs information")),
            Map.entry("UNDER_VERIFICATION", new Label("核查中", "Under verification")),
            Map.entry("APPROVED", new Label("已建档", "Approved")),
            Map.entry("REJECTED", new Label("未通过", "Rejected")),
            Map.entry("EXITED", new Label("已脱困退出", "Exited")),
            // 退出原因 exit reasons
            Map.entry("RE_EMPLOYED", new Label("再就业", "Re-employed")),
            Map.entry("INCOME_ABOVE_THRESHOLD", new Label("收入超过标准", "Income above threshold")),
            Map.entry("MOVED_AWAY", new Label("迁出", "Moved away")),
            Map.entry("DECEASED", new Label("户主去世", "Deceased")),
            Map.entry("INELIGIBLE_ON_RECHECK", new Label("复核不符合条件", "Ineligible on recheck")),
            // 微愿状态 wish status
            Map.entry("PUBLISHED", new Label("已发布", "Published")),
            Map.entry("PARTLY_FUNDED", new Label("部分认捐", "Partly funded")),
            Map.entry("FUNDED", new Label("已筹满", "Funded")),
            Map.entry("FULFILLING", new Label("拨付中", "Fulfilling")),
            Map.entry("FULFILLED", new Label("已实现", "Fulfilled")),
            Map.entry("CLOSED", new Label("已结项", "Closed")),
            Map.entry("WITHDRAWN", new Label("已撤回", "Withdrawn")),
            Map.entry("EXPIRED", new Label("已到期", "Expired")),
            Map.entry("FROZEN", new Label("已冻结", "Frozen")),
            // 微愿时长 wish age
            Map.entry("DAYS_0_7", new Label("7天以内", "0–7 days")),
            Map.entry("DAYS_8_30", new Label("8–30天", "8–30 days")),
            Map.entry("DAYS_31_90", new Label("31–90天", "31–90 days")),
            Map.entry("DAYS_OVER_90", new Label("90天以上", "Over 90 days")),
            // 服务类别 service categories
            Map.entry("LEGAL_AID", new Label("法律援助", "Legal aid")),
            Map.entry("COUNSELLING", new Label("心理咨询", "Counselling")),
            Map.entry("SKILLS_TRAINING", new Label("技能培训", "Skills training")),
            Map.entry("MEDICAL_DISCOUNT", new Label("医药优惠", "Medical discount")),
            Map.entry("VOLUNTEER_HELP", new Label("志愿服务", "Volunteer help")),
            Map.entry("EMPLOYMENT_GUIDANCE", new Label("就业指导", "Employment guidance")),
            // 月度序列 monthly series
            Map.entry("FILED", new Label("新建档案", "New files")),
            Map.entry("APPROVALS", new Label("审批通过", "Approvals")),
            Map.entry("EXITS", new Label("脱困退出", "Exits")),
            Map.entry("PLACED", new Label("安置就业", "Placements")),
            // 拨付方式 disbursement methods
            Map.entry("BANK_TRANSFER", new Label("银行转账", "Bank transfer")),
            Map.entry("IN_KIND", new Label("实物发放", "In kind")),
            // 微愿类型 wish kinds
            Map.entry("CASH", new Label("现金", "Cash")),
            Map.entry("GOODS", new Label("物品", "Goods")),
            Map.entry("SERVICE", new Label("服务", "Service")),
            Map.entry("SCHOLARSHIP", new Label("助学", "Scholarship")));

    private StatsLabels() { }

    /** The label of a key; an unknown key (e.g. a district code with no name) is shown as itself. */
    public static Label of(String key) {
        Label l = LABELS.get(key);
        return l == null ? new Label(key, key) : l;
    }
}
