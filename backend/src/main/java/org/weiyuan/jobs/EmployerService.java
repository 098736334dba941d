package org.weiyuan.jobs;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.audit.AuditLog;
import org.weiyuan.common.BusinessTime;
import org.weiyuan.common.DomainException;
import org.weiyuan.org.Districts;
import org.weiyuan.org.UnionScope;
import org.weiyuan.security.Actor;
import org.weiyuan.security.Masking;
import org.weiyuan.security.PiiCipher;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Employers (用工单位) that staff register in their union subtree; their contact phone is personal data. */
@ApplicationScoped
public class EmployerService {

    final BusinessTime time;
    final JobRepositories.Employers employers;
    final UnionScope scope;
    final Districts districts;
    final PiiCipher cipher;
    final AuditLog audit;

    EmployerService(BusinessTime time, JobRepositories.Employers employers, UnionScope scope, Districts districts,
                    PiiCipher cipher, AuditLog audit) {
        this.time = time;
        this.employers = employers;
        this.scope = scope;
        this.districts = districts;
        this.cipher = cipher;
        this.audit = audit;
    }

    /** Registers an employer; the answer shows the phone the staff member just typed in full. */
    @WithTransaction
    public Uni<JobViews.EmployerView> create(Actor staff, JobViews.EmployerRequest r) {
        return scope.requireInStaffScope(staff, r.unitId()).chain(() -> districts.require("district", r.district())).chain(() -> {
            Employer e = new Employer();
            e.id = UUID.randomUUID();
            e.unitId = r.unitId();
            e.name = r.name().trim();
            e.district = r.district();
            e.contactName = r.contactName().trim();
            e.contactPhoneEnc = cipher.encrypt(r.contactPhone());
            e.createdBy = staff.subject();
            e.createdAt = time.now();
            return employers.persist(e).call(() -> audit.record(staff, "EMPLOYER_CREATED", "employer", e.id, null,
                    Map.of("name", e.name, "unitId", e.unitId), null)).map(saved -> view(saved, false));
        });
    }

    /** Employers of the staff member's subtree, phones masked. */
    @WithSession
    public Uni<List<JobViews.EmployerView>> inScope(Actor staff) {
        return scope.staffUnit(staff).chain(unit -> employers.inSubtree(unit.path))
                .map(es -> es.stream().map(e -> view(e, true)).toList());
    }

    /** The employer, or 404. */
    Uni<Employer> employer(UUID id) {
        return employers.findById(id).onItem().ifNull().failWith(() -> DomainException.notFound("employer"));
    }

    Uni<Map<UUID, String>> names(List<UUID> ids) {
        return employers.namesOf(ids);
    }

    private JobViews.EmployerView view(Employer e, boolean masked) {
        String phone = cipher.decrypt(e.contactPhoneEnc);
        return new JobViews.EmployerView(e.id, e.unitId, e.name, e.district, e.contactName, masked ? Masking.phone(phone) : phone);
    }
}
