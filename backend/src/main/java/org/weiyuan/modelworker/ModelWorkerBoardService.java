package org.weiyuan.modelworker;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.audit.AuditLog;
import org.weiyuan.common.BusinessTime;
import org.weiyuan.common.DomainException;
import org.weiyuan.modelworker.ModelWorkerEntities.Honour;
import org.weiyuan.modelworker.ModelWorkerEntities.ModelWorker;
import org.weiyuan.modelworker.ModelWorkerEntities.Reception;
import org.weiyuan.modelworker.ModelWorkerViews.HonourBoardEntry;
import org.weiyuan.modelworker.ModelWorkerViews.HonourView;
import org.weiyuan.modelworker.ModelWorkerViews.ReceptionOffDay;
import org.weiyuan.modelworker.ModelWorkerViews.ReceptionRequest;
import org.weiyuan.modelworker.ModelWorkerViews.ReceptionView;
import org.weiyuan.org.UnionScope;
import org.weiyuan.org.UnionUnit;
import org.weiyuan.security.Actor;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The public side of model-worker care: the honour board (光荣榜: 示范引领 model workers who consented,
 * shown by name, unit, honours and deeds only) and the reception-day schedule (劳模接待日), which staff
 * of a unit set for it and anyone may read.
 */
@ApplicationScoped
public class ModelWorkerBoardService {

    static final int BOARD_MAX = 200;

    private final ModelWorkerRepository repository;
    private final UnionScope scope;
    private final AuditLog audit;
    private final BusinessTime time;

    public ModelWorkerBoardService(ModelWorkerRepository repository, UnionScope scope, AuditLog audit, BusinessTime time) {
        this.repository = repository;
        this.scope = scope;
        this.audit = audit;
        this.time = time;
    }

    /** The honour board of a unit's subtree (every unit when {@code unitId} is null). */
    public Uni<List<HonourBoardEntry>> honourBoard(UUID unitId) {
        return repository.inSession(() -> (unitId == null ? Uni.createFrom().item("/") : publicUnit(unitId).map(u -> u.path))
                .chain(path -> repository.honourBoard(path, BOARD_MAX))
                .chain(rows -> {
                    List<UUID> ids = rows.stream().map(r -> ((ModelWorker) r[0]).id).toList();
                    return repository.honoursOf(ids).map(honours -> {
                        Map<UUID, List<HonourView>> byWorker = honours.stream().collect(Collectors.groupingBy(h -> h.modelWorkerId,
                                Collectors.mapping(ModelWorkerBoardService::view, Collectors.toList())));
                        // in the query's order: highest honour first, by rank, before the cap
                        return rows.stream()
                                .map(r -> {
                                    ModelWorker m = (ModelWorker) r[0];
                                    return new HonourBoardEntry(m.name, (String) r[1], m.topLevel, byWorker.getOrDefault(m.id, List.of()),
                                            m.deeds);
                                }).toList();
                    });
                }));
    }

    /** A unit's reception days: the schedule and the next {@code count} days it is held (404 when none is set). */
    public Uni<ReceptionView> reception(UUID unitId, int count) {
        return repository.inSession(() -> publicUnit(unitId).chain(u -> repository.reception(u.id).chain(r -> {
            if (r == null) {
                throw DomainException.notFound("reception");
            }
            return view(u, r, count);
        })));
    }

    /** Staff of the unit's subtree set its reception days (replacing the days off); audited. */
    public Uni<ReceptionView> setReception(Actor actor, UUID unitId, ReceptionRequest req) {
        if (!ReceptionRules.hoursValid(req.startsAt(), req.endsAt())) {
            return Uni.createFrom().failure(DomainException.unprocessable("endsAt", "problem.model-worker.reception-hours"));
        }
        Map<LocalDate, String> off = new LinkedHashMap<>();
        List<ReceptionOffDay> offDays = req.offDays() == null ? List.of() : req.offDays();
        for (int i = 0; i < offDays.size(); i++) {
            String refusal = ReceptionRules.offDayRefusal(req.weekday(), offDays.get(i).on());
            if (refusal != null) {
                return Uni.createFrom().failure(DomainException.unprocessable("offDays[" + i + "].on", refusal, req.weekday().name()));
            }
            off.put(offDays.get(i).on(), offDays.get(i).reason().strip());
        }
        return repository.inTransaction(() -> scope.unitInStaffScope(actor, unitId).chain(u -> repository.reception(u.id).chain(existing -> {
            Reception r = existing == null ? new Reception() : existing;
            r.unitId = u.id;
            r.weekday = req.weekday().getValue();
            r.startsAt = req.startsAt();
            r.endsAt = req.endsAt();
            r.place = req.place().strip();
            r.hostZh = req.hostZh().strip();
            r.hostEn = req.hostEn().strip();
            r.updatedBy = actor.subject();
            r.updatedAt = time.now();
            return (existing == null ? repository.persist(r) : Uni.createFrom().voidItem())
                    .chain(repository::flush)
                    .chain(() -> repository.replaceReceptionOff(u.id, off))
                    .chain(() -> audit.record(actor, "model-worker.reception.set", "union_unit", u.id, null,
                            Map.of("weekday", req.weekday(), "place", r.place, "offDays", off.size()), null))
                    .chain(() -> view(u, r, 8));
        })));
    }

    private Uni<UnionUnit> publicUnit(UUID unitId) {
        return repository.unit(unitId).map(u -> {
            if (u == null) {
                throw DomainException.notFound("unit");
            }
            return u;
        });
    }

    private Uni<ReceptionView> view(UnionUnit u, Reception r, int count) {
        LocalDate today = time.today();
        DayOfWeek weekday = DayOfWeek.of(r.weekday);
        return repository.receptionOff(u.id, today).map(rows -> {
            List<ReceptionOffDay> off = rows.stream().map(row -> new ReceptionOffDay(toDate(row[0]), (String) row[1])).toList();
            Set<LocalDate> offDates = new HashSet<>(off.stream().map(ReceptionOffDay::on).toList());
            return new ReceptionView(u.id, u.name, weekday, r.startsAt, r.endsAt, r.place, r.hostZh, r.hostEn, off,
                    ReceptionRules.upcoming(weekday, today, count, offDates));
        });
    }

    private static LocalDate toDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private static HonourView view(Honour h) {
        return new HonourView(h.title, h.level, h.year, h.awardedBy);
    }
}
