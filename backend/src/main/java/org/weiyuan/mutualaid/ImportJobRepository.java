package org.weiyuan.mutualaid;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.common.db.SessionRepository;
import org.weiyuan.mutualaid.MutualAidEntities.ImportError;
import org.weiyuan.mutualaid.MutualAidEntities.ImportJob;
import org.weiyuan.mutualaid.MutualAidEntities.ImportState;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The queries of import jobs (批量导入任务): queueing a sheet once, claiming a job under a lease, its errors page by page. */
@ApplicationScoped
public class ImportJobRepository extends SessionRepository {

    /**
     * Queues the job unless the same sheet of the same plan is queued or running already (then nothing is
     * written, and {@link #liveJob} finds that one): two posts of one sheet, even at once, are one job.
     */
    public Uni<Integer> queueIfAbsent(ImportJob j) {
        return session(s -> s.createNativeQuery("""
                        insert into mutual_aid_import_job (id, plan_id, sheet_sha256, sheet_enc, state, rows_total, started_by, created_at)
                        values (:id, :plan, :sha, :sheet, 'QUEUED', :total, :by, :at)
                        on conflict (plan_id, sheet_sha256) where state in ('QUEUED', 'RUNNING') do nothing""")
                .setParameter("id", j.id).setParameter("plan", j.planId).setParameter("sha", j.sheetSha256)
                .setParameter("sheet", j.sheetEnc).setParameter("total", j.rowsTotal).setParameter("by", j.startedBy)
                .setParameter("at", j.createdAt).executeUpdate());
    }

    /** The plan's job of this sheet still queued or running, or null. */
    public Uni<ImportJob> liveJob(UUID planId, String sha256) {
        return session(s -> s.createSelectionQuery("from MutualAidImportJob j where j.planId = :p and j.sheetSha256 = :sha and j.state in :live",
                        ImportJob.class).setParameter("p", planId).setParameter("sha", sha256)
                .setParameter("live", List.of(ImportState.QUEUED, ImportState.RUNNING)).getResultList()).map(SessionRepository::first);
    }

    public Uni<ImportJob> job(UUID id) {
        return find(ImportJob.class, id);
    }

    public Uni<ImportJob> lockJob(UUID id) {
        return findForUpdate(ImportJob.class, id);
    }

    /** The plan's most recent jobs, newest first. */
    public Uni<List<ImportJob>> jobsOf(UUID planId, int limit) {
        return session(s -> s.createSelectionQuery("from MutualAidImportJob j where j.planId = :p order by j.createdAt desc, j.id",
                ImportJob.class).setParameter("p", planId).setMaxResults(limit).getResultList());
    }

    /** A page of the job's row errors after sheet row {@code afterRow}, in row order. */
    public Uni<List<ImportError>> errorsOf(UUID jobId, int afterRow, int limit) {
        return session(s -> s.createSelectionQuery("from MutualAidImportError e where e.jobId = :j and e.rowNo > :after order by e.rowNo",
                ImportError.class).setParameter("j", jobId).setParameter("after", afterRow).setMaxResults(limit).getResultList());
    }

    /**
     * Claims the oldest runnable job for {@code owner} until {@code until}: a queued job of a plan with no job
     * running, or a running job whose lease ran out (its replica died or stalled: it is resumed at its
     * {@code rows_done}). {@code FOR UPDATE SKIP LOCKED}: two replicas never claim the same job; if both claim
     * jobs of one plan at once, the partial unique index on running jobs refuses the second claim.
     *
     * @return the claimed job's id, or null when nothing is runnable
     */
    public Uni<UUID> claim(String owner, Instant now, Instant until) {
        return session(s -> s.createNativeQuery("""
                        update mutual_aid_import_job set state = 'RUNNING', lease_owner = :owner, lease_until = :until,
                               attempts = attempts + 1
                        where id = (select j.id from mutual_aid_import_job j
                                    where (j.state = 'QUEUED' and not exists (select 1 from mutual_aid_import_job r
                                                                              where r.plan_id = j.plan_id and r.state = 'RUNNING'))
                                       or (j.state = 'RUNNING' and j.lease_until < :now)
                                    order by j.created_at limit 1 for update skip locked)
                        returning cast(id as varchar)""", String.class)
                .setParameter("owner", owner).setParameter("until", until).setParameter("now", now).getResultList())
                .map(ids -> ids.isEmpty() ? null : UUID.fromString(ids.get(0)));
    }
}
