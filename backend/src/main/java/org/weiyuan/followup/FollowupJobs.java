package org.weiyuan.followup;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.weiyuan.common.DatabaseOutage;
import org.weiyuan.notify.NotificationKind;
import org.weiyuan.notify.Notifier;
import org.weiyuan.security.PiiCipher;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Scheduled follow-up work: reminders to helpers about overdue contacts, and festival (两节, 五一,
 * 重阳) and birthday visit tasks from the festival calendar. Both are idempotent per day (a
 * reminder at most every {@code remind-every-days} per household, one task per household, reason
 * and date), so replicas running them at once do no harm. Tests call the methods with a date.
 */
@ApplicationScoped
public class FollowupJobs {

    private static final Logger LOG = Logger.getLogger(FollowupJobs.class);

    private final FollowupRepository repository;
    private final VisitTaskRepository tasks;
    private final ContactRuleLookup rules;
    private final Notifier notifier;
    private final PiiCipher cipher;
    private final FollowupConfig config;
    private final Clock clock;
    private final DatabaseOutage outage;

    public FollowupJobs(FollowupRepository repository, VisitTaskRepository tasks, ContactRuleLookup rules, Notifier notifier,
                        PiiCipher cipher, FollowupConfig config, Clock clock,
                        DatabaseOutage outage) {
        this.outage = outage;
        this.repository = repository;
        this.tasks = tasks;
        this.rules = rules;
        this.notifier = notifier;
        this.cipher = cipher;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "${weiyuan.followup.jobs-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> scheduled() {
        LocalDate today = FollowupClock.today(clock);
        return outage.backgroundRound(remindOverdue(today).chain(n -> createVisitTasks(today)),
                LOG, "Follow-up jobs failed; the next round will try again");
    }

    /** Notifies each helper, in their own inbox only, of each household overdue for contact on {@code today}. */
    @WithTransaction
    public Uni<Integer> remindOverdue(LocalDate today) {
        return dueReminders(today).chain(due -> sendReminders(due, today));
    }

    /** The pairings overdue on {@code today} and not reminded within the period, as read now. */
    Uni<List<FollowupRepository.PairingRow>> dueReminders(LocalDate today) {
        return repository.allPairings().chain(pairings -> {
            Map<String, Uni<ContactCompliance.Rule>> byPath = new HashMap<>();
            List<FollowupRepository.PairingRow> due = new ArrayList<>();
            return Multi.createFrom().iterable(pairings).onItem().transformToUniAndConcatenate(p ->
                    byPath.computeIfAbsent(p.unitPath(), path -> rules.at(null, path).map(ContactRuleLookup::rule).memoize().indefinitely())
                            .invoke(rule -> {
                                LocalDate dueOn = ContactCompliance.nextContactDue(rule, p.assignedOn(), p.lastContact());
                                boolean recentlyReminded = p.lastRemindedOn() != null
                                        && !today.isAfter(p.lastRemindedOn().plusDays(config.remindEveryDays() - 1L));
                                if (ContactCompliance.overdue(dueOn, today) && !recentlyReminded) {
                                    due.add(p);
                                }
                            })).collect().asList().replaceWith(due);
        });
    }

    /**
     * Sends the reminders read by {@link #dueReminders}: each one only after claiming it with a
     * conditional update of the pairing's reminder date, so that two replicas running the job at once
     * (every replica schedules it) send one notice, not two — the second waits for the first's row
     * lock, then finds the date already set and sends nothing.
     */
    Uni<Integer> sendReminders(List<FollowupRepository.PairingRow> due, LocalDate today) {
        return Multi.createFrom().iterable(due).onItem().transformToUniAndConcatenate(p ->
                        repository.claimReminder(p.householdId(), today, p.lastRemindedOn()).chain(claimed -> {
                            if (!claimed) {
                                return Uni.createFrom().item(0);
                            }
                            LocalDate dueOn = p.lastContact() == null ? p.assignedOn() : p.lastContact();
                            return notifier.notify(p.helperSubject(), NotificationKind.FOLLOWUP_CONTACT_OVERDUE,
                                    "weiyuan://followup/households/" + p.householdId(), dueOn.toString()).replaceWith(1);
                        }))
                .collect().asList().map(l -> l.stream().mapToInt(Integer::intValue).sum());
    }

    /**
     * Creates visit tasks for festivals within {@code festival-lead-days} of {@code today} and for
     * heads' birthdays within {@code birthday-lead-days} (the birthday is read from the ID number;
     * 29 February falls on 28 February in other years), for each approved household's helper.
     */
    @WithTransaction
    public Uni<Integer> createVisitTasks(LocalDate today) {
        return repository.festivalsBetween(today, today.plusDays(config.festivalLeadDays()))
                .chain(festivals -> repository.pairedHouseholdsWithIdNumber().chain(rows -> {
                    Instant now = Instant.now(clock);
                    List<VisitTaskRound.Kept> kept = new ArrayList<>();
                    for (Object[] r : rows) {
                        kept.add(new VisitTaskRound.Kept((UUID) r[0], (UUID) r[1],
                                birthdayWithin(r[2] == null ? null : cipher.decrypt((String) r[2]), today, config.birthdayLeadDays())));
                    }
                    return VisitTaskRound.run(VisitTaskRound.plan(festivals, kept, LABELS),
                            t -> tasks.createIfAbsent(VisitTaskRound.Store.HOUSEHOLD, t, now),
                            t -> notifier.notify(t.keeper(), NotificationKind.FOLLOWUP_VISIT_TASK,
                                    "weiyuan://followup/households/" + t.keptId(), t.labelZh(), t.labelEn(), t.dueOn().toString()));
                }));
    }

    static final VisitTaskRound.Labels LABELS = new VisitTaskRound.Labels("走访", " visit", "生日走访", "Birthday visit");

    /** The next birthday on or after {@code today} within {@code leadDays}, from an 18-digit ID number; null otherwise. */
    static LocalDate birthdayWithin(String idNumber, LocalDate today, int leadDays) {
        if (idNumber == null || idNumber.length() != 18) {
            return null;
        }
        MonthDay md;
        try {
            md = MonthDay.of(Integer.parseInt(idNumber.substring(10, 12)), Integer.parseInt(idNumber.substring(12, 14)));
        } catch (RuntimeException e) {
            return null;
        }
        for (int y = today.getYear(); y <= today.getYear() + 1; y++) {
            LocalDate day = md.isValidYear(y) ? md.atYear(y) : LocalDate.of(y, 2, 28);
            if (!day.isBefore(today)) {
                return day.isAfter(today.plusDays(leadDays)) ? null : day;
            }
        }
        return null;
    }
}
