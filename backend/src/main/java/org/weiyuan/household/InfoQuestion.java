package org.weiyuan.household;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A "needs more information" question from staff and the worker's answer (待补充材料). */
@Entity
@Table(name = "household_question")
public class InfoQuestion {

    @Id
    public UUID id;
    @Column(name = "household_id")
    public UUID householdId;
    @Column(name = "asked_by")
    public UUID askedBy;
    public String question;
    @Column(name = "asked_at")
    public Instant askedAt;
    public String answer;
    @Column(name = "answered_by")
    public UUID answeredBy;
    @Column(name = "answered_at")
    public Instant answeredAt;

    public boolean isOpen() {
        return answeredAt == null;
    }
}
