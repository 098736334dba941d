package org.weiyuan.household;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** Volunteer home visits (义工入户). */
@ApplicationScoped
public class VolunteerRepository implements PanacheRepositoryBase<VolunteerVisit, UUID> {

    /** The visits open for this volunteer, oldest first. */
    Uni<List<VolunteerVisit>> openFor(UUID volunteer, int max) {
        return find("volunteerSubject = ?1 and status = ?2 order by assignedAt, id", volunteer, VolunteerVisit.Status.OPEN)
                .range(0, max - 1).list();
    }

    Uni<VolunteerVisit> openOn(UUID householdId, UUID volunteer) {
        return find("householdId = ?1 and volunteerSubject = ?2 and status = ?3", householdId, volunteer,
                VolunteerVisit.Status.OPEN).firstResult();
    }

    Uni<List<VolunteerVisit>> ofHousehold(UUID householdId) {
        return list("householdId = ?1 order by assignedAt, id", householdId);
    }
}
