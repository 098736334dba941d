package org.weiyuan.mutualaid;

import org.weiyuan.common.DomainException;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The rules of a mutual-aid plan (互助计划) as data: contribution tiers with co-funding shares by
 * payer, and the benefits with their parameters. Plain Java; validated on construction, so a plan
 * stored in the database is always one the calculator can apply. Money is integer fen.
 *
 * @param waitingDays     等待期: days after enrolment before an event is covered (0 = none)
 * @param tiers           缴费档次: one per member tier, each with its shares by payer
 * @param inpatient       住院互助 (null when the plan has none)
 * @param criticalIllness 大病一次性补助 (null when none)
 * @param pharmacy        特困职工药费补助 (null when none)
 * @param options         自选计划 (Zunyi: a 10-yuan fee opens optional plans such as accident or critical illness):
 *                        benefits a member opts into for their own fee; empty when the plan has none
 */
public record PlanRules(int waitingDays, List<ContributionTier> tiers, Inpatient inpatient,
                        CriticalIllness criticalIllness, Pharmacy pharmacy, List<Option> options) {

    /** A plan without optional benefits. */
    public PlanRules(int waitingDays, List<ContributionTier> tiers, Inpatient inpatient, CriticalIllness criticalIllness, Pharmacy pharmacy) {
        this(waitingDays, tiers, inpatient, criticalIllness, pharmacy, List.of());
    }

    /**
     * 自选计划: an optional benefit with its own fee (paid into the plan's fund when the member opts in)
     * and the lump sum it pays for an event, at most once per member in the plan year.
     *
     * @param code      its key, e.g. ACCIDENT (A–Z, 0–9, _; up to 24)
     * @param name      its name, e.g. 意外伤害
     * @param feeFen    the member's fee for it
     * @param amountFen what one claim pays
     */
    public record Option(String code, String name, long feeFen, long amountFen) {
        public Option {
            require(code != null && code.matches("[A-Z][A-Z0-9_]{0,23}"), "options.code", "A–Z, 0–9 and _, up to 24, starting with a letter");
            require(name != null && !name.isBlank() && name.length() <= 50, "options.name", "1 to 50 characters");
            require(feeFen > 0, "options.feeFen", "must be positive");
            require(amountFen > 0, "options.amountFen", "must be positive");
        }
    }

    /** 会员档次: the tier a member is enrolled in, from their approved household file. */
    public enum MemberTier { ORDINARY, HARDSHIP, EXTREME_HARDSHIP }

    /** Who pays a share of a member's contribution (co-funding, 共同筹资). */
    public enum Payer { WORKER, UNIT, UNION, GOVERNMENT }

    public record Share(Payer payer, long fen) {
        public Share {
            require(payer != null, "tiers.shares.payer", "required");
            require(fen > 0, "tiers.shares.fen", "must be positive");
        }
    }

    public record ContributionTier(MemberTier tier, List<Share> shares) {
        public ContributionTier {
            require(tier != null, "tiers.tier", "required");
            require(shares != null && !shares.isEmpty(), "tiers.shares", "at least one share");
            require(shares.stream().map(Share::payer).distinct().count() == shares.size(), "tiers.shares", "one share per payer");
            shares = List.copyOf(shares);
        }

        public long totalFen() {
            return shares.stream().mapToLong(Share::fen).reduce(0, Math::addExact);
        }
    }

    /**
     * 住院互助: the self-paid part after basic medical insurance, above a deductible (起付线, per
     * claim), at a ratio by member tier, capped per claim and per plan year.
     */
    public record Inpatient(long deductibleFen, Map<MemberTier, Integer> ratioPercent, long perClaimCapFen, long perYearCapFen) {
        public Inpatient {
            require(deductibleFen >= 0, "inpatient.deductibleFen", "must not be negative");
            require(ratioPercent != null && !ratioPercent.isEmpty(), "inpatient.ratioPercent", "at least one tier");
            ratioPercent.forEach((t, p) -> require(t != null && p != null && p > 0 && p <= 100,
                    "inpatient.ratioPercent", "each ratio between 1 and 100"));
            require(perClaimCapFen > 0, "inpatient.perClaimCapFen", "must be positive");
            require(perYearCapFen >= perClaimCapFen, "inpatient.perYearCapFen", "must be at least the per-claim cap");
            ratioPercent = new EnumMap<>(ratioPercent);
        }
    }

    /** 大病一次性补助: a lump sum on first diagnosis of a listed illness, once per member per illness. */
    public record CriticalIllness(List<String> illnesses, long amountFen) {
        public CriticalIllness {
            require(illnesses != null && !illnesses.isEmpty(), "criticalIllness.illnesses", "at least one illness");
            require(illnesses.stream().allMatch(i -> i != null && !i.isBlank() && i.length() <= 50),
                    "criticalIllness.illnesses", "names of 1 to 50 characters");
            require(amountFen > 0, "criticalIllness.amountFen", "must be positive");
            illnesses = List.copyOf(illnesses);
        }
    }

    /** 药费补助: a yearly allowance for extreme-hardship members at designated pharmacies. */
    public record Pharmacy(long yearlyFen) {
        public Pharmacy {
            require(yearlyFen > 0, "pharmacy.yearlyFen", "must be positive");
        }
    }

    public PlanRules {
        require(waitingDays >= 0 && waitingDays <= 365, "waitingDays", "between 0 and 365");
        require(tiers != null && !tiers.isEmpty(), "tiers", "at least one tier");
        require(tiers.stream().map(ContributionTier::tier).distinct().count() == tiers.size(), "tiers", "one entry per member tier");
        options = options == null ? List.of() : List.copyOf(options);
        require(inpatient != null || criticalIllness != null || pharmacy != null || !options.isEmpty(), "benefits", "at least one benefit");
        require(options.stream().map(Option::code).distinct().count() == options.size(), "options.code", "one entry per code");
        tiers = List.copyOf(tiers);
        if (inpatient != null) {
            for (ContributionTier t : tiers) {
                require(inpatient.ratioPercent().containsKey(t.tier()), "inpatient.ratioPercent", "a ratio for every tier: " + t.tier());
            }
        }
    }

    /** The optional benefit of this code, or null. */
    public Option option(String code) {
        return options.stream().filter(o -> o.code().equals(code)).findFirst().orElse(null);
    }

    public ContributionTier tier(MemberTier tier) {
        return tiers.stream().filter(t -> t.tier() == tier).findFirst().orElse(null);
    }

    /** A rule of the plan is broken; names the field and why. */
    public static final class InvalidRules extends DomainException {
        private final String field;

        public InvalidRules(String field, String reason) {
            super(422, "unprocessable", "problem.mutual-aid.rule", null,
                    List.of(new FieldProblem(field, "problem.mutual-aid.rule", new Object[] {field, reason})), field, reason);
            this.field = Objects.requireNonNull(field);
        }

        public String field() {
            return field;
        }
    }

    static void require(boolean ok, String field, String reason) {
        if (!ok) {
            throw new InvalidRules(field, reason);
        }
    }
}
