package org.weiyuan.funding;

import jakarta.persistence.Column;
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
    public enum Status { AWAITING_FUNDS, ACTIVE }

    @Id
    public UUID id;
    @Column(name = "sponsor_subject")
    public UUID sponsorSubject;
    @Column(name = "campaign_id")
    public UUID campaignId;
    public String name;
    @Column(name = "ratio_pct")
    public int ratioPct;
    @Column(name = "cap_per_wish_fen")
    public long capPerWishFen;
    @Column(name = "budget_fen")
    public long budgetFen;
    @Column(name = "spent_fen")
    public long spentFen;
    @Enumerated(EnumType.STRING)
    public Status status;
    @Column(name = "payment_reference")
    public String paymentReference;
    @Column(name = "starts_on")
    public LocalDate startsOn;
    @Column(name = "ends_on")
    public LocalDate endsOn;
    @Column(name = "created_at")
    public Instant createdAt;
    @Version
    public long version;
}
