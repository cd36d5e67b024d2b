package com.execreports.engine.report;

import com.execreports.engine.report.Document.Table;
import java.util.ArrayList;
import java.util.List;

/** Builds a {@link Table} column by column: {@code text("Entity")}, {@code number("Amount")}. */
final class TableBuilder {
    private final List<String> headers = new ArrayList<>();
    private final List<Boolean> numeric = new ArrayList<>();
    private final List<List<String>> rows = new ArrayList<>();

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

    TableBuilder row(String... cells) {
        rows.add(List.of(cells));
        return this;
    }

    Table build(String whenEmpty) {
        return new Table(headers, numeric, rows, whenEmpty);
    }
}
