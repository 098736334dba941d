package org.weiyuan.household;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.UUID;

/** Views of the duplicate adjudication queue (疑似重复建档). Names masked, no personal numbers. */
public final class DuplicateViews {

    private DuplicateViews() { }

    /** One of the two files, as the queue shows it. */
    public record FileRef(UUID id, UUID unitId, String headName, String district, HouseholdStatus status) { }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DuplicateCandidateView(UUID id, DuplicateRules.Reason reason, String person, DuplicateCandidate.Status status,
                                FileRef household, FileRef other, UUID decidedBy, Instant decidedAt, String note,
                                Instant createdAt) { }

    /** Staff's finding: the same household or person (blocks approval), or not. */
    public record DecisionRequest(@NotNull Boolean duplicate, @Size(max = 500) String note) { }
}
