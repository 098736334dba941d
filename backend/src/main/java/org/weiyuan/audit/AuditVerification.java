package org.weiyuan.audit;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.UUID;

/** Result of walking the whole audit chain. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditVerification(boolean intact, long entriesChecked, UUID firstBrokenEntryId,
                                Long firstBrokenPosition, String reason) { }
