package org.weiyuan.audit;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.UUID;

/**
 * Result of walking the sealed audit chain (审计链校验), and the state of the unsealed tail: entries
 * written but not yet linked by the sealer, which verification cannot vouch for until they are.
 *
 * @param entriesChecked        sealed entries walked, from the first
 * @param headPosition          chain position of the last sealed entry (0 for an empty chain)
 * @param headHash              its hash: what a checkpoint anchors
 * @param unsealedEntries       committed entries waiting for the sealer
 * @param oldestUnsealedAgeSeconds how long the oldest of them has waited (absent when none waits)
 * @param maxUnsealedAgeSeconds the promised bound ({@code weiyuan.audit.max-unsealed-age})
 * @param unsealedWithinBound   whether the oldest waits no longer than the bound
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditVerification(boolean intact, long entriesChecked, UUID firstBrokenEntryId,
                                Long firstBrokenPosition, String reason, long headPosition, String headHash,
                                long unsealedEntries, Long oldestUnsealedAgeSeconds, long maxUnsealedAgeSeconds,
                                boolean unsealedWithinBound) { }
