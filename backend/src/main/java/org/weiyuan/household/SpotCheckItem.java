package org.weiyuan.household;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** One sampled file of a spot check, its investigator, and the re-check once made. */
@Entity
@Table(name = "spot_check_item")
public class SpotCheckItem {

    @Id
    public UUID id;
    public UUID spotCheckId;
    public UUID householdId;
    public UUID investigatorSubject;
    public UUID recheckId;
}
