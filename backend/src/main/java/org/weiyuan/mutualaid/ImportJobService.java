package org.weiyuan.mutualaid;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.weiyuan.audit.AuditLog;
import org.weiyuan.common.DatabaseOutage;
import org.weiyuan.common.DomainException;
import org.weiyuan.common.Page;
import org.weiyuan.mutualaid.EnrolmentService.ImportRow;
import org.weiyuan.mutualaid.MutualAidEntities.ImportError;
import org.weiyuan.mutualaid.MutualAidEntities.ImportJob;
import org.weiyuan.mutualaid.MutualAidEntities.ImportState;
import org.weiyuan.mutualaid.MutualAidViews.ImportJobView;
import org.weiyuan.mutualaid.MutualAidViews.RowError;
import org.weiyuan.security.Actor;
import org.weiyuan.security.PiiCipher;
import org.weiyuan.security.Roles;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * 批量导入任务: the XLSX enrolment import as a durable job. A post reads the sheet (so an unreadable or
 * oversized file is still a 422 naming {@code file}), keeps it encrypted with the job and answers at
 * once; the same sheet of the same plan posted again while its job is queued or running is that job.
 * A runner on any replica claims the oldest runnable job ({@code FOR UPDATE SKIP LOCKED}, one running
 * job per plan) under a lease, reads the sheet again and enrols it in batches: each batch commits its
 * members, their row errors and the job's progress together and renews the lease. A job whose replica
 * died is claimed again once its lease ran out and resumes at the rows done; after
 * {@code import-max-attempts} claims it is failed visibly, never left running.
 */
@ApplicationScoped
public class ImportJobService {

    private static final Logger LOG = Logger.getLogger(ImportJobService.class);

    /** Row errors per page. */
    static final int ERRORS_PAGE = 200;

    private final ImportJobRepository jobs;
    private final MutualAidRepository repo;
    private final PlanService plans;
    private final EnrolmentService enrolment;
    private final PiiCipher cipher;
    private final AuditLog audit;
    private final MutualAidConfig config;
    private final MutualAidMapper mapper;
    private final Vertx vertx;
    private final Clock clock;
    private final DatabaseOutage outage;
    /** This replica's name on the leases it takes. */
    private final String owner = "replica-" + UUID.randomUUID();

    public ImportJobService(ImportJobRepository jobs, MutualAidRepository repo, PlanService plans, EnrolmentService enrolment, PiiCipher cipher,
                            AuditLog audit, MutualAidConfig config, MutualAidMapper mapper, Vertx vertx, @MutualAid Clock clock,
                            DatabaseOutage outage) {
        this.outage = outage;
        this.jobs = jobs;
        this.repo = repo;
        this.plans = plans;
        this.enrolment = enrolment;
        this.cipher = cipher;
        this.audit = audit;
        this.config = config;
        this.mapper = mapper;
        this.vertx = vertx;
        this.clock = clock;
    }

    /** Queues the sheet for the plan (staff of its subtree), or answers the job of the same sheet still queued or running. */
    public Uni<ImportJobView> submit(Actor staff, UUID planId, byte[] sheet) {
        if (sheet == null || sheet.length == 0) {
            throw DomainException.unprocessable("file", "problem.mutual-aid.not-xlsx");
        }
        // reading the workbook blocks: off the event loop, back on the request's context for the database
        return vertx.executeBlocking(Uni.createFrom().item(() -> EnrolmentSheet.read(sheet, config.importMaxRows()).size()))
                .chain(rows -> jobs.inTransaction(() -> queue(staff, planId, sheet, rows)));
    }

    private Uni<ImportJobView> queue(Actor staff, UUID planId, byte[] sheet, int rows) {
        String sha = sha256(sheet);
        return plans.planInScope(staff, planId).chain(plan -> {
            ImportJob j = new ImportJob();
            j.id = UUID.randomUUID();
            j.planId = plan.id;
            j.sheetSha256 = sha;
            j.sheetEnc = cipher.encryptBytes(sheet);
            j.rowsTotal = rows;
            j.startedBy = staff.subject();
            j.createdAt = clock.instant();
            return jobs.queueIfAbsent(j).chain(inserted -> jobs.liveJob(plan.id, sha).call(live -> inserted == 0 || live == null
                    ? Uni.createFrom().voidItem()
                    : audit.record(staff, "MUTUAL_AID_IMPORT_QUEUED", "mutual_aid_plan", plan.id, null,
                            Map.of("jobId", live.id, "rows", rows, "sha256", sha), null)));
        }).map(live -> {
            if (live == null) {
                // queued and finished between the insert and the read: only a sheet of no rows can; post it again
                throw DomainException.conflict("problem.mutual-aid.import-raced");
            }
            return mapper.toView(live);
        });
    }

    @WithSession
    public Uni<ImportJobView> get(Actor staff, UUID planId, UUID jobId) {
        return jobInScope(staff, planId, jobId).map(mapper::toView);
    }

    /** The plan's recent import jobs, newest first. */
    @WithSession
    public Uni<List<ImportJobView>> recent(Actor staff, UUID planId, int limit) {
        return plans.planInScope(staff, planId).chain(p -> jobs.jobsOf(p.id, limit)).map(l -> l.stream().map(mapper::toView).toList());
    }

    /** A page of the job's row errors in row order; {@code cursor}: the last row of the page before (as handed out). */
    @WithSession
    public Uni<Page<RowError>> errors(Actor staff, UUID planId, UUID jobId, String cursor, int limit) {
        int after = afterRow(cursor);
        return jobInScope(staff, planId, jobId).chain(j -> jobs.errorsOf(j.id, after, limit + 1)).map(rows -> {
            boolean more = rows.size() > limit;
            List<RowError> page = rows.stream().limit(limit).map(mapper::toView).toList();
            return new Page<>(page, more ? ImportCursor.encode(page.get(page.size() - 1).row()) : null);
        });
    }

    static int afterRow(String cursor) {
        return cursor == null || cursor.isBlank() ? 0 : ImportCursor.decode(cursor);
    }

    private Uni<ImportJob> jobInScope(Actor staff, UUID planId, UUID jobId) {
        return plans.planInScope(staff, planId).chain(p -> jobs.job(jobId)).map(j -> {
            if (j == null || !j.planId.equals(planId)) {
                throw DomainException.notFound("import");
            }
            return j;
        });
    }

    @Scheduled(every = "${weiyuan.mutual-aid.import-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> scheduled() {
        return outage.backgroundRound(runNext(), LOG, "An enrolment import job failed; its lease runs out and it is retried");
    }

    /** Claims one runnable job and runs it to its end (or until its lease is lost); answers whether there was one. */
    public Uni<Boolean> runNext() {
        Instant now = clock.instant();
        return jobs.inTransaction(() -> jobs.claim(owner, now, now.plus(config.importLease())).chain(id -> id == null
                ? Uni.createFrom().<ImportJob>nullItem()
                : jobs.job(id).chain(this::failIfWornOut)))
                .chain(job -> job == null ? Uni.createFrom().item(false) : run(job).replaceWith(true));
    }

    /** A job claimed more often than allowed (replicas died under it, or a batch kept failing) is failed visibly. */
    private Uni<ImportJob> failIfWornOut(ImportJob j) {
        if (j.attempts <= config.importMaxAttempts()) {
            return Uni.createFrom().item(j);
        }
        finish(j, ImportState.FAILED, "导入在第 " + j.rowsDone + " 行后中断，已尝试 " + config.importMaxAttempts() + " 次；请重新导入（已导入的会员不会重复）。"
                + " / The import stopped after row " + j.rowsDone + " and was tried " + config.importMaxAttempts()
                + " times; import the sheet again (members already enrolled are not added twice).");
        return audit.record(Actor.system(), "MUTUAL_AID_IMPORT_FAILED", "mutual_aid_plan", j.planId, null,
                Map.of("jobId", j.id, "rowsDone", j.rowsDone, "attempts", j.attempts), null).replaceWith((ImportJob) null);
    }

    private Uni<Void> run(ImportJob claimed) {
        UUID id = claimed.id;
        byte[] sheet = claimed.sheetEnc;
        return vertx.executeBlocking(Uni.createFrom().item(() -> EnrolmentSheet.read(cipher.decryptBytes(sheet), Integer.MAX_VALUE)))
                .chain(rows -> batches(id, rows))
                .onFailure().call(e -> jobs.inTransaction(() -> jobs.lockJob(id).invoke(j -> {
                    if (j != null && owner.equals(j.leaseOwner) && j.state == ImportState.RUNNING) {
                        j.leaseUntil = clock.instant(); // let the next claim resume it (or fail it, once worn out)
                    }
                })));
    }

    private Uni<Void> batches(UUID id, List<ImportRow> rows) {
        return jobs.inTransaction(() -> jobs.lockJob(id).chain(j -> batch(j, rows)))
                .chain(more -> more ? batches(id, rows) : Uni.createFrom().voidItem());
    }

    /** One batch in one transaction: its rows enrolled, their errors, the job's counts and lease; answers whether rows are left. */
    private Uni<Boolean> batch(ImportJob j, List<ImportRow> rows) {
        if (j == null || j.state != ImportState.RUNNING || !owner.equals(j.leaseOwner)) {
            return Uni.createFrom().item(false); // another replica took it over (our lease ran out): it carries on
        }
        int from = Math.min(j.rowsDone, rows.size());
        int to = Math.min(rows.size(), from + config.importBatchRows());
        Actor staff = new Actor(j.startedBy, null, Set.of(Roles.STAFF));
        return repo.plan(j.planId).chain(plan -> enrolment.importBatch(staff, plan, rows.subList(from, to))).chain(r -> {
            List<ImportError> errors = new ArrayList<>();
            for (RowError e : r.errors()) {
                ImportError row = new ImportError();
                row.jobId = j.id;
                row.rowNo = e.row();
                row.field = e.field();
                row.reason = e.reason().length() > 1000 ? e.reason().substring(0, 1000) : e.reason();
                errors.add(row);
            }
            j.rowsDone = to;
            j.enrolled += r.enrolled();
            j.updated += r.updated();
            j.unchanged += r.unchanged();
            j.rejected += r.errors().size();
            j.optionsChosen += r.optionsChosen();
            j.leaseUntil = clock.instant().plus(config.importLease());
            boolean done = to >= rows.size();
            if (done) {
                finish(j, ImportState.DONE, null);
            }
            return repo.persistAll(errors).chain(() -> done
                    ? audit.record(staff, "MUTUAL_AID_MEMBERS_IMPORTED", "mutual_aid_plan", j.planId, null,
                            Map.of("jobId", j.id, "rows", j.rowsTotal, "enrolled", j.enrolled, "updated", j.updated, "unchanged", j.unchanged,
                                    "errors", j.rejected, "optionsChosen", j.optionsChosen), null)
                    : Uni.createFrom().voidItem()).replaceWith(!done);
        });
    }

    private void finish(ImportJob j, ImportState state, String failure) {
        j.state = state;
        j.failure = failure;
        j.finishedAt = clock.instant();
        j.leaseOwner = null;
        j.leaseUntil = null;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The errors' cursor: the last sheet row of a page, opaque to clients. */
    static final class ImportCursor {
        private ImportCursor() { }

        static String encode(int row) {
            return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(("row:" + row).getBytes(StandardCharsets.UTF_8));
        }

        static int decode(String cursor) {
            try {
                String raw = new String(java.util.Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
                if (!raw.startsWith("row:")) {
                    throw new IllegalArgumentException(raw);
                }
                int row = Integer.parseInt(raw.substring(4));
                if (row < 0) {
                    throw new IllegalArgumentException(raw);
                }
                return row;
            } catch (IllegalArgumentException e) {
                throw DomainException.badParameter("cursor", "problem.cursor");
            }
        }
    }
}
