package org.weiyuan.mutualaid;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.weiyuan.common.DomainException;
import org.weiyuan.mutualaid.EnrolmentService.ImportRow;
import org.weiyuan.mutualaid.MutualAidViews.EnrolRequest;
import org.weiyuan.mutualaid.MutualAidViews.RowError;
import org.weiyuan.mutualaid.PlanRules.MemberTier;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Reads an enrolment sheet (FastExcel, streaming). The first row is the header; columns:
 * 姓名 name, 身份证号 ID number, 档次 tier (普通/困难/特困 or ORDINARY/HARDSHIP/EXTREME_HARDSHIP),
 * 起保日期 coverage from (a date cell or yyyy-MM-dd), 职工账号 worker account (optional UUID),
 * 自选计划 the optional plans chosen (optional: their codes or names, separated by 、 , ; or spaces;
 * checked against the plan's rules when the rows are enrolled).
 * A row that cannot be read becomes a row error; it never stops the other rows. Blocking.
 */
public final class EnrolmentSheet {

    private EnrolmentSheet() { }

    static final Map<String, MemberTier> TIERS = Map.of("普通", MemberTier.ORDINARY, "困难", MemberTier.HARDSHIP,
            "特困", MemberTier.EXTREME_HARDSHIP);

    public static List<ImportRow> read(byte[] xlsx, int maxRows) {
        List<ImportRow> rows = new ArrayList<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getFirstSheet();
            try (Stream<Row> stream = sheet.openStream()) {
                for (Row r : (Iterable<Row>) stream::iterator) {
                    int number = r.getRowNum();
                    if (number == 1 || blank(r)) {
                        continue;
                    }
                    if (rows.size() >= maxRows) {
                        throw DomainException.unprocessable("file", "problem.mutual-aid.too-many-rows", maxRows);
                    }
                    rows.add(row(r, number));
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof DomainException d) {
                throw d;
            }
            throw DomainException.unprocessable("file", "problem.mutual-aid.not-xlsx");
        }
        return rows;
    }

    private static boolean blank(Row r) {
        for (int i = 0; i < r.getCellCount(); i++) {
            if (!text(r, i).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static ImportRow row(Row r, int number) {
        String name = text(r, 0);
        String id = text(r, 1);
        String tierText = text(r, 2);
        MemberTier tier = TIERS.get(tierText);
        if (tier == null) {
            try {
                tier = MemberTier.valueOf(tierText.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return ImportRow.bad(number, new RowError(number, "tier", "未知档次 unknown tier: " + tierText));
            }
        }
        LocalDate from;
        Cell c = r.getCell(3);
        try {
            from = c != null && c.getType() == CellType.NUMBER ? c.asDate().toLocalDate() : LocalDate.parse(text(r, 3));
        } catch (RuntimeException e) { // DateTimeParseException or a cell that is no date
            return ImportRow.bad(number, new RowError(number, "coverageFrom", "日期格式应为 yyyy-MM-dd / not a date (yyyy-MM-dd): " + text(r, 3)));
        }
        UUID worker = null;
        String account = text(r, 4);
        if (!account.isEmpty()) {
            try {
                worker = UUID.fromString(account);
            } catch (IllegalArgumentException e) {
                return ImportRow.bad(number, new RowError(number, "workerSubject", "职工账号不是 UUID / not a UUID: " + account));
            }
        }
        if (name.length() > 50) {
            return ImportRow.bad(number, new RowError(number, "name", "姓名超过 50 字 / longer than 50 characters"));
        }
        return new ImportRow(number, new EnrolRequest(worker, name.isEmpty() ? null : name, id.isEmpty() ? null : id, tier, from),
                options(text(r, 5)), null);
    }

    /** The chosen optional plans as written, in order, without repeats. */
    static List<String> options(String cell) {
        if (cell.isEmpty()) {
            return List.of();
        }
        return java.util.Arrays.stream(cell.split("[、,，;；\\s]+")).map(String::trim).filter(t -> !t.isEmpty()).distinct().toList();
    }

    private static String text(Row r, int i) {
        if (i >= r.getCellCount()) {
            return "";
        }
        Cell c = r.getCell(i);
        if (c == null) {
            return "";
        }
        String t = c.getText();
        return t == null ? "" : t.trim();
    }
}
