package org.weiyuan.household;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.UUID;

/** Views of the duplicate adjudication queue (疑似重复建档). Names masked, no personal numbers. */
public final class DuplicateViews {

    private DuplicateViews() { }

    /**
     * One of the two files, as the queue shows it: besides the masked name, the head's birth year and the
     * last four characters of the head's ID number (尾号), enough to tell two files apart, not to identify anyone.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FileRef(UUID id, UUID unitId, String headName, String district, HouseholdStatus status,
                          Integer headBirthYear, String idTail) { }

    /** The birth year in an 18-character 身份证号 (positions 7–10), or null for anything else. */
    static Integer birthYear(String idNumber) {
        return idNumber != null && idNumber.length() == 18 && idNumber.substring(6, 10).chars().allMatch(Character::isDigit)
                ? Integer.valueOf(idNumber.substring(6, 10)) : null;
    }

    /** The last four characters of an ID number, or null when there is none to show. */
    static String idTail(String idNumber) {
        return idNumber == null || idNumber.length() < 10 ? null : idNumber.substring(idNumber.length() - 4);
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DuplicateCandidateView(UUID id, DuplicateRules.Reason reason, String person, DuplicateCandidate.Status status,
                                FileRef household, FileRef other, UUID decidedBy, Instant decidedAt, String note,
                                Instant createdAt) { }

    /** Staff's finding: the same household or person (blocks approval), or not. */
    public record DecisionRequest(@NotNull Boolean duplicate, @Size(max = 500) String note) { }
}
