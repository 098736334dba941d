package org.weiyuan.evidence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/** Queries of evidence documents; lists never load the (encrypted) bytes. */
@ApplicationScoped
public class EvidenceRepository implements PanacheRepositoryBase<EvidenceDocument, UUID> {

    /** (id, kind, contentType, sizeBytes, questionId, uploadedBy, createdAt) of a file's documents, oldest first. */
    Uni<List<Object[]>> infoOf(UUID householdId) {
        return getSession().chain(s -> s.createSelectionQuery(
                        "select d.id, d.kind, d.contentType, d.sizeBytes, d.questionId, d.uploadedBy, d.createdAt "
                                + "from EvidenceDocument d where d.householdId = :h order by d.createdAt, d.id", Object[].class)
                .setParameter("h", householdId).getResultList());
    }

    Uni<Long> countOf(UUID householdId) {
        return count("householdId", householdId);
    }

    /** One unit of work: joins the caller's transaction when there is one. */
    <T> Uni<T> inTransaction(Supplier<Uni<T>> work) {
        return Panache.withTransaction(work);
    }

    <T> Uni<T> inSession(Supplier<Uni<T>> work) {
        return Panache.withSession(work);
    }
}
