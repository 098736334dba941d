package org.weiyuan.household;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** When an approved file is next due for a re-check (复核), and why. */
@Entity
@Table(name = "household_review")
public class ReviewSchedule {

    @Id
    public UUID householdId;
    public UUID unitId;
    public LocalDate dueOn;
    @Enumerated(EnumType.STRING)
    public Recheck.Reason reason;
    public Instant updatedAt;
}
