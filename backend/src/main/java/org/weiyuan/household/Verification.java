package org.weiyuan.household;

import jakarta.persistence.Column;
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
    @Column(name = "household_id")
    public UUID householdId;
    @Column(name = "review_cycle")
    public int reviewCycle;
    @Column(name = "visited_on")
    public LocalDate visitedOn;
    /** The staff member accountable for the visit (谁调查、谁负责); may not approve this file. */
    @Column(name = "investigator_subject")
    public UUID investigatorSubject;
    /** A volunteer verifier (义工) who made the visit with or for the investigator. */
    @Column(name = "volunteer_name")
    public String volunteerName;
    @Embedded
    public FourLooks findings;
    @Convert(converter = EnumSets.Help.class)
    @Column(name = "recommended_help")
    public Set<RecommendedHelp> recommendedHelp;
    public String summary;
    @Column(name = "recorded_at")
    public Instant recordedAt;
}
