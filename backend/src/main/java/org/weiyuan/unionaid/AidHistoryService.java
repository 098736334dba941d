package org.weiyuan.unionaid;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.audit.AuditLog;
import org.weiyuan.common.DomainException;
import org.weiyuan.household.Household;
import org.weiyuan.org.UnionScope;
import org.weiyuan.security.Actor;
import org.weiyuan.services.ServiceEntities.ServiceOrder;
import org.weiyuan.unionaid.UnionAidEntities.AidLine;
import org.weiyuan.unionaid.UnionAidEntities.AidList;
import org.weiyuan.unionaid.UnionAidEntities.LineStatus;
import org.weiyuan.unionaid.UnionAidViews.AidHistory;
import org.weiyuan.unionaid.UnionAidViews.ServiceItem;
import org.weiyuan.unionaid.UnionAidViews.UnionAidItem;
import org.weiyuan.unionaid.UnionAidViews.WishItem;
import org.weiyuan.wish.Wish;
import org.weiyuan.wish.WishKind;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * 帮扶档案: a household's complete aid history in one view: union aid paid or on its way, its
 * wishes (with what was handed over), its scholarships (金秋助学 wishes) and its service orders.
 * Staff read it for households of their subtree (audited); the worker reads their own.
 */
@ApplicationScoped
public class AidHistoryService {

    private final UnionAidRepository repository;
    private final UnionScope scope;
    private final AuditLog audit;

    public AidHistoryService(UnionAidRepository repository, UnionScope scope, AuditLog audit) {
        this.repository = repository;
        this.scope = scope;
        this.audit = audit;
    }

    public Uni<AidHistory> forStaff(Actor actor, UUID householdId) {
        return repository.inTransaction(() -> scope.staffUnit(actor).chain(own -> repository.household(householdId).chain(h -> {
            if (h == null) {
                throw DomainException.notFound("household");
            }
            return repository.unit(h.unitId).chain(u -> {
                if (!own.contains(u)) {
                    throw DomainException.notFound("household");
                }
                return audit.record(actor, "union-aid.history.read", "household", h.id, null, null, null).chain(() -> history(h));
            });
        })));
    }

    public Uni<AidHistory> mine(Actor actor) {
        return repository.inSession(() -> repository.householdOfWorker(actor.subject()).chain(h -> {
            if (h == null) {
                throw DomainException.notFound("household");
            }
            return history(h);
        }));
    }

    private Uni<AidHistory> history(Household h) {
        return repository.recoveryRefundsOf(h.id).chain(refunds -> repository.unionAidOf(h.id).chain(aid -> repository.wishesOf(h.id)
                .chain(wishes -> repository.serviceOrdersOf(h.id)
                .chain(orders -> repository.offerTitles(orders.stream().map(o -> o.offerId).filter(Objects::nonNull).distinct().toList())
                        .map(titles -> {
                            Map<UUID, String> offer = new HashMap<>();
                            titles.forEach(t -> offer.put((UUID) t[0], (String) t[1]));
                            List<UnionAidItem> union = aid.stream().map(r -> item((AidLine) r[0], (AidList) r[1])).toList();
                            long paid = union.stream().filter(i -> i.status() == LineStatus.PAID).mapToLong(UnionAidItem::amountFen).sum();
                            long disbursed = wishes.stream().mapToLong(w -> w.disbursedFen).sum();
                            return new AidHistory(h.id, paid, disbursed, union,
                                    wishes.stream().filter(w -> w.kind != WishKind.SCHOLARSHIP).map(AidHistoryService::item).toList(),
                                    wishes.stream().filter(w -> w.kind == WishKind.SCHOLARSHIP).map(AidHistoryService::item).toList(),
                                    orders.stream().map(o -> item(o, offer.get(o.offerId))).toList(), refunds);
                        })))));
    }

    private static UnionAidItem item(AidLine l, AidList a) {
        return new UnionAidItem(l.id, a.id, a.title, a.purpose, l.amountFen, l.goods, l.status, l.paidAt);
    }

    private static WishItem item(Wish w) {
        return new WishItem(w.id, w.kind.name(), w.title, w.status.name(), w.targetFen, w.paidFen, w.disbursedFen, w.createdAt);
    }

    private static ServiceItem item(ServiceOrder o, String offerTitle) {
        return new ServiceItem(o.id, o.category.name(), offerTitle, o.status.name(), o.createdAt, o.bookedAt);
    }
}
