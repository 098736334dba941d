package org.weiyuan.wish;

import org.weiyuan.common.BusinessTime;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.common.Cursor;
import org.weiyuan.common.DomainException;
import org.weiyuan.common.Page;
import org.weiyuan.wish.WishViews.FeedItem;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The donor feed: published, fundable wishes, anonymised, filtered, sorted, keyset-paginated. */
@ApplicationScoped
public class FeedService {

    final BusinessTime time;

    final WishRepositories.Wishes wishes;
    final WishRepositories.Items items;
    final WishRepositories.Photos photos;

    FeedService(BusinessTime time, WishRepositories.Wishes wishes, WishRepositories.Items items, WishRepositories.Photos photos) {
        this.time = time;
        this.wishes = wishes;
        this.items = items;
        this.photos = photos;
    }

    /** Feed orders. */
    public enum Sort {
        /** 紧急: nearest deadline first. */
        URGENCY,
        /** 即将筹满: smallest remainder first. */
        NEAREST_GOAL,
        /** 最新: newest published first. */
        NEWEST
    }

    public record Filter(WishKind kind, String district, Long minFen, Long maxFen, UUID campaignId, boolean nearGoal) { }

    @WithSession
    public Uni<Page<FeedItem>> feed(Filter filter, Sort sort, String cursor, int limit) {
        Position after = Position.decode(cursor, sort);
        return wishes.feedPage(filter, sort, after, time.today(), limit)
                .map(rows -> Cursor.page(rows, limit, last -> Position.of(last, sort).encode()))
                .chain(page -> cards(page.items()).map(cards -> new Page<>(cards, page.nextCursor())));
    }

    /** A district where wishes are waiting, and how many (the feed's district filter). */
    public record DistrictCount(String district, long wishes) { }

    /** The districts with fundable wishes, most wishes first: what a donor can narrow the feed to. */
    @WithSession
    public Uni<List<DistrictCount>> districts() {
        return wishes.fundableDistricts(time.today());
    }

    /** Feed cards for these wishes, in this order: items, cleared photos and donor counts loaded in three queries. */
    public Uni<List<FeedItem>> cards(List<Wish> wishes) {
        List<UUID> ids = wishes.stream().map(w -> w.id).toList();
        return items.ofAll(ids).chain(all -> clearedPhotos(ids).chain(pics -> this.wishes.donorCounts(ids).map(donors -> {
            Map<UUID, List<WishItem>> byWish = all.stream().collect(Collectors.groupingBy(i -> i.wishId));
            return wishes.stream().map(w -> WishPresenter.feed(w, byWish.getOrDefault(w.id, List.of()),
                    pics.getOrDefault(w.id, List.of()), donors.getOrDefault(w.id, 0))).toList();
        })));
    }

    @WithSession
    public Uni<FeedItem> one(UUID id) {
        return wishes.findById(id).chain(w -> {
            // once published, a wish stays visible to donors (with its progress), unless withdrawn
            if (w == null || w.publishedAt == null || w.status == WishStatus.WITHDRAWN) {
                return Uni.createFrom().failure(DomainException.notFound("wish"));
            }
            return items.of(w.id).chain(is -> clearedPhotos(List.of(w.id)).chain(pics -> wishes.donorCounts(List.of(w.id))
                    .map(donors -> WishPresenter.feed(w, is, pics.getOrDefault(w.id, List.of()), donors.getOrDefault(w.id, 0)))));
        });
    }

    /** Ids of the photos of the need donors may see (cleared), per wish. */
    private Uni<Map<UUID, List<UUID>>> clearedPhotos(List<UUID> wishIds) {
        return clearedImages(wishIds, WishPhoto.Kind.PHOTO);
    }

    /** Ids of cleared images of one kind, per wish. */
    public Uni<Map<UUID, List<UUID>>> clearedImages(List<UUID> wishIds, WishPhoto.Kind kind) {
        return photos.infoOf(wishIds).map(rows -> rows.stream()
                .filter(r -> r[2] == kind && r[3] != null)
                .collect(Collectors.groupingBy(r -> (UUID) r[0], Collectors.mapping(r -> (UUID) r[1], Collectors.toList()))));
    }

    /** Where a page ended: the sort key as a long, and the id. */
    record Position(long key, UUID id) {

        static Position of(Wish w, Sort sort) {
            long key = switch (sort) {
                case URGENCY -> w.deadline.toEpochDay();
                case NEAREST_GOAL -> w.remainingFen();
                case NEWEST -> w.publishedAt.toEpochMilli() * 1000 + w.publishedAt.getNano() / 1000 % 1000;
            };
            return new Position(key, w.id);
        }

        Object keyValue(Sort sort) {
            return switch (sort) {
                case URGENCY -> Cursor.dateOfEpochDay(key);
                case NEAREST_GOAL -> Cursor.amountOf(key);
                case NEWEST -> Cursor.instantOfMicros(key);
            };
        }

        String encode() {
            return Base64.getUrlEncoder().withoutPadding().encodeToString((key + "|" + id).getBytes(StandardCharsets.UTF_8));
        }

        static Position decode(String cursor, Sort sort) {
            if (cursor == null || cursor.isBlank()) {
                return null;
            }
            try {
                String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
                int bar = raw.indexOf('|');
                Position position = new Position(Long.parseLong(raw.substring(0, bar)), UUID.fromString(raw.substring(bar + 1)));
                position.keyValue(sort); // a key out of its sort's range is a tampered cursor: 400 here, not a 500 later
                return position;
            } catch (RuntimeException e) {
                throw DomainException.badParameter("cursor", "problem.cursor");
            }
        }
    }
}
