package org.weiyuan.org;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;
import org.weiyuan.common.db.Subtree;

@ApplicationScoped
public class UnionUnitRepository implements PanacheRepositoryBase<UnionUnit, UUID> {

    /** The unit and everything below it, in tree order. */
    public Uni<List<UnionUnit>> subtree(UnionUnit root) {
        return list(Subtree.pathIn("path", "?1") + " order by path", Subtree.pattern(root.path));
    }

    public Uni<List<UnionUnit>> all() {
        return list("order by path");
    }

    /** The unit and its ancestors, nearest first (for data such as 低保 lines set higher up). */
    public Uni<List<UnionUnit>> selfAndAncestors(UnionUnit unit) {
        List<UUID> ids = idsOnPath(unit.path);
        return list("id in ?1", ids).map(units -> units.stream()
                .sorted((a, b) -> Integer.compare(b.path.length(), a.path.length()))
                .toList());
    }

    static List<UUID> idsOnPath(String path) {
        return java.util.Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).map(UUID::fromString).toList();
    }
}
