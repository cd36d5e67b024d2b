package com.execreports.engine.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.node.Node;

/** A GFM table read into header-addressed rows that remember their source line. */
final class TableReader {
    private TableReader() {}

    /** A body row; {@link #get} returns "" for a column the table does not have. */
    record Row(int line, Map<String, String> cells) {
        String get(String column) {
            return cells.getOrDefault(column, "");
        }
    }

    record Table(int line, List<String> columns, List<Row> rows) {
        boolean has(String column) {
            return columns.contains(column);
        }

        Optional<String> firstMissing(List<String> required) {
            return required.stream().filter(c -> !has(c)).findFirst();
        }
    }

    static Table read(TableBlock block) {
        List<String> columns = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        for (Node part = block.getFirstChild(); part != null; part = part.getNext()) {
            if (part instanceof TableHead head && head.getFirstChild() != null) {
                for (String header : cellTexts(head.getFirstChild())) {
                    columns.add(header.toLowerCase(Locale.ROOT).strip());
                }
            } else if (part instanceof TableBody body) {
                for (Node row = body.getFirstChild(); row != null; row = row.getNext()) {
                    rows.add(row(columns, row));
                }
            }
        }
        return new Table(lineOf(block), List.copyOf(columns), List.copyOf(rows));
    }

    private static Row row(List<String> columns, Node row) {
        List<String> texts = cellTexts(row);
        Map<String, String> cells = new HashMap<>();
        for (int i = 0; i < columns.size() && i < texts.size(); i++) {
            // the first of two same-named columns wins; later ones are "unknown" and ignored
            cells.putIfAbsent(columns.get(i), texts.get(i));
        }
        return new Row(lineOf(row), Map.copyOf(cells));
    }

    private static List<String> cellTexts(Node row) {
        List<String> texts = new ArrayList<>();
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
            texts.add(MarkdownText.of(cell));
        }
        return texts;
    }

    /** 1-based source line of a block node (the parser records 0-based spans). */
    static int lineOf(Node node) {
        return node.getSourceSpans().isEmpty() ? 0 : node.getSourceSpans().get(0).getLineIndex() + 1;
    }
}
