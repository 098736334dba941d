package org.weiyuan.household;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.weiyuan.audit.AuditLog;
import org.weiyuan.common.BusinessTime;
import org.weiyuan.common.DomainException;
import org.weiyuan.household.HouseholdService.Accessed;
import org.weiyuan.household.HouseholdViews.VerificationRequest;
import org.weiyuan.household.VolunteerViews.VolunteerAssignRequest;
import org.weiyuan.security.Actor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * 义工入户核查: staff in a file's scope hand its home visit to a volunteer verifier; the volunteer
 * sees only the files handed to them and only while the visit is open ({@link VolunteerRules#open}),
 * masked as investigators see them, every read audited; they record the visit (the same home visit
 * staff record, with the volunteer as its investigator) and can do nothing else: approving,
 * rejecting, exiting, vetting wishes and money stay with staff (their endpoints refuse the role).
 */
@ApplicationScoped
public class VolunteerService {

    /** A visit and the file it is for. */
    public record VisitOnFile(VolunteerVisit visit, Household household) { }

    /** A visit and the file as the volunteer may see it. */
    public record VisitFile(VolunteerVisit visit, Accessed file) { }

    static final int MAX_OPEN = 200;

    private final BusinessTime time;
    private final VolunteerRepository visits;
    private final Repositories.Households households;
    private final HouseholdService files;
    private final AuditLog audit;

    VolunteerService(BusinessTime time, VolunteerRepository visits, Repositories.Households households, HouseholdService files,
                     AuditLog audit) {
        this.time = time;
        this.visits = visits;
        this.households = households;
        this.files = files;
        this.audit = audit;
    }

    /** Staff in the file's scope send a volunteer; 409 while that volunteer already has the visit open. */
    @WithTransaction
    public Uni<VolunteerVisit> assign(Actor staff, UUID householdId, VolunteerAssignRequest r) {
        return files.inStaffScope(staff, householdId).chain(h -> {
            VolunteerRules.checkAssignable(h.status, r.volunteerSubject(), h.ownerSubject, h.registeredBy);
            return visits.openOn(h.id, r.volunteerSubject()).chain(existing -> {
                if (existing != null) {
                    throw DomainException.conflict("problem.volunteer.already-assigned");
                }
                VolunteerVisit v = new VolunteerVisit();
                v.id = UUID.randomUUID();
                v.householdId = h.id;
                v.reviewCycle = h.reviewCycle;
                v.volunteerSubject = r.volunteerSubject();
                v.volunteerName = r.volunteerName().trim();
                v.note = r.note() == null || r.note().isBlank() ? null : r.note().trim();
                v.status = VolunteerVisit.Status.OPEN;
                v.assignedBy = staff.subject();
                v.assignedAt = time.now();
                return visits.persist(v).replaceWith(v)
                        .call(() -> audit.record(staff, "VOLUNTEER_VISIT_ASSIGNED", "household", h.id, null, snapshot(v),
                                v.volunteerName));
            });
        });
    }

    /** The file's volunteer visits, for staff in its scope. */
    @WithSession
    public Uni<List<VolunteerVisit>> ofHousehold(Actor staff, UUID householdId) {
        return files.inStaffScope(staff, householdId).chain(h -> visits.ofHousehold(h.id));
    }

    /** Staff in the file's scope call an open visit off: the file is closed to the volunteer at once. */
    @WithTransaction
    public Uni<VolunteerVisit> cancel(Actor staff, UUID visitId) {
        return visits.findById(visitId, LockModeType.PESSIMISTIC_WRITE)
                .onItem().ifNull().failWith(() -> DomainException.notFound("volunteer visit"))
                .call(v -> files.inStaffScope(staff, v.householdId))
                .chain(v -> {
                    if (!v.isOpen()) {
                        throw DomainException.conflict("problem.volunteer.closed", v.status);
                    }
                    Map<String, Object> before = snapshot(v);
                    close(v, VolunteerVisit.Status.CANCELLED, staff.subject());
                    return audit.record(staff, "VOLUNTEER_VISIT_CANCELLED", "household", v.householdId, before, snapshot(v),
                            v.volunteerName).replaceWith(v);
                });
    }

    /** The volunteer's open visits with their files' masked summaries, oldest first; the read is audited. */
    @WithTransaction
    public Uni<List<VisitOnFile>> mine(Actor volunteer) {
        return visits.openFor(volunteer.subject(), MAX_OPEN).chain(open -> collect(open, 0, new ArrayList<>()))
                .call(list -> audit.record(volunteer, "VOLUNTEER_VISITS_LISTED", "volunteer", volunteer.subject(), null, null,
                        list.size() + " open visits"));
    }

    /** The file of an open visit of the volunteer's own, masked; 404 for anyone else's or once closed. Audited. */
    @WithTransaction
    public Uni<VisitFile> file(Actor volunteer, UUID visitId) {
        return openVisit(volunteer, visitId, false).chain(v -> files.forVolunteer(v.householdId)
                .call(a -> audit.record(volunteer, "HOUSEHOLD_READ", "household", v.householdId, null, null,
                        "义工入户 volunteer visit " + v.id))
                .map(a -> new VisitFile(v, a)));
    }

    /** The volunteer records the visit; it closes (DONE) and the file is closed to them. */
    @WithTransaction
    public Uni<VisitFile> record(Actor volunteer, UUID visitId, VerificationRequest r) {
        return openVisit(volunteer, visitId, true).chain(v -> {
            // the name on the record is the one staff sent, whatever the request says
            VerificationRequest visit = new VerificationRequest(r.visitedOn(), r.findings(), r.recommendedHelp(), r.summary(),
                    v.volunteerName, null);
            return files.recordVolunteerVisit(volunteer, v.householdId, visit).chain(a -> {
                List<Verification> all = a.file().verifications();
                Map<String, Object> before = snapshot(v);
                close(v, VolunteerVisit.Status.DONE, volunteer.subject());
                v.verificationId = all.get(all.size() - 1).id;
                return audit.record(volunteer, "VOLUNTEER_VISIT_RECORDED", "household", v.householdId, before, snapshot(v),
                        v.volunteerName).replaceWith(new VisitFile(v, a));
            });
        });
    }

    private Uni<VolunteerVisit> openVisit(Actor volunteer, UUID visitId, boolean lock) {
        Uni<VolunteerVisit> found = lock ? visits.findById(visitId, LockModeType.PESSIMISTIC_WRITE) : visits.findById(visitId);
        return found.onItem().ifNull().failWith(() -> DomainException.notFound("volunteer visit")).chain(v -> {
            if (!v.volunteerSubject.equals(volunteer.subject())) {
                throw DomainException.notFound("volunteer visit");
            }
            return households.findById(v.householdId).map(h -> {
                if (h == null || !VolunteerRules.open(v.status, v.reviewCycle, h.status, h.reviewCycle)) {
                    throw DomainException.notFound("volunteer visit");
                }
                return v;
            });
        });
    }

    private Uni<List<VisitOnFile>> collect(List<VolunteerVisit> open, int i, List<VisitOnFile> into) {
        if (i >= open.size()) {
            return Uni.createFrom().item(into);
        }
        VolunteerVisit v = open.get(i);
        return households.findById(v.householdId).chain(h -> {
            if (h != null && VolunteerRules.open(v.status, v.reviewCycle, h.status, h.reviewCycle)) {
                into.add(new VisitOnFile(v, h));
            }
            return collect(open, i + 1, into);
        });
    }

    private void close(VolunteerVisit v, VolunteerVisit.Status status, UUID by) {
        v.status = status;
        v.closedBy = by;
        v.closedAt = time.now();
    }

    private static Map<String, Object> snapshot(VolunteerVisit v) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("visitId", v.id);
        s.put("volunteerSubject", v.volunteerSubject);
        s.put("volunteerName", v.volunteerName);
        s.put("status", v.status);
        s.put("reviewCycle", v.reviewCycle);
        s.put("verificationId", v.verificationId);
        return s;
    }
}
