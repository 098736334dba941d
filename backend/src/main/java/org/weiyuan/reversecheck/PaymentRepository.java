package org.weiyuan.reversecheck;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.common.db.SessionRepository;
import org.weiyuan.funding.Disbursement;
import org.weiyuan.unionaid.UnionAidEntities.AidLine;
import org.weiyuan.wish.Wish;

import java.util.UUID;

/** The payments a reverse check (倒查) can start from, read by id: a union-aid line, a wish's disbursement and its wish. */
@ApplicationScoped
public class PaymentRepository extends SessionRepository {

    Uni<AidLine> aidLine(UUID id) {
        return find(AidLine.class, id);
    }

    Uni<Disbursement> disbursement(UUID id) {
        return find(Disbursement.class, id);
    }

    Uni<Wish> wish(UUID id) {
        return find(Wish.class, id);
    }
}
