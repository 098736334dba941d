package org.weiyuan.household;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.audit.AuditEntryView;
import org.weiyuan.audit.AuditLog;
import org.weiyuan.audit.AuditService;
import org.weiyuan.org.StaffMember;
import org.weiyuan.org.StaffMemberRepository;
import org.weiyuan.security.Actor;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** 档案履历: a file's history as the console's timeline shows it, read from the audit log. */
@ApplicationScoped
public class HouseholdHistoryService {

    /** Plain reads would drown the history; the personal-data "show" (PERSONAL_DATA_READ) stays in it. */
    static final Set<String> READS = Set.of("HOUSEHOLD_READ", "HOUSEHOLD_HISTORY_READ");
    static final int LIMIT = 500;

    private final HouseholdService households;
    private final AuditService entries;
    private final AuditLog audit;
    private final StaffMemberRepository staff;

    HouseholdHistoryService(HouseholdService households, AuditService entries, AuditLog audit, StaffMemberRepository staff) {
        this.households = households;
        this.entries = entries;
        this.audit = audit;
        this.staff = staff;
    }

    /** Staff in scope only; the reading itself is audited. Oldest first. */
    @WithTransaction
    public Uni<List<HouseholdViews.HistoryEntry>> history(Actor actor, UUID id) {
        return households.staffFile(actor, id)
                .call(h -> audit.record(actor, "HOUSEHOLD_HISTORY_READ", "household", id, null, null, null))
                .chain(h -> entries.history(id, READS, LIMIT))
                .chain(lines -> names(lines).map(names -> lines.stream().map(e -> entry(e, names)).toList()));
    }

    private Uni<Map<UUID, String>> names(List<AuditEntryView> lines) {
        Set<UUID> subjects = lines.stream().map(AuditEntryView::actorSubject).collect(Collectors.toSet());
        if (subjects.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return staff.list("subject in ?1", subjects).map(found -> found.stream()
                .collect(Collectors.toMap(m -> m.subject, (StaffMember m) -> m.displayName, (a, b) -> a)));
    }

    static HouseholdViews.HistoryEntry entry(AuditEntryView e, Map<UUID, String> names) {
        String name = names.get(e.actorSubject());
        boolean onBehalf = "HOUSEHOLD_CREATED".equals(e.action()) && HouseholdService.ON_BEHALF.equals(e.detail());
        return new HouseholdViews.HistoryEntry(e.id(), e.occurredAt(), e.action(), e.actorRole(), name,
                onBehalf ? null : e.detail(), onBehalf);
    }
}
