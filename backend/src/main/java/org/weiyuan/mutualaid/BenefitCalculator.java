package org.weiyuan.mutualaid;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.weiyuan.mutualaid.PlanRules.MemberTier;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Computes what a claim (申领) pays under a plan's rules and explains it line by line, in zh-CN and
 * English. Plain Java with no framework imports: the service feeds it what the database knows
 * (what the member was already paid this year, the fund's balance) and stores its answer.
 */
public final class BenefitCalculator {

    private BenefitCalculator() { }

    @Schema(name = "BenefitKind")
    public enum Kind { INPATIENT, CRITICAL_ILLNESS, PHARMACY, /** 自选计划: a claim against an optional benefit */ OPTIONAL }

    /** What is claimed. For in-patient claims selfPaid = total − insurance paid; {@code option} names the optional benefit. */
    public record Claim(Kind kind, LocalDate eventDate, String illness, long totalFen, long insurancePaidFen, long selfPaidFen,
                        String option) {

        public Claim(Kind kind, LocalDate eventDate, String illness, long totalFen, long insurancePaidFen, long selfPaidFen) {
            this(kind, eventDate, illness, totalFen, insurancePaidFen, selfPaidFen, null);
        }

        public Claim {
            if (kind == Kind.OPTIONAL) {
                PlanRules.require(option != null && !option.isBlank(), "option", "required for a claim against an optional benefit");
            }
            PlanRules.require(kind != null, "kind", "required");
            PlanRules.require(eventDate != null, "eventDate", "required");
            PlanRules.require(totalFen >= 0, "totalFen", "must not be negative");
            PlanRules.require(insurancePaidFen >= 0 && insurancePaidFen <= totalFen, "insurancePaidFen", "between 0 and the total cost");
            PlanRules.require(selfPaidFen >= 0 && selfPaidFen <= totalFen, "selfPaidFen", "between 0 and the total cost");
            if (kind == Kind.INPATIENT) {
                PlanRules.require(selfPaidFen == totalFen - insurancePaidFen, "selfPaidFen", "must equal the total cost less what insurance paid");
            }
            if (kind == Kind.CRITICAL_ILLNESS) {
                PlanRules.require(illness != null && !illness.isBlank(), "illness", "required for a critical-illness claim");
            }
        }
    }

    /** The member as far as the rules need them; {@code options}: the optional benefits they opted into, with the date. */
    public record Member(MemberTier tier, LocalDate coverageFrom, int planYear, java.util.Map<String, LocalDate> options) {
        public Member(MemberTier tier, LocalDate coverageFrom, int planYear) {
            this(tier, coverageFrom, planYear, java.util.Map.of());
        }

        public Member {
            options = options == null ? java.util.Map.of() : java.util.Map.copyOf(options);
        }
    }

    /** What was already paid to the member in the plan year (optional benefits by code), and what the fund holds now. */
    public record History(long inpatientPaidThisYearFen, long pharmacyPaidThisYearFen, Set<String> illnessesPaid, long fundBalanceFen,
                          Set<String> optionsPaid) {
        public History(long inpatientPaidThisYearFen, long pharmacyPaidThisYearFen, Set<String> illnessesPaid, long fundBalanceFen) {
            this(inpatientPaidThisYearFen, pharmacyPaidThisYearFen, illnessesPaid, fundBalanceFen, Set.of());
        }

        public History {
            optionsPaid = optionsPaid == null ? Set.of() : Set.copyOf(optionsPaid);
        }
    }

    /** One line of the explanation; {@code fen} is the running amount after this step (or the figure it names). */
    public record Line(String code, long fen, String zh, String en) { }

    /** The outcome: the amount to pay (0 when refused) and why. */
    public record Assessment(long payableFen, boolean eligible, List<Line> lines) { }

    public static Assessment assess(PlanRules rules, Member member, Claim claim, History history) {
        List<Line> lines = new ArrayList<>();
        if (claim.eventDate().getYear() != member.planYear()) {
            lines.add(new Line("OUTSIDE_PLAN_YEAR", 0, "就诊/确诊日期不在计划年度 " + member.planYear() + " 内,不予支付",
                    "the event date is outside plan year " + member.planYear() + "; nothing is paid"));
            return new Assessment(0, false, lines);
        }
        LocalDate coveredFrom = member.coverageFrom().plusDays(rules.waitingDays());
        if (claim.eventDate().isBefore(coveredFrom)) {
            lines.add(new Line("WAITING_PERIOD", 0, "等待期 " + rules.waitingDays() + " 天,自 " + coveredFrom + " 起方可申领,不予支付",
                    "waiting period of " + rules.waitingDays() + " days: covered from " + coveredFrom + "; nothing is paid"));
            return new Assessment(0, false, lines);
        }
        Assessment a = switch (claim.kind()) {
            case INPATIENT -> inpatient(rules, member, claim, history, lines);
            case CRITICAL_ILLNESS -> criticalIllness(rules, claim, history, lines);
            case PHARMACY -> pharmacy(rules, member, claim, history, lines);
            case OPTIONAL -> optional(rules, member, claim, history, lines);
        };
        if (a.payableFen() > history.fundBalanceFen()) {
            long fund = Math.max(0, history.fundBalanceFen());
            lines.add(new Line("FUND_LIMIT", fund, "互助基金余额 " + Yuan.of(fund) + ",本次按余额支付",
                    "the fund holds " + Yuan.en(fund) + "; this claim is paid up to that"));
            return new Assessment(fund, a.eligible(), lines);
        }
        return a;
    }

    private static Assessment notCovered(List<Line> lines, String zh, String en) {
        lines.add(new Line("NOT_COVERED", 0, zh, en));
        return new Assessment(0, false, lines);
    }

    private static Assessment inpatient(PlanRules rules, Member member, Claim c, History h, List<Line> lines) {
        PlanRules.Inpatient b = rules.inpatient();
        if (b == null) {
            return notCovered(lines, "本计划不含住院互助", "this plan has no in-patient benefit");
        }
        lines.add(new Line("TOTAL_COST", c.totalFen(), "医疗总费用 " + Yuan.of(c.totalFen()), "total medical cost " + Yuan.en(c.totalFen())));
        lines.add(new Line("INSURANCE_PAID", c.insurancePaidFen(), "基本医疗保险已支付 " + Yuan.of(c.insurancePaidFen()),
                "paid by basic medical insurance " + Yuan.en(c.insurancePaidFen())));
        lines.add(new Line("SELF_PAID", c.selfPaidFen(), "个人自付 " + Yuan.of(c.selfPaidFen()), "self-paid " + Yuan.en(c.selfPaidFen())));
        long above = Math.max(0, c.selfPaidFen() - b.deductibleFen());
        lines.add(new Line("DEDUCTIBLE", above, "扣除起付线 " + Yuan.of(b.deductibleFen()) + ",可报销部分 " + Yuan.of(above),
                "less the deductible of " + Yuan.en(b.deductibleFen()) + ": " + Yuan.en(above) + " reimbursable"));
        int ratio = b.ratioPercent().getOrDefault(member.tier(), 0);
        if (ratio == 0) {
            return notCovered(lines, "会员档次 " + member.tier() + " 不享受住院互助", "member tier " + member.tier() + " has no in-patient benefit");
        }
        long amount = Math.multiplyExact(above, ratio) / 100; // fen, rounded down: never pay more than the rule says
        lines.add(new Line("RATIO", amount, "按" + tierZh(member.tier()) + "报销比例 " + ratio + "%:" + Yuan.of(amount),
                "at the " + tierEn(member.tier()) + " ratio of " + ratio + "%: " + Yuan.en(amount)));
        if (amount > b.perClaimCapFen()) {
            amount = b.perClaimCapFen();
            lines.add(new Line("CLAIM_CAP", amount, "达到单次封顶 " + Yuan.of(amount), "per-claim cap of " + Yuan.en(amount) + " reached"));
        }
        long left = Math.max(0, b.perYearCapFen() - h.inpatientPaidThisYearFen());
        if (h.inpatientPaidThisYearFen() > 0) {
            lines.add(new Line("PAID_THIS_YEAR", h.inpatientPaidThisYearFen(), "本年度已支付 " + Yuan.of(h.inpatientPaidThisYearFen())
                    + ",年度封顶 " + Yuan.of(b.perYearCapFen()) + ",尚余 " + Yuan.of(left),
                    "already paid this year " + Yuan.en(h.inpatientPaidThisYearFen()) + " of the yearly cap of "
                            + Yuan.en(b.perYearCapFen()) + ": " + Yuan.en(left) + " left"));
        }
        if (amount > left) {
            amount = left;
            lines.add(new Line("YEAR_CAP", amount, "达到年度封顶 " + Yuan.of(b.perYearCapFen()) + ",本次支付 " + Yuan.of(amount),
                    "yearly cap of " + Yuan.en(b.perYearCapFen()) + " reached: " + Yuan.en(amount) + " paid this time"));
        }
        lines.add(payable(amount, c.selfPaidFen()));
        return new Assessment(amount, true, lines);
    }

    private static Line payable(long amount, long selfPaid) {
        long remaining = Math.max(0, selfPaid - amount);
        return new Line("PAYABLE", amount, "互助金支付 " + Yuan.of(amount) + ",个人仍需负担 " + Yuan.of(remaining),
                "mutual aid pays " + Yuan.en(amount) + "; the member still bears " + Yuan.en(remaining));
    }

    private static Assessment criticalIllness(PlanRules rules, Claim c, History h, List<Line> lines) {
        PlanRules.CriticalIllness b = rules.criticalIllness();
        if (b == null) {
            return notCovered(lines, "本计划不含大病一次性补助", "this plan has no critical-illness benefit");
        }
        if (c.illness() == null || !b.illnesses().contains(c.illness())) {
            return notCovered(lines, "“" + c.illness() + "”不在本计划所列大病之内", "\"" + c.illness() + "\" is not a listed critical illness");
        }
        if (h.illnessesPaid().contains(c.illness())) {
            lines.add(new Line("ALREADY_PAID_ILLNESS", 0, "“" + c.illness() + "”已获一次性补助,每种大病限一次",
                    "the lump sum for \"" + c.illness() + "\" was already paid; once per illness"));
            return new Assessment(0, false, lines);
        }
        lines.add(new Line("LUMP_SUM", b.amountFen(), "首次确诊“" + c.illness() + "”,一次性补助 " + Yuan.of(b.amountFen()),
                "first diagnosis of \"" + c.illness() + "\": lump sum of " + Yuan.en(b.amountFen())));
        return new Assessment(b.amountFen(), true, lines);
    }

    private static Assessment pharmacy(PlanRules rules, Member member, Claim c, History h, List<Line> lines) {
        PlanRules.Pharmacy b = rules.pharmacy();
        if (b == null) {
            return notCovered(lines, "本计划不含药费补助", "this plan has no pharmacy allowance");
        }
        if (member.tier() != MemberTier.EXTREME_HARDSHIP) {
            return notCovered(lines, "药费补助仅限特困职工", "the pharmacy allowance is for extreme-hardship members only");
        }
        long left = Math.max(0, b.yearlyFen() - h.pharmacyPaidThisYearFen());
        lines.add(new Line("SELF_PAID", c.selfPaidFen(), "定点药店购药自付 " + Yuan.of(c.selfPaidFen()),
                "self-paid at a designated pharmacy " + Yuan.en(c.selfPaidFen())));
        lines.add(new Line("PAID_THIS_YEAR", h.pharmacyPaidThisYearFen(), "本年度药费补助已支付 " + Yuan.of(h.pharmacyPaidThisYearFen())
                + ",年度额度 " + Yuan.of(b.yearlyFen()) + ",尚余 " + Yuan.of(left),
                "allowance already paid this year " + Yuan.en(h.pharmacyPaidThisYearFen()) + " of " + Yuan.en(b.yearlyFen())
                        + ": " + Yuan.en(left) + " left"));
        long amount = Math.min(c.selfPaidFen(), left);
        if (amount < c.selfPaidFen()) {
            lines.add(new Line("YEAR_CAP", amount, "达到年度额度,本次支付 " + Yuan.of(amount),
                    "yearly allowance reached: " + Yuan.en(amount) + " paid this time"));
        }
        lines.add(payable(amount, c.selfPaidFen()));
        return new Assessment(amount, true, lines);
    }

    /**
     * 自选计划: only a member who opted into the option is covered, from the day they opted in plus the
     * plan's waiting period (an option chosen later in the year does not cover what happened before);
     * it pays its lump sum once per member in the plan year.
     */
    private static Assessment optional(PlanRules rules, Member member, Claim c, History h, List<Line> lines) {
        PlanRules.Option o = rules.option(c.option());
        if (o == null) {
            return notCovered(lines, "本计划没有自选计划“" + c.option() + "”", "this plan has no optional benefit \"" + c.option() + "\"");
        }
        LocalDate optedOn = member.options().get(o.code());
        if (optedOn == null) {
            lines.add(new Line("NOT_OPTED_IN", 0, "未参加自选计划“" + o.name() + "”(须另缴 " + Yuan.of(o.feeFen()) + "),不予支付",
                    "not opted into the optional benefit \"" + o.name() + "\" (its fee is " + Yuan.en(o.feeFen()) + "); nothing is paid"));
            return new Assessment(0, false, lines);
        }
        LocalDate coveredFrom = optedOn.plusDays(rules.waitingDays());
        if (c.eventDate().isBefore(coveredFrom)) {
            lines.add(new Line("OPTION_WAITING_PERIOD", 0, "自选计划“" + o.name() + "”自 " + optedOn + " 参加,等待期后自 " + coveredFrom
                    + " 起方可申领,不予支付", "opted into \"" + o.name() + "\" on " + optedOn + ": covered from " + coveredFrom
                    + " after the waiting period; nothing is paid"));
            return new Assessment(0, false, lines);
        }
        if (h.optionsPaid().contains(o.code())) {
            lines.add(new Line("ALREADY_PAID_OPTION", 0, "自选计划“" + o.name() + "”本年度已支付,每年限一次",
                    "the optional benefit \"" + o.name() + "\" was already paid this plan year; once a year"));
            return new Assessment(0, false, lines);
        }
        lines.add(new Line("OPTION_LUMP_SUM", o.amountFen(), "自选计划“" + o.name() + "”(已缴 " + Yuan.of(o.feeFen()) + "),支付 "
                + Yuan.of(o.amountFen()), "optional benefit \"" + o.name() + "\" (fee paid " + Yuan.en(o.feeFen()) + "): pays "
                + Yuan.en(o.amountFen())));
        return new Assessment(o.amountFen(), true, lines);
    }

    static String tierZh(MemberTier t) {
        return switch (t) {
            case ORDINARY -> "普通职工";
            case HARDSHIP -> "困难职工";
            case EXTREME_HARDSHIP -> "特困职工";
        };
    }

    static String tierEn(MemberTier t) {
        return switch (t) {
            case ORDINARY -> "ordinary";
            case HARDSHIP -> "hardship";
            case EXTREME_HARDSHIP -> "extreme-hardship";
        };
    }

    /** Fen as yuan text, exact to the fen. */
    static final class Yuan {
        private Yuan() { }

        static String of(long fen) {
            return plain(fen) + " 元";
        }

        static String en(long fen) {
            return "¥" + plain(fen);
        }

        static String plain(long fen) {
            String sign = fen < 0 ? "-" : "";
            long a = Math.abs(fen);
            long yuan = a / 100;
            long cents = a % 100;
            return sign + String.format("%,d", yuan) + (cents == 0 ? "" : String.format(".%02d", cents));
        }
    }
}
