package org.weiyuan.onboarding;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** The one query of acting on a worker's behalf. */
@ApplicationScoped
public class OnBehalfRepository {

    /**
     * The worker of a file staff onboarded, when the staff member's unit's subtree holds the file;
     * null otherwise (no such file, out of scope, not an onboarded file, staff without a unit).
     */
    Uni<UUID> onboardedWorkerInScope(UUID staffSubject, UUID householdId) {
        return Panache.withSession(() -> Panache.getSession().chain(s -> s.createNativeQuery(
                        "select cast(h.owner_subject as varchar) from household h "
                                + "join union_unit hu on hu.id = h.unit_id "
                                + "join staff_member m on m.subject = :staff "
                                + "join union_unit su on su.id = m.unit_id "
                                + "where h.id = :household and h.onboarded_by is not null and h.owner_subject is not null "
                                + "and starts_with(hu.path, su.path)", String.class)
                .setParameter("staff", staffSubject).setParameter("household", householdId)
                .getResultList()))
                .map(rows -> rows.isEmpty() ? null : UUID.fromString(rows.get(0)));
    }
}
