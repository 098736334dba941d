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
}
