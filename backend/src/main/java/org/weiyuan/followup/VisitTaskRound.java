package org.weiyuan.followup;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * One round of festival and birthday visit tasks (节日、生日走访), the one job both households' helpers
 * and model workers' contacts get their tasks from (利用节日、生日上门慰问): for each person kept in
 * contact, a task per festival ahead and one for a birthday ahead; each task the store did not have yet
 * (one per person, reason and day, so rounds and replicas may overlap) is told to its keeper.
 */
public final class VisitTaskRound {

    /** Whose tasks these are: households (visit_task) or model workers (model_worker_visit_task). */
    public enum Store {
        HOUSEHOLD("visit_task", "household_id", "helper_subject"),
        MODEL_WORKER("model_worker_visit_task", "model_worker_id", "contact_subject");

        final String table;
        final String keptColumn;
        final String keeperColumn;

        Store(String table, String keptColumn, String keeperColumn) {
            this.table = table;
            this.keptColumn = keptColumn;
            this.keeperColumn = keeperColumn;
        }
    }

    /** Someone kept in contact: a household or a model worker, who keeps contact, and their next birthday within the lead days (or null). */
    public record Kept(UUID id, UUID keeper, LocalDate birthday) { }

    /** The task labels: a festival's name and these suffixes, and the birthday visit's. */
    public record Labels(String festivalSuffixZh, String festivalSuffixEn, String birthdayZh, String birthdayEn) { }

    public record Task(UUID keptId, UUID keeper, String reason, String labelZh, String labelEn, LocalDate dueOn) { }

    private VisitTaskRound() { }

    /** The tasks of the round: every festival ahead for everyone kept, and each birthday ahead. */
    public static List<Task> plan(List<FollowupRepository.Festival> festivals, List<Kept> kept, Labels labels) {
        List<Task> tasks = new ArrayList<>();
        for (Kept k : kept) {
            for (FollowupRepository.Festival f : festivals) {
                tasks.add(new Task(k.id(), k.keeper(), "FESTIVAL_" + f.festival(), f.nameZh() + labels.festivalSuffixZh(),
                        f.nameEn() + labels.festivalSuffixEn(), f.on()));
            }
            if (k.birthday() != null) {
                tasks.add(new Task(k.id(), k.keeper(), "BIRTHDAY", labels.birthdayZh(), labels.birthdayEn(), k.birthday()));
            }
        }
        return tasks;
    }

    /** Creates the tasks one after another (one session), telling the keeper of each new one; answers how many were new. */
    public static Uni<Integer> run(List<Task> tasks, Function<Task, Uni<Boolean>> createIfAbsent, Function<Task, Uni<Void>> tell) {
        return Multi.createFrom().iterable(tasks).onItem().transformToUniAndConcatenate(t -> createIfAbsent.apply(t)
                        .chain(created -> created ? tell.apply(t).replaceWith(1) : Uni.createFrom().item(0)))
                .collect().asList().map(l -> l.stream().mapToInt(Integer::intValue).sum());
    }
}
