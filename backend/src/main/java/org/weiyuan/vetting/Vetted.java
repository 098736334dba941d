package org.weiyuan.vetting;

import io.smallrye.mutiny.Uni;
import org.weiyuan.security.Actor;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * An aggregate under vetting (a household file, a wish), as the workflow sees it: it moves through
 * its own lifecycle and is audited by its own snapshot.
 */
public interface Vetted<A extends Enum<A>> {

    UUID id();

    /** The stored state, for the audit log's before/after digests. */
    Map<String, Object> snapshot();

    /** Moves to the state after {@code action}; 409 when the action is not allowed now. */
    void advance(A action, Instant at);

    /** Refuses (409) an action not allowed in the current state, without moving. */
    void require(A action);

    /** What follows every move of this aggregate, in the same transaction (nothing by default). */
    default Uni<Void> afterMove(Actor actor) {
        return Uni.createFrom().voidItem();
    }
}
