package org.weiyuan.org;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.UUID;

/** Request and response records of the org feature. */
public final class OrgViews {

    private OrgViews() { }

    public record UnitView(UUID id, UUID parentId, UnitLevel level, String name, Instant createdAt) { }

    public record CreateUnitRequest(UUID parentId,
                                    @NotNull UnitLevel level,
                                    @NotBlank @Size(max = 100) String name) { }

    public record RenameUnitRequest(@NotBlank @Size(max = 100) String name) { }

    public record StaffAssignmentRequest(@NotNull UUID unitId,
                                         @NotBlank @Size(max = 50) String displayName) { }

    public record StaffView(UUID subject, UUID unitId, String displayName, Instant updatedAt) { }

    /** A colleague's name and unit (工作人员名录), for showing who did something instead of a subject. */
    public record StaffNameView(UUID subject, String displayName, UUID unitId, String unitName) { }
}
