package org.weiyuan.wish;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.common.DomainException;
import org.weiyuan.household.Household;
import org.weiyuan.household.HouseholdMember;
import org.weiyuan.household.HouseholdService;
import org.weiyuan.household.MemberAttributes.Relation;
import org.weiyuan.org.UnionUnit;
import org.weiyuan.org.UnionUnitRepository;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Whether a campaign takes a wish (专款专用), with the database behind {@link CampaignRules}: the
 * units' paths, the file's children, the awards already made this year.
 */
@ApplicationScoped
public class CampaignGate {

    private static final Set<WishStatus> NOT_AWARDED = Set.of(WishStatus.REJECTED, WishStatus.WITHDRAWN, WishStatus.EXPIRED);

    private final UnionUnitRepository units;
    private final HouseholdService households;
    private final WishRepositories.Wishes wishes;

    CampaignGate(UnionUnitRepository units, HouseholdService households, WishRepositories.Wishes wishes) {
        this.units = units;
        this.households = households;
        this.wishes = wishes;
    }

    /** The paths of the subtrees a campaign takes. */
    public Uni<List<String>> acceptedPaths(Campaign campaign) {
        return units.list("id in ?1", List.copyOf(campaign.acceptedUnitIds)).map(found -> found.stream().map(u -> u.path).toList());
    }

    /** Whether the campaign takes this wish: its kind, and the unit of its household. */
    public Uni<Boolean> accepts(Campaign campaign, WishKind kind, UUID unitId) {
        return units.findById(unitId).chain(unit -> acceptedPaths(campaign)
                .map(paths -> CampaignRules.accepts(campaign.acceptedKinds, paths, kind, unit == null ? null : unit.path)));
    }

    /** Accepted units must exist and lie in the organising unit's subtree: a union earmarks only its own. */
    Uni<Void> checkAcceptedUnits(Campaign c) {
        return units.findById(c.unitId).chain(own -> units.list("id in ?1", List.copyOf(c.acceptedUnitIds)).invoke(found -> {
            if (own == null || found.size() != c.acceptedUnitIds.size() || !found.stream().allMatch(own::contains)) {
                throw DomainException.unprocessable("acceptedUnitIds", "problem.campaign.accepted-units");
            }
        })).replaceWithVoid();
    }

    /**
     * 422 when the campaign does not take this wish; for 金秋助学 also the campaign's levels and
     * one award per child and year (409). Returns the student key of a scholarship, else null.
     */
    Uni<String> admit(Household household, WishViews.WishRequest r, Campaign campaign) {
        if (campaign == null) {
            return Uni.createFrom().nullItem();
        }
        return units.findById(household.unitId).chain(unit -> acceptedPaths(campaign).invoke(paths ->
                        CampaignRules.checkAccepts(campaign.acceptedKinds, paths, r.kind(), unit == null ? null : unit.path)))
                .chain(() -> r.kind() == WishKind.SCHOLARSHIP && r.admission() != null
                        ? student(household, r.admission(), campaign) : Uni.createFrom().nullItem());
    }

    private Uni<String> student(Household household, WishViews.Admission a, Campaign campaign) {
        CampaignRules.checkAdmissionLevel(campaign.admissionLevels, a.level());
        return households.membersOf(household.id).chain(members -> {
            HouseholdMember child = child(members, a.memberId());
            String key = CampaignRules.studentKey(household.id, child.name, child.birthYear);
            return wishes.count("kind = ?1 and studentKey = ?2 and admissionYear = ?3 and status not in ?4",
                            WishKind.SCHOLARSHIP, key, a.year(), NOT_AWARDED)
                    .map(n -> {
                        if (n > 0) {
                            throw DomainException.conflict("problem.wish.scholarship-once", a.year());
                        }
                        return key;
                    });
        });
    }

    /** The named member, or the file's only child when none is named. */
    private static HouseholdMember child(List<HouseholdMember> members, UUID memberId) {
        if (memberId != null) {
            return members.stream().filter(m -> m.id.equals(memberId)).findFirst()
                    .orElseThrow(() -> DomainException.unprocessable("admission.memberId", "problem.wish.student-not-member"));
        }
        List<HouseholdMember> children = members.stream()
                .filter(m -> m.relation == Relation.CHILD || m.relation == Relation.GRANDCHILD).toList();
        if (children.size() != 1) {
            throw DomainException.unprocessable("admission.memberId", "problem.wish.student-required");
        }
        return children.get(0);
    }
}
