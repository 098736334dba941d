package org.weiyuan.modelworker;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.weiyuan.common.BusinessTime;
import org.weiyuan.followup.FollowupRepository;
import org.weiyuan.modelworker.ModelWorkerEntities.VisitTask;
import org.weiyuan.notify.NotificationKind;
import org.weiyuan.notify.Notifier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
    private final Notifier notifier;
    private final ModelWorkerConfig config;
    private final BusinessTime time;

    public ModelWorkerJobs(ModelWorkerRepository repository, FollowupRepository calendar, Notifier notifier, ModelWorkerConfig config,
                           BusinessTime time) {
        this.repository = repository;
        this.calendar = calendar;
        this.notifier = notifier;
        this.config = config;
        this.time = time;
    }

    @Scheduled(every = "${weiyuan.model-workers.jobs-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> scheduled() {
        return createVisitTasks(time.today()).onFailure().invoke(e -> LOG.warn("Model-worker visit tasks failed; next run retries", e))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Creates the tasks due within the lead days of {@code today}; answers how many were new. */
    public Uni<Integer> createVisitTasks(LocalDate today) {
        return repository.inTransaction(() -> calendar.festivalsBetween(today, today.plusDays(config.festivalLeadDays()))
                .chain(festivals -> repository.allPairingsWithBirthday().chain(rows -> {
                    Instant now = time.now();
                    List<VisitTask> tasks = new ArrayList<>();
                    for (Object[] r : rows) {
                        UUID worker = (UUID) r[0];
                        UUID contact = (UUID) r[1];
                        for (FollowupRepository.Festival f : festivals) {
                            tasks.add(task(worker, contact, "FESTIVAL_" + f.festival(), f.nameZh() + "慰问劳模",
                                    f.nameEn() + " visit to a model worker", f.on(), now));
                        }
                        LocalDate birthday = ModelWorkerPolicy.birthdayWithin((String) r[2], today, config.birthdayLeadDays());
                        if (birthday != null) {
                            tasks.add(task(worker, contact, "BIRTHDAY", "劳模生日慰问", "Model worker's birthday visit", birthday, now));
                        }
                    }
                    return Multi.createFrom().iterable(tasks).onItem().transformToUniAndConcatenate(t -> repository.createTaskIfAbsent(t)
                                    .chain(created -> created
                                            ? notifier.notify(t.contactSubject, NotificationKind.MODEL_WORKER_VISIT_TASK,
                                            "weiyuan://model-workers/" + t.modelWorkerId, t.labelZh, t.labelEn, t.dueOn.toString()).replaceWith(1)
                                            : Uni.createFrom().item(0)))
                            .collect().asList().map(l -> l.stream().mapToInt(Integer::intValue).sum());
                })));
    }

    private static VisitTask task(UUID worker, UUID contact, String reason, String zh, String en, LocalDate due, Instant now) {
        VisitTask t = new VisitTask();
        t.id = UUID.randomUUID();
        t.modelWorkerId = worker;
        t.contactSubject = contact;
        t.reason = reason;
        t.labelZh = zh;
        t.labelEn = en;
        t.dueOn = due;
        t.createdAt = now;
        return t;
    }
}
