package org.weiyuan.stats;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * bench/stats-sql holds the dashboards' SQL for pgbench; it must be StatsRepository's SQL exactly,
 * with the bind parameters written as placeholders the bench fills in. Run with
 * {@code -Dstats.write-bench-sql=true} to rewrite the files after changing a query.
 */
class BenchSqlTest {

    static final String OPEN_STATES = "'{DRAFT,FULFILLING,FUNDED,NEEDS_INFO,PARTLY_FUNDED,PUBLISHED,SUBMITTED}'::text[]";

    static Map<String, String> expected() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("households-category", bind(StatsRepository.householdsSql(HouseholdDimension.CATEGORY), "null::text", null));
        m.put("households-cause", bind(StatsRepository.householdsSql(HouseholdDimension.CAUSE), "null::text", null));
        m.put("households-monthly", bind(StatsRepository.householdMonthsSql(), "@FROM@", "@TO@"));
        m.put("money-units", bind(StatsRepository.moneySql(false), null, null));
        m.put("money-campaigns", bind(StatsRepository.moneySql(true), null, null));
        m.put("wishes-age", bind(StatsRepository.wishesByAgeSql(), OPEN_STATES, "now()"));
        m.put("placements-monthly", bind(StatsRepository.placementMonthsSql(), "@FROM@", "@TO@"));
        m.put("service-demand", bind(StatsRepository.unmetDemandSql(DemandDimension.DISTRICT), null, null));
        return m;
    }

    private static String bind(String sql, String p3, String p4) {
        String s = sql.replace("$1", "'@PATH@%'").replace("$2", "@LEN@");
        if (p3 != null) {
            s = s.replace("$3", p3);
        }
        if (p4 != null) {
            s = s.replace("$4", p4);
        }
        assertThat(s).doesNotContain("$");
        return s + ";\n";
    }

    @Test
    void benchSqlIsTheRepositorysSql() throws Exception {
        Path dir = Path.of("../bench/stats-sql");
        for (Map.Entry<String, String> e : expected().entrySet()) {
            Path file = dir.resolve(e.getKey() + ".sql");
            if (Boolean.getBoolean("stats.write-bench-sql")) {
                Files.writeString(file, e.getValue());
            }
            assertThat(Files.readString(file)).as("%s (rewrite with -Dstats.write-bench-sql=true)", file).isEqualTo(e.getValue());
        }
    }
}
