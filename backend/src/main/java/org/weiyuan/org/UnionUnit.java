package org.weiyuan.org;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** A union unit (工会组织) in the tree 全总 → 省 → 市 → 区县 → 基层. */
@Entity
@Table(name = "union_unit")
public class UnionUnit {

    @Id
    public UUID id;
    public UUID parentId;
    @Enumerated(EnumType.STRING)
    public UnitLevel level;
    public String name;
    /** '/root-id/…/own-id/': every unit in this unit's subtree has a path starting with it. */
    public String path;
    public Instant createdAt;
    @Version
    public long version;

    /** True when {@code other} is this unit or lies below it. */
    public boolean contains(UnionUnit other) {
        return other != null && other.path.startsWith(path);
    }

    public static String childPath(UnionUnit parent, UUID id) {
        return (parent == null ? "/" : parent.path) + id + "/";
    }
}
