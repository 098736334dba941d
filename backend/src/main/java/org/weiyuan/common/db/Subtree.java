package org.weiyuan.common.db;

/**
 * The union-subtree condition, written once: staff see and act only inside the subtree of their
 * own unit (docs/architecture.md, "Union scope"). A unit's path is {@code /root-id/…/own-id/}, so
 * every unit below it has a path that starts with it; repositories bind {@link #pattern} to the
 * parameter the fragment names.
 */
public final class Subtree {

    /** The named parameter the HQL fragment uses. */
    public static final String PARAM = "subtree";

    private Subtree() { }

    /** HQL: {@code unitId} (an expression naming a unit id) lies in the subtree bound to {@code :subtree}. */
    public static String hql(String unitId) {
        return unitId + " in (select su.id from UnionUnit su where su.path like :" + PARAM + ")";
    }

    /** SQL: {@code unitIdColumn} lies in the subtree whose pattern is the positional or named parameter {@code param}. */
    public static String sql(String unitIdColumn, String param) {
        return unitIdColumn + " in (select su.id from union_unit su where su.path like " + param + ")";
    }

    /** The LIKE pattern of the subtree below (and including) the unit at {@code path}. */
    public static String pattern(String path) {
        return path + "%";
    }
}
