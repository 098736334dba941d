package org.weiyuan.org;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.common.DomainException;

import java.util.Collection;

/** District codes (区县) as jobs, profiles and services check them: a code must name a known district. */
@ApplicationScoped
public class Districts {

    final DistrictRepository districts;

    Districts(DistrictRepository districts) {
        this.districts = districts;
    }

    /** Fails with 422 naming {@code field} unless the district code exists. */
    public Uni<Void> require(String field, String code) {
        return districts.exists(code).map(known -> {
            if (!known) {
                throw DomainException.unprocessable(field, "problem.jobs.district", code);
            }
            return null;
        });
    }

    /** {@link #require} for every code, in order: the first unknown one answers. */
    public Uni<Void> requireAll(String field, Collection<String> codes) {
        Uni<Void> all = Uni.createFrom().voidItem();
        for (String code : codes) {
            all = all.chain(() -> require(field, code));
        }
        return all;
    }
}
