package org.weiyuan.modelworker;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.weiyuan.common.BusinessTime;
import org.weiyuan.common.DatabaseOutage;
import org.weiyuan.followup.FollowupRepository;
import org.weiyuan.followup.VisitTaskRepository;
import org.weiyuan.followup.VisitTaskRound;
import org.weiyuan.notify.NotificationKind;
import org.weiyuan.notify.Notifier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Birthday and festival visit tasks for model workers' contacts (利用节日、劳模生日上门慰问), from
 * the same festival calendar as the households' ({@code festival_date}); one per model worker,
 * reason and date, and the contact is told in their inbox.
 */
@ApplicationScoped
public class ModelWorkerJobs {

    private static final Logger LOG = Logger.getLogger(ModelWorkerJobs.class);

    private final ModelWorkerRepository repository;
    private final FollowupRepository calendar;
    private final VisitTaskRepository tasks;
    private final Notifier notifier;
    private final ModelWorkerConfig config;
    private final BusinessTime time;
    private final DatabaseOutage outage;

    public ModelWorkerJobs(ModelWorkerRepository repository, FollowupRepository calendar, VisitTaskRepository tasks, Notifier notifier,
                           ModelWorkerConfig config, BusinessTime time, DatabaseOutage outage) {
        this.outage = outage;
        this.tasks = tasks;
        this.repository = repository;
        this.calendar = calendar;
        this.notifier = notifier;
        this.config = config;
        this.time = time;
    }

    @Scheduled(every = "${weiyuan.model-workers.jobs-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> scheduled() {
        return outage.backgroundRound(createVisitTasks(time.today()), LOG, "Model-worker visit tasks failed; next run retries");
    }

    /** Creates the tasks due within the lead days of {@code today}; answers how many were new. */
    public Uni<Integer> createVisitTasks(LocalDate today) {
        return repository.inTransaction(() -> calendar.festivalsBetween(today, today.plusDays(config.festivalLeadDays()))
                .chain(festivals -> repository.allPairingsWithBirthday().chain(rows -> {
                    Instant now = time.now();
                    List<VisitTaskRound.Kept> kept = rows.stream().map(r -> new VisitTaskRound.Kept((UUID) r[0], (UUID) r[1],
                            ModelWorkerPolicy.birthdayWithin((String) r[2], today, config.birthdayLeadDays()))).toList();
                    return VisitTaskRound.run(VisitTaskRound.plan(festivals, kept, LABELS),
                            t -> tasks.createIfAbsent(VisitTaskRound.Store.MODEL_WORKER, t, now),
                            t -> notifier.notify(t.keeper(), NotificationKind.MODEL_WORKER_VISIT_TASK,
                                    "weiyuan://model-workers/" + t.keptId(), t.labelZh(), t.labelEn(), t.dueOn().toString()));
                })));
    }

    static final VisitTaskRound.Labels LABELS = new VisitTaskRound.Labels("慰问劳模", " visit to a model worker", "劳模生日慰问",
            "Model worker's birthday visit");
}
