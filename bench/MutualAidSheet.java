// Writes the enrolment sheet of the mutual-aid benchmark: N members with valid resident ID numbers
// (distinct), in the columns the import reads (姓名, 身份证号, 档次, 起保日期, 职工账号).
//   java -cp fastexcel.jar:opczip.jar bench/MutualAidSheet.java N out.xlsx [out.csv]
// With out.csv it also writes the same rows as CSV (name, ID number, tier, coverage from), for PostgreSQL's own
// COPY and INSERT of them beside the HTTP import (the ceiling).
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

public class MutualAidSheet {
    static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static final char[] CHECK = "10X98765432".toCharArray();

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        try (OutputStream out = new FileOutputStream(args[1]);
             PrintWriter csv = args.length > 2 ? new PrintWriter(args[2], StandardCharsets.UTF_8) : null) {
            Workbook wb = new Workbook(out, "weiyuan-bench", "1.0");
            Worksheet ws = wb.newWorksheet("会员");
            String[] headers = {"姓名", "身份证号", "档次", "起保日期", "职工账号"};
            for (int c = 0; c < headers.length; c++) {
                ws.value(0, c, headers[c]);
            }
            LocalDate base = LocalDate.of(1966, 1, 1);
            for (int i = 0; i < n; i++) {
                String first17 = "520102" + base.plusDays(i / 900).toString().replace("-", "") + String.format("%03d", i % 900 + 1);
                int sum = 0;
                for (int k = 0; k < 17; k++) {
                    sum += (first17.charAt(k) - '0') * WEIGHTS[k];
                }
                String id = first17 + CHECK[sum % 11];
                String tier = i % 10 == 0 ? "困难" : "普通";
                ws.value(i + 1, 0, "职工" + i);
                ws.value(i + 1, 1, id);
                ws.value(i + 1, 2, tier);
                ws.value(i + 1, 3, "2026-01-01");
                if (csv != null) {
                    csv.println("职工" + i + "," + id + "," + (i % 10 == 0 ? "HARDSHIP" : "ORDINARY") + ",2026-01-01");
                }
                if (i % 900 == 0) {
                    ws.flush(); // keep memory flat
                }
            }
            wb.finish();
        }
    }
}
