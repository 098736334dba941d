package org.weiyuan.household;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.weiyuan.household.MemberAttributes.HealthStatus;
import org.weiyuan.household.MemberAttributes.Relation;
import org.weiyuan.household.MemberAttributes.Schooling;
import org.weiyuan.household.MemberAttributes.WorkStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Request and response records of the household feature. Money is integer fen. */
public final class HouseholdViews {

    private HouseholdViews() { }

    /** A household file as the worker or staff fill it in (create and full update). */
    public record HouseholdRequest(
            @NotNull UUID unitId,
            @NotBlank @Size(max = 50) String headName,
            @NotBlank @ChineseIdNumber String idNumber,
            @Pattern(regexp = "^1[3-9]\\d{9}$", message = "{weiyuan.validation.phone}") String phone,
            @NotBlank @Size(max = 50) String district,
            @Size(max = 200) String addressDetail,
            @NotNull Housing housing,
            @NotEmpty @Size(max = 20) List<@Valid @NotNull MemberRequest> members,
            @NotNull @PositiveOrZero @Max(100_000_000L) Long otherMonthlyIncomeFen,
            @NotEmpty Set<@NotNull HardshipCause> causes,
            @Size(max = 500) String causeNote,
            @Valid FourLooks fourLooks) { }

    public record MemberRequest(
            @NotNull Relation relation,
            @NotBlank @Size(max = 50) String name,
            @NotNull @Min(1900) @Max(2100) Integer birthYear,
            @NotNull Schooling schooling,
            @NotNull HealthStatus healthStatus,
            @Size(max = 500) String healthDetail,
            @NotNull WorkStatus workStatus,
            @NotNull @PositiveOrZero @Max(100_000_000L) Long monthlyIncomeFen,
            @ChineseIdNumber String idNumber) { }

    /** A question; with {@code documentKind} it asks for that document, answered by an upload. */
    public record QuestionRequest(@NotBlank @Size(max = 500) String question, DocumentKind documentKind) {
        public QuestionRequest(String question) {
            this(question, null);
        }
    }

    public record AnswerRequest(@NotBlank @Size(max = 1000) String answer) { }

    /**
     * One line of a file's history (档案履历) from the audit log: who did what, when. {@code actorName}
     * is the staff member's name (absent for the worker), {@code onBehalf} marks a file staff filed for
     * a worker (代为建档).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record HistoryEntry(UUID id, Instant occurredAt, String action, String actorRole, String actorName,
                               String detail, boolean onBehalf) { }

    public record ReasonRequest(@NotBlank @Size(max = 500) String reason) { }

    public record ExitRequest(@NotNull ExitReason reason, @Size(max = 500) String note) { }

    public record VerificationRequest(
            @NotNull @PastOrPresent LocalDate visitedOn,
            @NotNull @Valid FourLooks findings,
            @NotEmpty Set<@NotNull RecommendedHelp> recommendedHelp,
            @Size(max = 1000) String summary,
            /** Free text, as visits recorded before the roster were; {@code volunteerId} wins when both are given. */
            @Size(max = 50) String volunteerName,
            /** 志愿者名册: an active volunteer of the file's unit or a unit above it (422 otherwise). */
            UUID volunteerId) { }

    /** The full file. Personal fields are masked unless the viewer is the household itself. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record HouseholdView(
            UUID id, UUID unitId, HouseholdStatus status,
            String headName, String idNumber, String phone, String district, String addressDetail,
            Housing housing, List<MemberView> members, long otherMonthlyIncomeFen,
            long totalMonthlyIncomeFen, int memberCount, long perCapitaIncomeFen,
            HouseholdCategory category, Severity severity, LineView povertyLine,
            Set<HardshipCause> causes, String causeNote, FourLooks fourLooks,
            List<QuestionView> questions, List<VerificationView> verifications,
            String rejectionReason, ExitReason exitReason, String exitNote,
            boolean masked, Instant createdAt, Instant updatedAt) { }

    @Schema(name = "HouseholdMemberView")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MemberView(UUID id, Relation relation, String name, int birthYear, Schooling schooling,
                             HealthStatus healthStatus, String healthDetail, WorkStatus workStatus,
                             long monthlyIncomeFen, String idNumber) { }

    @Schema(name = "HouseholdLineView")
    public record LineView(int year, long monthlyFen) { }

    @Schema(name = "HouseholdQuestionView")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QuestionView(UUID id, String question, Instant askedAt, String answer, Instant answeredAt,
                               DocumentKind documentKind, UUID answerDocumentId) { }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record VerificationView(UUID id, int reviewCycle, LocalDate visitedOn, UUID investigatorSubject,
                                   String volunteerName, /** The roster entry, when the visit named one. */ UUID volunteerId,
                                   FourLooks findings, Set<RecommendedHelp> recommendedHelp,
                                   String summary, Instant recordedAt) { }

    /** A line in the staff work list: name masked, no personal numbers. */
    public record HouseholdSummary(UUID id, UUID unitId, HouseholdStatus status, String headName, String district,
                                   HouseholdCategory category, Severity severity, long perCapitaIncomeFen,
                                   int memberCount, Set<HardshipCause> causes, Instant createdAt,
                                   Instant updatedAt) { }

    /** Plaintext personal data, for staff in scope who need it; every read is audited. */
    public record PersonalData(UUID householdId, String idNumber, String phone, String addressDetail,
                               List<MemberHealth> members) { }

    public record MemberHealth(UUID memberId, String name, HealthStatus healthStatus, String healthDetail) { }

    public record PovertyLineRequest(
            @NotNull UUID unitId,
            @NotNull @Min(2000) @Max(2100) Integer year,
            @NotNull @Min(1) @Max(10_000_000L) Long monthlyFen,
            @Min(100) @Max(1000) Integer extremePct,
            @Min(100) @Max(1000) Integer hardshipPct,
            /* the first assessment year the line is the reference for; default year + 1 (上年标准) */
            @Min(2000) @Max(2101) Integer appliesFromYear) { }

    public record PovertyLineView(UUID id, UUID unitId, int year, long monthlyFen, int extremePct, int hardshipPct,
                                  Instant updatedAt, int appliesFromYear) { }
}
