package org.weiyuan.org;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** The district reference table (区县) that jobs, profiles and services name by code. */
@ApplicationScoped
public class DistrictRepository {

    /** Whether the code names a district. Runs in the caller's session. */
    public Uni<Boolean> exists(String code) {
        return Panache.getSession().chain(s -> s.createNativeQuery("select count(*) from district where code = :c", Long.class)
                .setParameter("c", code).getSingleResult()).map(n -> n > 0);
    }
}
