package org.weiyuan.household;

import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** A home visit (入户核查) with findings per "four look" and the help recommended. */
@Entity
@Table(name = "household_verification")
public class Verification {

    @Id
    public UUID id;
    public UUID householdId;
    public int reviewCycle;
    public LocalDate visitedOn;
    /** The staff member accountable for the visit (谁调查、谁负责); may not approve this file. */
    public UUID investigatorSubject;
    /** A volunteer verifier (义工) who made the visit with or for the investigator. */
    public String volunteerName;
    /** The roster entry (志愿者名册, V170) the visit named; null for visits before it (their name is free text). */
    public UUID volunteerId;
    @Embedded
    public FourLooks findings;
    @Convert(converter = EnumSets.Help.class)
    public Set<RecommendedHelp> recommendedHelp;
    public String summary;
    public Instant recordedAt;
}
