package org.weiyuan.wish;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Request and response records of the wish feature. Money is integer fen. */
public final class WishViews {

    private WishViews() { }

    public record WishRequest(
            @NotNull WishKind kind,
            @NotBlank @Size(max = 60) String title,
            @NotBlank @Size(max = 2000) String story,
            @Positive @Max(100_000_000L) Long targetFen,
            @Size(max = 30) List<@Valid @NotNull ItemRequest> items,
            @NotNull LocalDate deadline,
            UUID campaignId,
            @Valid Admission admission) { }

    public record ItemRequest(@NotBlank @Size(max = 100) String name,
                              @NotNull @Min(1) @Max(1000) Integer quantity,
                              @NotNull @Positive @Max(10_000_000L) Long unitPriceFen) { }

    /** 录取信息 for 金秋助学. */
    public record Admission(@NotBlank @Size(max = 100) String schoolName, @NotNull Integer year,
                            /* the child (a member of the file); may be left out when the file has one child */
                            UUID memberId,
                            /* the programme; required when the campaign states the levels it takes */
                            AdmissionLevel level) {
        public Admission(String schoolName, Integer year) {
            this(schoolName, year, null, null);
        }
    }

    /**
     * Staff publish after vetting; they may correct prices (as DonorsChoose's vetting does), the
     * target of a cash or service wish, and the wording (to take out anything identifying).
     */
    public record PublishRequest(List<@Valid @NotNull PriceCorrection> priceCorrections,
                                 @Positive @Max(100_000_000L) Long targetFen,
                                 @Size(max = 60) String title,
                                 @Size(max = 2000) String story) { }

    public record PriceCorrection(@NotNull UUID itemId, @NotNull @Positive @Max(10_000_000L) Long unitPriceFen) { }

    public record CampaignRequest(@NotNull UUID unitId, @NotNull CampaignKind kind,
                                  @NotBlank @Size(max = 100) String name,
                                  @NotNull LocalDate startsOn, @NotNull LocalDate endsOn,
                                  @Positive @Max(100_000_000L) Long scholarshipAmountFen,
                                  /* default: what the kind implies (CampaignRules.defaultKinds) */
                                  @Size(max = 10) Set<@NotNull WishKind> acceptedKinds,
                                  /* subtrees taken; default: the campaign's own unit */
                                  @Size(max = 100) Set<@NotNull UUID> acceptedUnitIds,
                                  /* 金秋助学: levels taken; default: every level */
                                  @Size(max = 10) Set<@NotNull AdmissionLevel> admissionLevels,
                                  /* 配捐防刷: what one donor may draw of this campaign's matching; default weiyuan.funding.matching.donor-cap-fen */
                                  @Positive @Max(100_000_000L) Long matchCapPerDonorFen) {
        public CampaignRequest(UUID unitId, CampaignKind kind, String name, LocalDate startsOn, LocalDate endsOn,
                               Long scholarshipAmountFen) {
            this(unitId, kind, name, startsOn, endsOn, scholarshipAmountFen, null, null, null, null);
        }

        public CampaignRequest(UUID unitId, CampaignKind kind, String name, LocalDate startsOn, LocalDate endsOn,
                               Long scholarshipAmountFen, Set<WishKind> acceptedKinds, Set<UUID> acceptedUnitIds,
                               Set<AdmissionLevel> admissionLevels) {
            this(unitId, kind, name, startsOn, endsOn, scholarshipAmountFen, acceptedKinds, acceptedUnitIds, admissionLevels, null);
        }
    }

    public record CampaignView(UUID id, UUID unitId, CampaignKind kind, String name, LocalDate startsOn,
                               LocalDate endsOn, Long scholarshipAmountFen, Set<WishKind> acceptedKinds,
                               Set<UUID> acceptedUnitIds, Set<AdmissionLevel> admissionLevels, Long matchCapPerDonorFen) { }

    public record ItemView(UUID id, String name, int quantity, long unitPriceFen, long totalFen) { }

    @Schema(name = "WishQuestionView")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QuestionView(UUID id, String question, Instant askedAt, String answer, Instant answeredAt) { }

    /** The wish as its household and the staff vetting it see it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record WishView(UUID id, UUID householdId, UUID unitId, UUID campaignId, WishKind kind, WishStatus status,
                           String title, String story, long targetFen, long pledgedFen, long paidFen, long remainingFen,
                           LocalDate deadline, String district, List<ItemView> items, List<QuestionView> questions,
                           String schoolName, Integer admissionYear, String rejectionReason,
                           List<PhotoInfo> photos, Instant publishedAt, Instant createdAt, Instant updatedAt) { }

    /**
     * Every wish of one household and what it received (每一笔帮扶): paid is the donors' money that
     * arrived, disbursed what the union handed over (approved disbursements).
     */
    public record HouseholdWishes(UUID householdId, List<HouseholdWish> wishes, long paidFen, long disbursedFen) { }

    public record HouseholdWish(UUID id, WishKind kind, WishStatus status, String title, long targetFen,
                                long paidFen, long disbursedFen, Instant createdAt) { }

    /** A photo as its household and staff see it: whether donors may see it yet. */
    /** A photo; {@code reusedPhotoId} flags a disbursement proof whose bytes were uploaded before (a re-used receipt). */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record PhotoInfo(UUID id, WishPhoto.Kind kind, boolean cleared, UUID reusedPhotoId) { }

    /**
     * A wish as donors see it: nothing that identifies the household. District is the finest
     * place; the household shows only as its category and causes. {@code verified} (工会已入户核实):
     * the household's file was approved after a home visit, made on {@code verifiedOn} (the date only);
     * {@code donorCount}: distinct donors with a held or paid pledge.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FeedItem(UUID id, WishKind kind, String title, String story, String district,
                           String householdCategory, List<String> householdCauses,
                           long targetFen, long pledgedFen, long paidFen, long remainingFen, int progressPercent,
                           LocalDate deadline, UUID campaignId, List<FeedItemLine> items, List<UUID> photoIds,
                           Instant publishedAt, boolean verified, LocalDate verifiedOn, int donorCount) { }

    public record FeedItemLine(String name, int quantity, long unitPriceFen) { }
}
