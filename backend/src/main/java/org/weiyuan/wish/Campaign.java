package org.weiyuan.wish;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A campaign (帮扶活动) run by a union unit over a window of business dates. */
@Entity
@Table(name = "campaign")
public class Campaign {

    @Id
    public UUID id;
    public UUID unitId;
    @Enumerated(EnumType.STRING)
    public CampaignKind kind;
    public String name;
    public LocalDate startsOn;
    public LocalDate endsOn;
    /** 金秋助学: the fixed amount per student (e.g. 3,000 yuan), not the worker's choice. */
    public Long scholarshipAmountFen;
    public Instant createdAt;
    /** 专款专用: the wish kinds this campaign (and its matching pools) takes. */
    @jakarta.persistence.Convert(converter = CampaignColumns.Kinds.class)
    public java.util.Set<WishKind> acceptedKinds;
    /** The union units whose subtrees this campaign takes wishes from. */
    @jakarta.persistence.Convert(converter = CampaignColumns.Units.class)
    public java.util.Set<UUID> acceptedUnitIds;
    /** 金秋助学: the admission levels taken (e.g. Harbin: 本科 only); empty takes every level. */
    @jakarta.persistence.Convert(converter = CampaignColumns.Levels.class)
    public java.util.Set<AdmissionLevel> admissionLevels;
    /** 配捐防刷: what one donor may draw of this campaign's matching in all; null: the platform's default. */
    public Long matchCapPerDonorFen;

    public boolean isOpenOn(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }
}
