package org.weiyuan.jobs;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import org.weiyuan.common.DomainException;

/** The district reference table (区县): jobs, profiles and services name districts by code. */
public final class Districts {

    private Districts() { }

    /** Fails with 422 naming {@code field} unless the district code exists. Runs in the caller's session. */
    public static Uni<Void> require(String field, String code) {
        return Panache.getSession().chain(s -> s.createNativeQuery("select count(*) from district where code = :c", Long.class)
                .setParameter("c", code).getSingleResult()).map(n -> {
                    if (n == 0) {
                        throw DomainException.unprocessable(field, "problem.jobs.district", code);
                    }
                    return null;
                });
    }
}
