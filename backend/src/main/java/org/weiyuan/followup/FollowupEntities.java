package org.weiyuan.followup;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.weiyuan.household.ExitReason;
import org.weiyuan.household.RecommendedHelp;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Entities of the follow-up feature (tables of V80__followup.sql). */
public final class FollowupEntities {

    private FollowupEntities() { }

    /** 帮扶计划: one per household (一户一计划). */
    @Entity(name = "HelpPlan")
    @Table(name = "help_plan")
    public static class HelpPlan {
        @Id
        public UUID id;
        public UUID householdId;
        public UUID unitId;
        public String goals;
        public UUID createdBy;
        public Instant createdAt;
        public Instant updatedAt;
        public LocalDate lastReviewedOn;
        /** Set when the household left the files (脱困退出) and the plan was closed with its outcome. */
        public LocalDate closedOn;
        public UUID closedBy;
        @Enumerated(EnumType.STRING)
        public ExitReason exitReason;
        @Enumerated(EnumType.STRING)
        public PlanExitRules.MeasureOutcome outcome;
        public String closingNote;
        @Version
        public long version;
    }

    /** What carries a measure out on the platform; UNION_AID is one household's line on a union aid list (工会帮扶). */
    public enum LinkKind { JOB_APPLICATION, SERVICE_ORDER, WISH, UNION_AID }

    /** 帮扶措施 (一户一措施). */
    @Entity(name = "HelpMeasure")
    @Table(name = "help_measure")
    public static class HelpMeasure {
        @Id
        public UUID id;
        public UUID planId;
        @Enumerated(EnumType.STRING)
        public RecommendedHelp kind;
        public String description;
        public UUID ownerSubject;
        public LocalDate dueOn;
        @Enumerated(EnumType.STRING)
        public MeasureLifecycle.Status status;
        public String result;
        @Enumerated(EnumType.STRING)
        public LinkKind linkKind;
        public UUID linkId;
        /** 措施成效, stated when the plan was closed. */
        @Enumerated(EnumType.STRING)
        public PlanExitRules.MeasureOutcome outcome;
        public String outcomeReason;
        public Instant createdAt;
        public Instant updatedAt;
        @Version
        public long version;
    }

    /** A review of the plan made at a home visit. */
    @Entity(name = "PlanReview")
    @Table(name = "help_plan_review")
    public static class PlanReview {
        @Id
        public UUID id;
        public UUID planId;
        public UUID contactId;
        public LocalDate reviewedOn;
        public String note;
        public UUID reviewedBy;
        public Instant createdAt;
    }

    /** 帮扶责任人: the staff member paired with a household (结对). */
    @Entity(name = "HelperAssignment")
    @Table(name = "helper_assignment")
    public static class HelperAssignment {
        @Id
        public UUID householdId;
        public UUID helperSubject;
        public UUID assignedBy;
        public LocalDate assignedOn;
        public LocalDate lastRemindedOn;
        public Instant updatedAt;
        @Version
        public long version;
    }

    /** One entry of the contact log. */
    @Entity(name = "ContactEntry")
    @Table(name = "contact_log")
    public static class ContactEntry {
        @Id
        public UUID id;
        public UUID householdId;
        public UUID staffSubject;
        @Enumerated(EnumType.STRING)
        public ContactCompliance.Kind kind;
        public LocalDate contactedOn;
        public String summary;
        public String nextStep;
        public Instant recordedAt;
    }

    /** The contact rule of a unit. */
    @Entity(name = "ContactRuleRow")
    @Table(name = "contact_rule")
    public static class ContactRuleRow {
        @Id
        public UUID unitId;
        public int minHouseholds;
        public int contactsPerQuarter;
        public int visitsPerYear;
        public UUID updatedBy;
        public Instant updatedAt;
    }

    /** A festival or birthday visit task for a household's helper. */
    @Entity(name = "VisitTask")
    @Table(name = "visit_task")
    public static class VisitTask {
        @Id
        public UUID id;
        public UUID householdId;
        public UUID helperSubject;
        public String reason;
        public String labelZh;
        public String labelEn;
        public LocalDate dueOn;
        public LocalDate doneOn;
        public Instant createdAt;
    }
}
