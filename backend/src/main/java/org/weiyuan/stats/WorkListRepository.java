package org.weiyuan.stats;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import org.weiyuan.common.db.Subtree;

/**
 * The work lists' SQL, read through a server-side cursor over JDBC (blocking, worker threads
 * only): rows are fetched a batch at a time and handed on one by one, so an export of any length
 * holds one batch in memory. The reactive client would buffer the whole answer.
 */
@ApplicationScoped
public class WorkListRepository {

    /** Called for each row, in order. */
    @FunctionalInterface
    public interface RowHandler {
        void row(ResultSet rs) throws SQLException;
    }

    static final String HOUSEHOLDS = """
            select h.id, h.head_name, h.id_number_enc, h.phone_enc, h.district, u.name, h.status, h.category, h.severity,
                   h.causes, h.member_count, h.per_capita_income_fen, h.created_at, h.updated_at
            from household h join union_unit u on u.id = h.unit_id
            where %s and (cast(? as text) is null or h.status = cast(? as text))
            order by h.created_at, h.id""".formatted(Subtree.pathIn("u.path", "?"));
    static final String WISHES_IN_VETTING = """
            select w.id, w.title, w.kind, w.target_fen, h.head_name, h.phone_enc, w.district, u.name, w.status, w.created_at
            from wish w join household h on h.id = w.household_id join union_unit u on u.id = w.unit_id
            where %s and w.status in ('SUBMITTED', 'NEEDS_INFO')
            order by w.created_at, w.id""".formatted(Subtree.pathIn("u.path", "?"));
    static final String DISBURSEMENTS = """
            select d.id, w.title, h.head_name, d.amount_fen, d.method, d.reference,
                   coalesce(s.display_name, d.recorded_by::text), d.created_at
            from disbursement d join wish w on w.id = d.wish_id join household h on h.id = w.household_id
              join union_unit u on u.id = w.unit_id left join staff_member s on s.subject = d.recorded_by
            where d.status = 'PENDING_APPROVAL' and %s
            order by d.created_at, d.id""".formatted(Subtree.pathIn("u.path", "?"));

    private final AgroalDataSource jdbc;
    private final StatsConfig config;

    public WorkListRepository(AgroalDataSource jdbc, StatsConfig config) {
        this.jdbc = jdbc;
        this.config = config;
    }

    /** Streams the list's rows in the subtree at {@code path}; returns how many (at most the configured maximum). */
    public int stream(WorkList list, String path, String status, RowHandler handler) throws SQLException {
        String sql = switch (list) {
            case HOUSEHOLDS -> HOUSEHOLDS;
            case WISHES_IN_VETTING -> WISHES_IN_VETTING;
            case DISBURSEMENTS_AWAITING_APPROVAL -> DISBURSEMENTS;
        };
        try (Connection c = jdbc.getConnection()) {
            c.setAutoCommit(false); // PostgreSQL uses a cursor for fetchSize only inside a transaction
            c.setReadOnly(true);
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setFetchSize(config.exportFetchSize());
                ps.setMaxRows(config.exportMaxRows());
                ps.setString(1, Subtree.pattern(path));
                if (list == WorkList.HOUSEHOLDS) {
                    if (status == null) {
                        ps.setNull(2, Types.VARCHAR);
                        ps.setNull(3, Types.VARCHAR);
                    } else {
                        ps.setString(2, status);
                        ps.setString(3, status);
                    }
                }
                int n = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        handler.row(rs);
                        n++;
                    }
                }
                c.commit();
                return n;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    public int maxRows() {
        return config.exportMaxRows();
    }
}
