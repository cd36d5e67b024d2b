package com.execreports.engine.render;

import com.execreports.engine.report.Document.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Presentation decisions of the HTML part that are easier to state in Java than in the template:
 * the colours (each pair at WCAG AA contrast, see {@code HtmlPartsTest}), severity badges, and a
 * table row split into its lead and the "Header: value" pairs under it.
 */
public final class HtmlLayout {
    /** Body text on white. */
    public static final String TEXT = "#111827";
    /** Secondary text (subtitle, the line under a stacked row, the footer) on white: 7.6:1. */
    public static final String MUTED = "#4b5563";
    /** Headings and the accent rule. */
    public static final String ACCENT = "#1f3a5f";
    public static final String RULE = "#e5e7eb";
    public static final String SURROUND = "#f3f4f6";
    public static final String TILE = "#f9fafb";

    /** Severity word (lower case) to its badge colour; white text on each is at least 4.5:1. */
    public static final Map<String, String> SEVERITY_COLOURS = Map.of(
            "critical", "#b91c1c",
            "high", "#c2410c",
            "medium", "#a16207",
            "low", "#4b5563");

    private HtmlLayout() {}

    /** The badge colour of a severity word, or null when the word is not a severity. */
    public static String severityColour(String word) {
        return SEVERITY_COLOURS.get(word.strip().toLowerCase(Locale.ROOT));
    }

    /** "critical" → "Critical". */
    public static String word(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** The severity cell of a row, or "" when the table has no severity column. */
    public static String severity(Table table, List<String> row) {
        int column = table.headers().indexOf(Table.SEVERITY);
        return column < 0 ? "" : row.get(column);
    }

    /** The text on a stacked row's own line: its number ("3. ") and its lead cell. */
    public static String lead(Table table, int rowIndex) {
        List<String> row = table.rows().get(rowIndex);
        if (table.isTotal(rowIndex)) {
            return table.totalLabel();
        }
        String lead = row.get(table.lead());
        return table.numbered() ? row.get(0) + ". " + lead : lead;
    }

    /** The other cells of a stacked row as "Header: value", empty cells and the severity left out. */
    public static List<String> details(Table table, int rowIndex) {
        List<String> row = table.rows().get(rowIndex);
        boolean total = table.isTotal(rowIndex);
        List<String> pairs = new ArrayList<>();
        for (int i = table.numbered() ? 1 : 0; i < row.size(); i++) {
            String header = table.headers().get(i);
            String cell = row.get(i);
            if (i == table.lead() || cell.isEmpty() || header.equals(Table.SEVERITY)
                    || (total && cell.equals(table.totalLabel()))) {
                continue;
            }
            pairs.add(header + ": " + cell);
        }
        return pairs;
    }
}
