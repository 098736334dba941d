package org.weiyuan.household;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** 低保 lines' queries, by intent (the service builds no query string). */
@ApplicationScoped
public class PovertyLineRepository implements PanacheRepositoryBase<PovertyLine, UUID> {

    /** The line a unit set for a year, or null. */
    public Uni<PovertyLine> ofUnitInYear(UUID unitId, int year) {
        return find("unitId = ?1 and year = ?2", unitId, year).firstResult();
    }

    /** Every line, latest year first. */
    public Uni<List<PovertyLine>> latestFirst() {
        return list("order by year desc");
    }

    /** The lines these units set, latest year first. */
    public Uni<List<PovertyLine>> ofUnits(List<UUID> unitIds) {
        return list("unitId in ?1 order by year desc", unitIds);
    }

    /** Lines of these units that are a reference in {@code assessmentYear} or earlier. */
    public Uni<List<PovertyLine>> referencesUpTo(List<UUID> unitIds, int assessmentYear) {
        return list("unitId in ?1 and appliesFromYear <= ?2", unitIds, assessmentYear);
    }
}
