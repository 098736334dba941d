package org.weiyuan.modelworker;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.weiyuan.followup.ContactCompliance;
import org.weiyuan.household.ChineseIdNumber;
import org.weiyuan.modelworker.ModelWorkerPolicy.HonourLevel;
import org.weiyuan.modelworker.ModelWorkerPolicy.ServiceType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Request and response records of {@code /api/v1/model-workers}. */
public final class ModelWorkerViews {

    private ModelWorkerViews() { }

    /** 个人情况 (encrypted at rest). */
    public record Personal(@Size(max = 10) String gender, @Size(max = 20) String phone, @Size(max = 200) String address,
                           @Size(max = 30) String politicalStatus, @Size(max = 30) String education,
                           @Size(max = 100) String employer, @Size(max = 50) String position, Boolean retired) { }

    /** 家庭情况 (encrypted at rest). */
    public record Family(@Min(0) @Max(30) Integer members, @Size(max = 30) String economicStatus, @Size(max = 1000) String note) { }

    /** 工作简历: one post held (encrypted at rest with the rest of the history). */
    public record WorkEntry(@NotBlank @Size(max = 100) String employer, @Size(max = 50) String position,
                            @Min(1940) @Max(2100) Integer fromYear, @Min(1940) @Max(2100) Integer toYear) { }

    /** 荣誉称号 with its level. */
    public record HonourRequest(@NotBlank @Size(max = 100) String title, @NotNull HonourLevel level,
                                @NotNull @Min(1950) @Max(2100) Integer year, @Size(max = 100) String awardedBy) { }

    /** The six categories of the archive (劳模信息采集表) and the kind of service. */
    public record ArchiveRequest(
            @NotBlank @Size(max = 50) String name,
            @NotBlank @ChineseIdNumber String idNumber,
            @Valid @NotNull Personal personal,
            @Valid Family family,
            @Size(max = 30) List<@Valid @NotNull WorkEntry> workHistory,
            /** 先进事迹 */ @NotBlank @Size(max = 4000) String deeds,
            @NotEmpty @Size(max = 30) List<@Valid @NotNull HonourRequest> honours,
            /** 需求建议 (encrypted at rest) */ @Size(max = 2000) String needs,
            @NotNull ServiceType serviceType) { }

    public record PairingRequest(@NotNull UUID contactSubject) { }

    @Schema(name = "ModelWorkerContactRequest")
    public record ContactRequest(@NotNull ContactCompliance.Kind kind, LocalDate contactedOn, @NotBlank @Size(max = 1000) String summary) { }

    // ---- responses

    public record HonourView(String title, HonourLevel level, int year, String awardedBy) { }

    /** The one-to-one contact (一对一结对), the role the rule asks for and the visit rule. */
    public record PairingView(UUID contactSubject, String contactName, LocalDate assignedOn, String roleZh, String roleEn,
                              int visitsPerYear, LocalDate nextVisitDue, boolean visitOverdue) { }

    /** The whole archive, decrypted: only to the staff who serve the model worker (audited). */
    public record ArchiveView(UUID id, UUID unitId, String name, String idNumber, Personal personal, Family family,
                              List<WorkEntry> workHistory, String deeds, List<HonourView> honours, String needs,
                              ServiceType serviceType, HonourLevel topLevel, PairingView pairing, Instant createdAt) { }

    /** A line of the list: name and ID masked, no personal categories. */
    public record ArchiveSummary(UUID id, UUID unitId, String name, ServiceType serviceType, HonourLevel topLevel,
                                 String contactName, LocalDate nextVisitDue, boolean visitOverdue) { }

    @Schema(name = "ModelWorkerContactView")
    public record ContactView(UUID id, UUID staffSubject, ContactCompliance.Kind kind, LocalDate contactedOn, String summary,
                              Instant recordedAt) { }

    @Schema(name = "ModelWorkerContactLog")
    public record ContactLog(PairingView pairing, int visitsThisYear, boolean yearMet, List<ContactView> contacts) { }

    @Schema(name = "ModelWorkerVisitTaskView")
    public record VisitTaskView(UUID id, UUID modelWorkerId, String reason, String labelZh, String labelEn, LocalDate dueOn) { }

    public record OverdueVisit(UUID modelWorkerId, String name, LocalDate dueOn) { }

    @Schema(name = "ModelWorkerTasks")
    public record MyTasks(List<OverdueVisit> overdueVisits, List<VisitTaskView> visitTasks) { }

    // ---- 光荣榜 and 劳模接待日

    /** Consent to the public honour board (示范引领 only): given on a day, or withdrawn ({@code consent = false}). */
    public record BoardConsentRequest(@NotNull Boolean consent, LocalDate consentedOn) { }

    /** The model worker's own platform account (劳模优惠 are shown and ordered there); null unlinks it. */
    public record AccountRequest(UUID accountSubject) { }

    public record AccountView(UUID modelWorkerId, UUID accountSubject) { }

    public record BoardConsentView(UUID modelWorkerId, boolean onBoard, LocalDate consentedOn) { }

    /** One entry of the public honour board: the name, the unit, honours and deeds; nothing else of the archive. */
    public record HonourBoardEntry(String name, String unitName, HonourLevel topLevel, List<HonourView> honours, String deeds) { }

    /** A day the reception is off, and why (e.g. 国庆). */
    public record ReceptionOffDay(@NotNull LocalDate on, @NotBlank @Size(max = 100) String reason) { }

    /** 劳模接待日: the weekday, hours and place, who receives (by role, not by name), and days off. */
    public record ReceptionRequest(
            @NotNull java.time.DayOfWeek weekday,
            @NotNull java.time.LocalTime startsAt,
            @NotNull java.time.LocalTime endsAt,
            @NotBlank @Size(max = 200) String place,
            @NotBlank @Size(max = 50) String hostZh,
            @NotBlank @Size(max = 80) String hostEn,
            @Size(max = 60) List<@Valid @NotNull ReceptionOffDay> offDays) { }

    public record ReceptionView(UUID unitId, String unitName, java.time.DayOfWeek weekday, java.time.LocalTime startsAt,
                                java.time.LocalTime endsAt, String place, String hostZh, String hostEn,
                                List<ReceptionOffDay> offDays, List<LocalDate> upcoming) { }
}
