package com.northwind.shop.admin;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes report rows as CSV for spreadsheets; fields are quoted only when they need it.
 */
public class CsvExporter {

    public void write(List<ReportRow> rows, Writer out) throws IOException {
        out.write("label,orders,revenue,currency\n");
        for (ReportRow row : rows) {
            out.write(quote(row.getLabel()));
            out.write(',');
            out.write(Long.toString(row.getOrderCount()));
            out.write(',');
            out.write(row.getRevenue().toPlainString());
            out.write(',');
            out.write(row.getCurrency());
            out.write('\n');
        }
        out.flush();
    }

    static String quote(String field) {
        if (field.contains(",") || field.contains("\"") || field.contains("\n")) {
            return "\"" + field.replace("\"", "\"\"") + "\"";
        }
        return field;
    }
}
