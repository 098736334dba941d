package org.weiyuan.stats;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A streaming XLSX workbook (FastExcel): rows go to the output stream as they are written and
 * flushed, so a sheet of any length takes little memory. Chinese headers, English second; yuan
 * from integer fen with two decimals; times as real dates in China time.
 */
public final class Xlsx implements AutoCloseable {

    /** Rows kept before a flush to the stream. */
    private static final int FLUSH_EVERY = 200;
    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String DATE_TIME = "yyyy-mm-dd hh:mm";

    private final Workbook workbook;

    public Xlsx(OutputStream out) {
        this.workbook = new Workbook(out, "Weiyuan", "1.0");
    }

    /** A new sheet whose first row is the header. */
    public Sheet sheet(String name, List<String> headers) {
        Sheet s = new Sheet(workbook.newWorksheet(name));
        for (int c = 0; c < headers.size(); c++) {
            s.ws.value(0, c, headers.get(c));
            s.ws.style(0, c).bold().fillColor("DDEBF7").set();
            s.ws.width(c, Math.max(10, Math.min(40, headers.get(c).length() * 1.6 + 2)));
        }
        s.row = 1;
        return s;
    }

    @Override
    public void close() {
        try {
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One sheet, written row by row. */
    public static final class Sheet {
        private final Worksheet ws;
        private int row;
        private int col;

        private Sheet(Worksheet ws) {
            this.ws = ws;
        }

        /** Text written inline: a shared-strings table would keep every distinct value (ids, names) in memory until the end. */
        public Sheet text(String value) {
            if (value != null) {
                ws.inlineString(row, col, value);
            }
            col++;
            return this;
        }

        public Sheet count(long value) {
            ws.value(row, col++, value);
            return this;
        }

        /** Integer fen written as the exact decimal yuan, formatted #,##0.00. */
        public Sheet yuan(long fen) {
            ws.value(row, col, Yuan.of(fen));
            ws.style(row, col++).format(Yuan.FORMAT).set();
            return this;
        }

        /** A moment shown in China time. */
        public Sheet time(Instant at) {
            if (at != null) {
                ws.value(row, col, LocalDateTime.ofInstant(at, MonthRange.ZONE));
                ws.style(row, col).format(DATE_TIME).set();
            }
            col++;
            return this;
        }

        /** Ends the row; rows are flushed to the stream in batches. */
        public void endRow() {
            row++;
            col = 0;
            if (row % FLUSH_EVERY == 0) {
                try {
                    ws.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }

        public int rowsWritten() {
            return row - 1;
        }
    }
}
