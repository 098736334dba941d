package org.weiyuan.stats;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.weiyuan.support.Api;
import org.weiyuan.support.Demo;
import org.weiyuan.support.Sql;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** XLSX exports opened and read back: headers, rows, yuan, China time, masking, and the audit line. */
@QuarkusTest
class StatsExportApiTest {

    @Inject
    AgroalDataSource jdbc;

    record Sheet(String name, List<Row> rows) {
        String text(int row, int col) {
            Cell c = rows.get(row).getCell(col);
            return c == null ? null : c.getText();
        }

        Cell cell(int row, int col) {
            return rows.get(row).getCell(col);
        }
    }

    static List<Sheet> open(Response r) throws Exception {
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(200);
        assertThat(r.contentType()).startsWith(Xlsx.MEDIA_TYPE);
        assertThat(r.header("Content-Disposition")).startsWith("attachment;").contains(".xlsx");
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(r.asByteArray()), new ReadingOptions(true, false))) {
            return wb.getSheets().map(s -> {
                try {
                    return new Sheet(s.getName(), s.read());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }

    private long audits(String action, UUID actor, UUID unit) throws Exception {
        return Sql.count(jdbc, "select count(*) from audit_entry where action = '" + action + "' and actor_subject = '" + actor
                + "' and entity_type = 'union_unit' and entity_id = '" + unit + "'");
    }

    @Test
    void householdListIsMaskedAuditedAndInChinaTime() throws Exception {
        StatsFixture f = StatsFixture.get();
        long before = audits("WORKLIST_EXPORTED", f.investigator, f.t);
        List<Sheet> book = open(Api.staff(f.investigator).get("/api/v1/exports/households?status=APPROVED&unitId=" + f.t));
        assertThat(audits("WORKLIST_EXPORTED", f.investigator, f.t)).isEqualTo(before + 1);
        Sheet s = book.get(0);
        assertThat(s.name()).isEqualTo("困难家庭档案 Households");
        assertThat(s.text(0, 0)).isEqualTo("档案编号 File id");
        assertThat(s.text(0, 1)).isEqualTo("户主姓名 Head of household");
        assertThat(s.text(0, 11)).isEqualTo("人均月收入(元) Per-capita monthly income (yuan)");
        assertThat(s.rows()).hasSize(2); // header + the one approved file of T (the exited one is EXITED now)
        String id = s.text(1, 0);
        assertThat(s.text(1, 1)).isEqualTo("测**主");
        assertThat(s.text(1, 2)).matches("520102\\*{8}\\d{3}[\\dX]");
        assertThat(s.text(1, 3)).isEqualTo("138****5678");
        assertThat(s.text(1, 6)).isEqualTo("已建档 Approved");
        assertThat(s.text(1, 9)).contains("患病").contains("失业下岗");
        // 1,000 yuan a month for two people: 500.00 yuan per head, exact, formatted with two decimals
        assertThat(s.cell(1, 11).asNumber()).isEqualByComparingTo(new BigDecimal("500.00"));
        assertThat(s.cell(1, 11).getDataFormatString()).isEqualTo(Yuan.FORMAT);
        LocalDateTime filed = s.cell(1, 12).asDate();
        try (Connection c = jdbc.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select created_at from household where id = '" + id + "'")) {
            rs.next();
            LocalDateTime china = LocalDateTime.ofInstant(rs.getTimestamp(1).toInstant(), ZoneId.of("Asia/Shanghai"));
            assertThat(filed.truncatedTo(ChronoUnit.SECONDS)).isEqualTo(china.truncatedTo(ChronoUnit.SECONDS));
        }
        Sheet about = book.get(1);
        assertThat(about.text(5, 1)).isEqualTo("已脱敏 masked");
    }

    @Test
    void fullValuesAreForStaffInScopeAndAuditedAsPersonalData() throws Exception {
        StatsFixture f = StatsFixture.get();
        long before = audits("PERSONAL_DATA_EXPORTED", f.approver, f.t);
        List<Sheet> book = open(Api.staff(f.approver).get("/api/v1/exports/households?status=APPROVED&full=true&unitId=" + f.t));
        assertThat(audits("PERSONAL_DATA_EXPORTED", f.approver, f.t)).isEqualTo(before + 1);
        Sheet s = book.get(0);
        assertThat(s.text(1, 1)).isEqualTo("测试户主");
        assertThat(s.text(1, 2)).matches("520102\\d{11}[\\dX]");
        assertThat(s.text(1, 3)).isEqualTo("13812345678");

        // not for the admin, not for a sibling district, not for a donor; refusals are problem+json
        Api.admin().get("/api/v1/exports/households?full=true").then().statusCode(403).contentType("application/problem+json");
        Api.staff(f.siblingStaff).get("/api/v1/exports/households?full=true&unitId=" + f.t).then().statusCode(404)
                .contentType("application/problem+json");
        Api.donor().get("/api/v1/exports/wishes-in-vetting").then().statusCode(403);
        // the sibling's own list has none of T's files
        Sheet sibling = open(Api.staff(f.siblingStaff).get("/api/v1/exports/households")).get(0);
        assertThat(sibling.rows()).hasSize(1);
    }

    @Test
    void wishesInVettingAndDisbursementsAwaitingApproval() throws Exception {
        StatsFixture f = StatsFixture.get();
        Sheet wishes = open(Api.staff(f.investigator).get("/api/v1/exports/wishes-in-vetting?unitId=" + f.t)).get(0);
        assertThat(wishes.text(0, 3)).isEqualTo("目标金额(元) Target (yuan)");
        assertThat(wishes.rows()).hasSize(2);
        assertThat(wishes.text(1, 0)).isEqualTo(f.vettingWish);
        assertThat(wishes.cell(1, 3).asNumber()).isEqualByComparingTo(new BigDecimal("30.00"));
        assertThat(wishes.text(1, 4)).isEqualTo("测**主");
        assertThat(wishes.text(1, 8)).isEqualTo("已提交 Submitted");

        Sheet pending = open(Api.staff(f.approver).get("/api/v1/exports/disbursements-awaiting-approval")).get(0);
        assertThat(pending.rows()).hasSize(2);
        assertThat(pending.text(1, 0)).isEqualTo(f.pendingDisbursement);
        assertThat(pending.cell(1, 3).asNumber()).isEqualByComparingTo(new BigDecimal("600.00"));
        assertThat(pending.text(1, 4)).isEqualTo("实物发放 In kind");
        assertThat(pending.text(1, 6)).isEqualTo("统计调查员");
        assertThat(audits("WORKLIST_EXPORTED", f.approver, f.t)).isPositive();
    }

    @Test
    void dashboardTablesExportWithTheirTotals() throws Exception {
        StatsFixture f = StatsFixture.get();
        long before = audits("STATS_EXPORTED", f.investigator, f.t);
        Sheet households = open(Api.staff(f.investigator).get("/api/v1/exports/stats/households?by=STATUS&unitId=" + f.t)).get(0);
        assertThat(audits("STATS_EXPORTED", f.investigator, f.t)).isEqualTo(before + 1);
        assertThat(households.text(0, 0)).isEqualTo("单位 Unit");
        assertThat(households.text(0, 5)).isEqualTo("已建档 Approved");
        Row last = households.rows().get(households.rows().size() - 1);
        assertThat(last.getCell(0).getText()).isEqualTo("合计 Total");
        assertThat(last.getCell(last.getCellCount() - 1).asNumber()).isEqualByComparingTo("6");
        assertThat(households.rows()).hasSize(5); // header, T1, T2, T's own, total
        assertThat(households.text(3, 0)).contains("本级");

        Sheet money = open(Api.staff(f.investigator).get("/api/v1/exports/stats/money-units?unitId=" + f.t)).get(0);
        assertThat(money.text(0, 1)).isEqualTo("认捐到账(元) Donated (yuan)");
        int t1 = money.text(1, 0).equals(f.t1Name) ? 1 : 2;
        assertThat(money.text(t1, 0)).isEqualTo(f.t1Name);
        assertThat(money.cell(t1, 1).asNumber()).isEqualByComparingTo(new BigDecimal("1000.00"));
        assertThat(money.cell(t1, 1).getDataFormatString()).isEqualTo(Yuan.FORMAT);
        assertThat(money.cell(t1, 3).asNumber()).isEqualByComparingTo(new BigDecimal("200.00"));
        assertThat(money.cell(t1, 5).asNumber()).isEqualByComparingTo(new BigDecimal("800.00"));
        assertThat(money.cell(t1, 6).asNumber()).isEqualByComparingTo(new BigDecimal("50.00"));
        assertThat(money.text(3, 0)).isEqualTo("合计 Total");
        assertThat(money.cell(3, 1).asNumber()).isEqualByComparingTo(new BigDecimal("1000.00"));

        for (String chart : List.of("households-monthly", "money-campaigns", "wishes?by=AGE", "placements-monthly",
                "service-demand?by=DISTRICT")) {
            List<Sheet> book = open(Api.staff(f.investigator).get("/api/v1/exports/stats/" + chart));
            assertThat(book).hasSize(2);
            assertThat(book.get(1).name()).isEqualTo("说明 About");
        }
        // the admin may export dashboards of any unit; a sibling may not export T's
        open(Api.admin().get("/api/v1/exports/stats/households?unitId=" + f.t));
        Api.staff(f.siblingStaff).get("/api/v1/exports/stats/money-units?unitId=" + f.t).then().statusCode(404);
        Api.staff(f.siblingStaff).get("/api/v1/exports/stats/households-monthly?from=2020-01").then().statusCode(400);
        assertThat(Api.staff(Demo.CHEN_GUIYANG).get("/api/v1/exports/stats/wishes").statusCode()).isEqualTo(200);
    }
}
