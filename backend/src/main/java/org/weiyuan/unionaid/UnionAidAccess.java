package org.weiyuan.unionaid;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.common.DomainException;
import org.weiyuan.org.UnionScope;
import org.weiyuan.security.Actor;

import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one access rule of union-paid aid's records (funds, aid lists): staff act on a record when
 * their subtree holds its unit. The caller's unit is resolved first (403 without one), so nothing is
 * loaded, or locked, for someone who may not act; a record missing or outside the subtree is a 404.
 */
@ApplicationScoped
public class UnionAidAccess {

    private final UnionScope scope;
    private final UnionAidRepository repository;

    public UnionAidAccess(UnionScope scope, UnionAidRepository repository) {
        this.scope = scope;
        this.repository = repository;
    }

    /** The record {@code load} gives (optionally locked there), when the caller's subtree holds {@code unitOf} it. */
    <T> Uni<T> held(Actor actor, Supplier<Uni<T>> load, Function<T, UUID> unitOf, String entity) {
        return scope.staffUnit(actor).chain(own -> load.get().chain(row -> {
            if (row == null) {
                throw DomainException.notFound(entity);
            }
            return repository.unit(unitOf.apply(row)).map(u -> {
                if (!own.contains(u)) {
                    throw DomainException.notFound(entity);
                }
                return row;
            });
        }));
    }
}
