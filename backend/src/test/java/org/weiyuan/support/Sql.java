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

    /**
     * A connection of its own, outside the JDBC pool (which has two), in a transaction the test commits
     * or rolls back: for tests that hold one transaction open while another runs.
     */
    public static Connection transaction() throws Exception {
        var config = org.eclipse.microprofile.config.ConfigProvider.getConfig();
        Connection c = java.sql.DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
        c.setAutoCommit(false);
        return c;
    }

    public static void execute(AgroalDataSource jdbc, String sql) throws Exception {
        try (Connection c = jdbc.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }
}
