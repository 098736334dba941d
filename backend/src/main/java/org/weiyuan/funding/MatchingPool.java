package org.weiyuan.funding;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** 配捐池: an enterprise donor matches each paid pledge of a campaign, up to a cap per wish and a budget. */
@Entity
@Table(name = "matching_pool")
public class MatchingPool {

    /** A pool draws nothing until its sponsor's money has arrived. */
    @Schema(name = "MatchingPoolStatus")
    public enum Status { AWAITING_FUNDS, ACTIVE }

    @Id
    public UUID id;
    public UUID sponsorSubject;
    public UUID campaignId;
    public String name;
    public int ratioPct;
    public long capPerWishFen;
    public long budgetFen;
    public long spentFen;
    @Enumerated(EnumType.STRING)
    public Status status;
    public String paymentReference;
    public LocalDate startsOn;
    public LocalDate endsOn;
    public Instant createdAt;
    @Version
    public long version;
}
