package org.weiyuan.vetting;

import org.weiyuan.notify.NotificationKind;

/**
 * How one aggregate names the steps of its vetting (审核): the lifecycle actions for asking,
 * answering and the resubmission that the last answer triggers, the audit actions each is recorded
 * under, and what the owner is told when asked (待补充).
 *
 * @param entityType the audit log's entity type ({@code household}, {@code wish})
 */
public record VettingSteps<A extends Enum<A>>(String entityType, A ask, A answer, A answersComplete,
                                              String askedAudit, String answeredAudit, String resubmittedAudit,
                                              NotificationKind needsInfo) { }
