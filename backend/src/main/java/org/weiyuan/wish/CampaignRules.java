package org.weiyuan.wish;

import org.weiyuan.common.DomainException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Set;

/**
 * 专款专用 (earmarked use) as plain rules: a campaign takes only the wish kinds and the union
 * subtrees it states, and its matching pools draw only for wishes it takes. 金秋助学 takes only
 * the admission levels it states, once per child and year.
 */
public final class CampaignRules {

    private CampaignRules() { }

    /** The kinds a campaign takes when its organiser does not say: what its kind implies. */
    public static Set<WishKind> defaultKinds(CampaignKind kind) {
        return switch (kind) {
            case SCHOLARSHIP -> EnumSet.of(WishKind.SCHOLARSHIP);
            case FESTIVAL -> EnumSet.of(WishKind.FESTIVAL_AID, WishKind.GOODS);
            case GENERAL -> EnumSet.of(WishKind.CASH, WishKind.GOODS, WishKind.SERVICE);
        };
    }

    /** A scholarship campaign takes scholarships only; scholarships come only from scholarship campaigns. */
    public static void checkKinds(CampaignKind kind, Set<WishKind> accepted) {
        if (accepted.isEmpty()) {
            throw DomainException.unprocessable("acceptedKinds", "problem.campaign.kinds-empty");
        }
        boolean scholarship = kind == CampaignKind.SCHOLARSHIP;
        if (scholarship ? !accepted.equals(EnumSet.of(WishKind.SCHOLARSHIP)) : accepted.contains(WishKind.SCHOLARSHIP)) {
            throw DomainException.unprocessable("acceptedKinds", "problem.campaign.kinds-scholarship");
        }
    }

    /**
     * Whether a campaign takes a wish of {@code kind} from the unit at {@code unitPath}.
     *
     * @param acceptedPaths the paths of the units whose subtrees the campaign takes
     */
    public static boolean accepts(Set<WishKind> acceptedKinds, Collection<String> acceptedPaths, WishKind kind, String unitPath) {
        return kind != null && unitPath != null && acceptedKinds.contains(kind)
                && acceptedPaths.stream().anyMatch(unitPath::startsWith);
    }

    /** 422 on {@code campaignId} naming what the campaign does not take. */
    public static void checkAccepts(Set<WishKind> acceptedKinds, Collection<String> acceptedPaths, WishKind kind, String unitPath) {
        if (!acceptedKinds.contains(kind)) {
            throw DomainException.unprocessable("campaignId", "problem.campaign.kind-not-accepted", kind);
        }
        if (!accepts(acceptedKinds, acceptedPaths, kind, unitPath)) {
            throw DomainException.unprocessable("campaignId", "problem.campaign.unit-not-accepted");
        }
    }

    /** 金秋助学 as the campaign states it: an empty set takes every level. */
    public static void checkAdmissionLevel(Set<AdmissionLevel> levels, AdmissionLevel level) {
        if (levels.isEmpty()) {
            return;
        }
        if (level == null) {
            throw DomainException.unprocessable("admission.level", "problem.wish.admission-level-required", levels);
        }
        if (!levels.contains(level)) {
            throw DomainException.unprocessable("admission.level", "problem.wish.admission-level", level, levels);
        }
    }

    /**
     * Who a scholarship is for, stable across edits of the file (member rows are rewritten): the
     * household, the child's name and birth year, hashed so the wish row carries no name.
     */
    public static String studentKey(java.util.UUID householdId, String name, int birthYear) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(
                    (householdId + "|" + name.strip() + "|" + birthYear).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
