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

    /**
     * HQL or SQL: the unit whose path is {@code pathExpr} (a unit the query already joins) lies in the
     * subtree whose {@link #pattern} is the parameter {@code param} (named, {@code ?}, {@code ?1} or {@code $1}).
     */
    public static String pathIn(String pathExpr, String param) {
        return pathExpr + " like " + param;
    }

    /**
     * HQL or SQL: the unit whose path is {@code pathExpr} lies strictly below the unit at a path, that is in its
     * subtree ({@code patternParam} bound to {@link #pattern}) but not the unit itself ({@code pathParam} bound to the path).
     */
    public static String strictlyBelow(String pathExpr, String patternParam, String pathParam) {
        return pathIn(pathExpr, patternParam) + " and " + pathExpr + " <> " + pathParam;
    }

    /**
     * HQL or SQL: the unit whose path is {@code pathExpr} is an ancestor of (or is) the unit whose path is bound,
     * as is (not as a pattern), to {@code pathParam}: the nearest-above lookups (上级工会).
     */
    public static String ancestorsOf(String pathExpr, String pathParam) {
        return pathParam + " like concat(" + pathExpr + ", '%')";
    }

    /**
     * SQL join condition: the unit whose path is {@code belowPath} lies in the subtree of the unit whose path is
     * {@code abovePath} (both columns of joined units): rolls a subtree up into its top unit.
     */
    public static String joinBelow(String belowPath, String abovePath) {
        return belowPath + " like " + abovePath + " || '%'";
    }

    /** The LIKE pattern of the subtree below (and including) the unit at {@code path}. */
    public static String pattern(String path) {
        return path + "%";
    }
}
