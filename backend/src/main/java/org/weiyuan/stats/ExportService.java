package org.weiyuan.stats;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.audit.AuditLog;
import org.weiyuan.org.UnionUnit;
import org.weiyuan.security.Actor;
import org.weiyuan.security.Masking;
import org.weiyuan.security.PiiCipher;

import java.io.OutputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * XLSX exports (导出) of work lists and dashboard tables. Every export is audited before its first
 * byte is sent; work lists carry personal data and are masked unless the staff member asks for
 * the full values, which is audited as a personal-data export (个人信息导出留痕).
 */
@ApplicationScoped
public class ExportService {

    /** Audit actions: a dashboard table, a masked work list, a work list with full personal data. */
    static final String STATS_EXPORTED = "STATS_EXPORTED";
    static final String WORKLIST_EXPORTED = "WORKLIST_EXPORTED";
    static final String PERSONAL_DATA_EXPORTED = "PERSONAL_DATA_EXPORTED";

    private final ReportScope scope;
    private final AuditLog audit;
    private final WorkListRepository lists;
    private final PiiCipher cipher;
    private final StatsMapper mapper;

    public ExportService(ReportScope scope, AuditLog audit, WorkListRepository lists, PiiCipher cipher, StatsMapper mapper) {
        this.scope = scope;
        this.audit = audit;
        this.lists = lists;
        this.cipher = cipher;
        this.mapper = mapper;
    }

    /** Scopes a work-list export to a staff member's subtree and audits it; the unit it covers. */
    @WithTransaction
    public Uni<UnionUnit> prepareWorkList(Actor actor, WorkList list, UUID unitId, String status, boolean full) {
        return scope.staffUnit(actor, unitId).call(unit -> audit.record(actor, full ? PERSONAL_DATA_EXPORTED : WORKLIST_EXPORTED,
                "union_unit", unit.id, null, null, "list=" + list + (status == null ? "" : " status=" + status) + " full=" + full));
    }

    /** Audits a dashboard export (no personal data: counts and sums only). */
    @WithTransaction
    public Uni<Void> auditStats(Actor actor, UUID unitId, String what) {
        return audit.record(actor, STATS_EXPORTED, "union_unit", unitId, null, null, what);
    }

    /** Writes the work list as XLSX to {@code out}, row by row from a database cursor. Blocking. */
    public void writeWorkList(WorkList list, UnionUnit unit, String status, boolean full, OutputStream out) throws SQLException {
        Instant now = Instant.now();
        try (Xlsx xlsx = new Xlsx(out)) {
            Xlsx.Sheet s = xlsx.sheet(list.sheet, list.headers);
            int rows = lists.stream(list, unit.path, status, rs -> {
                switch (list) {
                    case HOUSEHOLDS -> household(s, rs, full);
                    case WISHES_IN_VETTING -> wish(s, rs, full, now);
                    case DISBURSEMENTS_AWAITING_APPROVAL -> disbursement(s, rs, full, now);
                }
                s.endRow();
            });
            if (rows >= lists.maxRows()) {
                s.text("已达导出上限 " + rows + " 行,请缩小范围 Export limit of " + rows + " rows reached; narrow the filter").endRow();
            }
            StatsSheets.about(xlsx, mapper.toRef(unit), list.sheet, status == null ? "-" : "status=" + status, now, !full);
        }
    }

    private void household(Xlsx.Sheet s, ResultSet rs, boolean full) throws SQLException {
        s.text(rs.getString(1))
                .text(full ? rs.getString(2) : Masking.name(rs.getString(2)))
                .text(pii(rs.getString(3), full, Masking::idNumber))
                .text(pii(rs.getString(4), full, Masking::phone))
                .text(rs.getString(5))
                .text(rs.getString(6))
                .text(label(rs.getString(7)))
                .text(label(rs.getString(8)))
                .text(label(rs.getString(9)))
                .text(causes(rs.getString(10)))
                .count(rs.getInt(11))
                .yuan(rs.getLong(12))
                .time(instant(rs.getTimestamp(13)))
                .time(instant(rs.getTimestamp(14)));
    }

    private void wish(Xlsx.Sheet s, ResultSet rs, boolean full, Instant now) throws SQLException {
        Instant created = instant(rs.getTimestamp(10));
        s.text(rs.getString(1)).text(rs.getString(2)).text(label(rs.getString(3))).yuan(rs.getLong(4))
                .text(full ? rs.getString(5) : Masking.name(rs.getString(5)))
                .text(pii(rs.getString(6), full, Masking::phone))
                .text(rs.getString(7)).text(rs.getString(8)).text(label(rs.getString(9)))
                .time(created).count(days(created, now));
    }

    private void disbursement(Xlsx.Sheet s, ResultSet rs, boolean full, Instant now) throws SQLException {
        Instant created = instant(rs.getTimestamp(8));
        s.text(rs.getString(1)).text(rs.getString(2))
                .text(full ? rs.getString(3) : Masking.name(rs.getString(3)))
                .yuan(rs.getLong(4)).text(label(rs.getString(5))).text(rs.getString(6)).text(rs.getString(7))
                .time(created).count(days(created, now));
    }

    /** Decrypts a stored value and masks it unless {@code full}; a value that does not decrypt is said so, not fatal. */
    private String pii(String stored, boolean full, java.util.function.UnaryOperator<String> mask) {
        if (stored == null) {
            return null;
        }
        String plain;
        try {
            plain = cipher.decrypt(stored);
        } catch (IllegalStateException e) {
            return "(无法解密 unreadable)";
        }
        return full ? plain : mask.apply(plain);
    }

    private static String label(String key) {
        return key == null ? null : StatsLabels.of(key).both();
    }

    private static String causes(String joined) {
        return joined == null || joined.isBlank() ? null
                : Arrays.stream(joined.split(",")).map(k -> StatsLabels.of(k).zh()).collect(Collectors.joining("、"));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static long days(Instant from, Instant now) {
        return from == null ? 0 : Math.max(0, Duration.between(from, now).toDays());
    }
}
