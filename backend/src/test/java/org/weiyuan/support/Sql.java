package org.weiyuan.support;

import io.agroal.api.AgroalDataSource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

/** Direct SQL for tests that must look behind the API (outbox rows, leases) or move time along. */
public final class Sql {

    private Sql() { }

    /** The first column of the first row, as a number. */
    public static long count(AgroalDataSource jdbc, String sql) throws Exception {
        try (Connection c = jdbc.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    public static void execute(AgroalDataSource jdbc, String sql) throws Exception {
        try (Connection c = jdbc.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }
}
