package org.weiyuan.followup;

import jakarta.persistence.Column;
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
        @Column(name = "household_id")
        public UUID householdId;
        @Column(name = "unit_id")
        public UUID unitId;
        public String goals;
        @Column(name = "created_by")
        public UUID createdBy;
        @Column(name = "created_at")
        public Instant createdAt;
        @Column(name = "updated_at")
        public Instant updatedAt;
        @Column(name = "last_reviewed_on")
        public LocalDate lastReviewedOn;
        /** Set when the household left the files (脱困退出) and the plan was closed with its outcome. */
        @Column(name = "closed_on")
        public LocalDate closedOn;
        @Column(name = "closed_by")
        public UUID closedBy;
        @Enumerated(EnumType.STRING)
        @Column(name = "exit_reason")
        public ExitReason exitReason;
        @Enumerated(EnumType.STRING)
        public PlanExitRules.MeasureOutcome outcome;
        @Column(name = "closing_note")
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
        @Column(name = "plan_id")
        public UUID planId;
        @Enumerated(EnumType.STRING)
        public RecommendedHelp kind;
        public String description;
        @Column(name = "owner_subject")
        public UUID ownerSubject;
        @Column(name = "due_on")
        public LocalDate dueOn;
        @Enumerated(EnumType.STRING)
        public MeasureLifecycle.Status status;
        public String result;
        @Enumerated(EnumType.STRING)
        @Column(name = "link_kind")
        public LinkKind linkKind;
        @Column(name = "link_id")
        public UUID linkId;
        /** 措施成效, stated when the plan was closed. */
        @Enumerated(EnumType.STRING)
        public PlanExitRules.MeasureOutcome outcome;
        @Column(name = "outcome_reason")
        public String outcomeReason;
        @Column(name = "created_at")
        public Instant createdAt;
        @Column(name = "updated_at")
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
        @Column(name = "plan_id")
        public UUID planId;
        @Column(name = "contact_id")
        public UUID contactId;
        @Column(name = "reviewed_on")
        public LocalDate reviewedOn;
        public String note;
        @Column(name = "reviewed_by")
        public UUID reviewedBy;
        @Column(name = "created_at")
        public Instant createdAt;
    }

    /** 帮扶责任人: the staff member paired with a household (结对). */
    @Entity(name = "HelperAssignment")
    @Table(name = "helper_assignment")
    public static class HelperAssignment {
        @Id
        @Column(name = "household_id")
        public UUID householdId;
        @Column(name = "helper_subject")
        public UUID helperSubject;
        @Column(name = "assigned_by")
        public UUID assignedBy;
        @Column(name = "assigned_on")
        public LocalDate assignedOn;
        @Column(name = "last_reminded_on")
        public LocalDate lastRemindedOn;
        @Column(name = "updated_at")
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
        @Column(name = "household_id")
        public UUID householdId;
        @Column(name = "staff_subject")
        public UUID staffSubject;
        @Enumerated(EnumType.STRING)
        public ContactCompliance.Kind kind;
        @Column(name = "contacted_on")
        public LocalDate contactedOn;
        public String summary;
        @Column(name = "next_step")
        public String nextStep;
        @Column(name = "recorded_at")
        public Instant recordedAt;
    }

    /** The contact rule of a unit. */
    @Entity(name = "ContactRuleRow")
    @Table(name = "contact_rule")
    public static class ContactRuleRow {
        @Id
        @Column(name = "unit_id")
        public UUID unitId;
        @Column(name = "min_households")
        public int minHouseholds;
        @Column(name = "contacts_per_quarter")
        public int contactsPerQuarter;
        @Column(name = "visits_per_year")
        public int visitsPerYear;
        @Column(name = "updated_by")
        public UUID updatedBy;
        @Column(name = "updated_at")
        public Instant updatedAt;
    }

    /** A festival or birthday visit task for a household's helper. */
    @Entity(name = "VisitTask")
    @Table(name = "visit_task")
    public static class VisitTask {
        @Id
        public UUID id;
        @Column(name = "household_id")
        public UUID householdId;
        @Column(name = "helper_subject")
        public UUID helperSubject;
        public String reason;
        @Column(name = "label_zh")
        public String labelZh;
        @Column(name = "label_en")
        public String labelEn;
        @Column(name = "due_on")
        public LocalDate dueOn;
        @Column(name = "done_on")
        public LocalDate doneOn;
        @Column(name = "created_at")
        public Instant createdAt;
    }
}
