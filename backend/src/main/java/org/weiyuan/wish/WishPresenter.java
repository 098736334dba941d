package org.weiyuan.wish;

import org.weiyuan.wish.WishViews.FeedItem;
import org.weiyuan.wish.WishViews.FeedItemLine;
import org.weiyuan.wish.WishViews.ItemView;
import org.weiyuan.wish.WishViews.QuestionView;
import org.weiyuan.wish.WishViews.WishView;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Maps wishes to what their household and staff see, and to the anonymised donor feed. */
public final class WishPresenter {

    private WishPresenter() { }

    public static WishView view(WishService.WishFile f) {
        Wish w = f.wish();
        return new WishView(w.id, w.householdId, w.unitId, w.campaignId, w.kind, w.status, w.title, w.story,
                w.targetFen, w.pledgedFen, w.paidFen, w.remainingFen(), w.deadline, w.district,
                f.items().stream().map(i -> new ItemView(i.id, i.name, i.quantity, i.unitPriceFen, i.totalFen())).toList(),
                f.questions().stream().map(q -> new QuestionView(q.id, q.question, q.askedAt, q.answer, q.answeredAt)).toList(),
                w.schoolName, w.admissionYear, w.rejectionReason, f.photos(), w.publishedAt, w.createdAt, w.updatedAt);
    }

    public static WishView summary(Wish w) {
        return new WishView(w.id, w.householdId, w.unitId, w.campaignId, w.kind, w.status, w.title, null,
                w.targetFen, w.pledgedFen, w.paidFen, w.remainingFen(), w.deadline, w.district, null, null,
                null, null, null, null, w.publishedAt, w.createdAt, w.updatedAt);
    }

    public static FeedItem feed(Wish w, List<WishItem> items, List<UUID> clearedPhotos, int donorCount) {
        return new FeedItem(w.id, w.kind, w.title, w.story, w.district, w.householdCategory,
                w.householdCauses == null || w.householdCauses.isBlank() ? List.of() : Arrays.asList(w.householdCauses.split(",")),
                w.targetFen, w.pledgedFen, w.paidFen, w.remainingFen(), progressPercent(w.pledgedFen, w.targetFen),
                w.deadline, w.campaignId,
                items.stream().map(i -> new FeedItemLine(i.name, i.quantity, i.unitPriceFen)).toList(),
                clearedPhotos, w.publishedAt, w.verifiedOn != null, w.verifiedOn, donorCount);
    }

    /** Whole percent pledged, rounded down, so 100 means fully pledged and nothing less. */
    static int progressPercent(long pledged, long target) {
        return target <= 0 ? 0 : (int) Math.min(100, pledged * 100 / target);
    }

    public static WishViews.CampaignView campaign(Campaign c) {
        return new WishViews.CampaignView(c.id, c.unitId, c.kind, c.name, c.startsOn, c.endsOn, c.scholarshipAmountFen,
                c.acceptedKinds, c.acceptedUnitIds, c.admissionLevels, c.matchCapPerDonorFen);
    }
}
