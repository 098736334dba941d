package org.weiyuan.seed;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.common.db.SessionRepository;

import java.time.LocalDate;
import java.util.UUID;

/** What the demo seeds do that no use case does: putting a wish's deadline into the past, so the expiry job can run on it. */
@ApplicationScoped
public class SeedRepository extends SessionRepository {

    /** Moves the wish's deadline to {@code day}, in a transaction of its own. */
    public Uni<Integer> moveDeadline(UUID wishId, LocalDate day) {
        return inTransaction(() -> session(s -> s.createNativeQuery("update wish set deadline = :day where id = :id")
                .setParameter("day", day).setParameter("id", wishId).executeUpdate()));
    }
}
