package com.execreports.engine.report;

import com.execreports.engine.report.Document.Table;
import java.util.ArrayList;
import java.util.List;

/** Builds a {@link Table} column by column: {@code text("Entity")}, {@code number("Amount")}. */
final class TableBuilder {
    private final List<String> headers = new ArrayList<>();
    private final List<Boolean> numeric = new ArrayList<>();
    private final List<List<String>> rows = new ArrayList<>();
    private int lead = -1;
    private boolean total;

    TableBuilder text(String header) {
        headers.add(header);
        numeric.add(false);
        return this;
    }

    TableBuilder number(String header) {
        headers.add(header);
        numeric.add(true);
        return this;
    }

    /** The column just added names each row: see {@link Table#leadColumn()}. */
    TableBuilder lead() {
        lead = headers.size() - 1;
        return this;
    }

    TableBuilder row(String... cells) {
        if (total) {
            throw new IllegalStateException("the total row comes last");
        }
        rows.add(List.of(cells));
        return this;
    }

    /** The last row: the total of the rows above, laid out as a total. */
    TableBuilder total(String... cells) {
        row(cells);
        total = true;
        return this;
    }

    Table build(String whenEmpty) {
        return new Table(headers, numeric, rows, whenEmpty, lead, total);
    }
}
