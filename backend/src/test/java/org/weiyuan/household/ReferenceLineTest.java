package org.weiyuan.household;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ReferenceLineTest {

    private static final UUID CITY = UUID.randomUUID();
    private static final UUID DISTRICT = UUID.randomUUID();
    private static final Map<UUID, Integer> DEPTH = Map.of(CITY, 2, DISTRICT, 3);

    private static ReferenceLine.Candidate line(UUID unit, int year, int appliesFrom) {
        return new ReferenceLine.Candidate(unit, year, appliesFrom);
    }

    @Test
    void byDefaultAnAssessmentUsesThePreviousYearsLine() {
        var lines = List.of(line(CITY, 2025, ReferenceLine.defaultAppliesFrom(2025)), line(CITY, 2026, ReferenceLine.defaultAppliesFrom(2026)));
        assertThat(ReferenceLine.pick(lines, l -> l, DEPTH, 2026)).map(ReferenceLine.Candidate::year).contains(2025);
        assertThat(ReferenceLine.pick(lines, l -> l, DEPTH, 2027)).map(ReferenceLine.Candidate::year).contains(2026);
        assertThat(ReferenceLine.pick(lines, l -> l, DEPTH, 2025)).isEmpty();
    }

    @Test
    void aRegionThatUsesTheCurrentYearsLineSaysSoOnTheLine() {
        var lines = List.of(line(CITY, 2025, 2026), line(CITY, 2026, 2026));
        assertThat(ReferenceLine.pick(lines, l -> l, DEPTH, 2026)).map(ReferenceLine.Candidate::year).contains(2026);
    }

    @Test
    void theNearestUnitWinsOverANewerLineFurtherUp() {
        var lines = List.of(line(CITY, 2025, 2026), line(DISTRICT, 2024, 2025), line(UUID.randomUUID(), 2025, 2026));
        assertThat(ReferenceLine.pick(lines, l -> l, DEPTH, 2026)).map(ReferenceLine.Candidate::unitId).contains(DISTRICT);
    }
}
