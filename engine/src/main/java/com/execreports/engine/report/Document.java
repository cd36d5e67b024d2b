package com.execreports.engine.report;

import java.util.List;
import java.util.Objects;

/**
 * What a report says, as structure: the one model both the HTML and the text template format.
 * Builders decide content; templates decide only presentation.
 *
 * @param title e.g. "CFO report"
 * @param subtitle e.g. "October 2026 · 4 entities"
 * @param summary the opening paragraph: headline figures and the most important problems
 * @param notices visible notes such as stale or missing data
 * @param charts the key numbers as pictures, shown before the sections; names unique
 */
public record Document(String title, String subtitle, String summary, List<KeyFigure> keyFigures,
                       List<String> notices, List<Chart> charts, List<Section> sections) {
    public Document {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        keyFigures = List.copyOf(keyFigures);
        notices = List.copyOf(notices);
        charts = List.copyOf(charts);
        sections = List.copyOf(sections);
        if (charts.stream().map(Chart::name).distinct().count() != charts.size()) {
            throw new IllegalArgumentException("chart names must be unique within a report");
        }
    }

    /** The same document without its charts, for when they cannot be drawn. */
    public Document withoutCharts() {
        return new Document(title, subtitle, summary, keyFigures, notices, List.of(), sections);
    }

    /** A headline number shown at the top. */
    public record KeyFigure(String label, String value) {}

    public record Section(String heading, List<Block> blocks) {
        public Section {
            blocks = List.copyOf(blocks);
        }

        public static Section of(String heading, Block... blocks) {
            return new Section(heading, List.of(blocks));
        }
    }

    /** The content kinds a section can hold. */
    public sealed interface Block permits Paragraph, SubHeading, Bullets, Table {}

    public record Paragraph(String text) implements Block {}

    public record SubHeading(String text) implements Block {}

    public record Bullets(List<String> items) implements Block {
        public Bullets {
            items = List.copyOf(items);
        }
    }

    /** A table; {@code numeric} columns are right-aligned. {@code empty} is shown when there are no rows. */
    public record Table(List<String> headers, List<Boolean> numeric, List<List<String>> rows, String empty)
            implements Block {
        public Table {
            headers = List.copyOf(headers);
            numeric = List.copyOf(numeric);
            rows = rows.stream().map(List::copyOf).toList();
            int width = headers.size();
            if (numeric.size() != width || rows.stream().anyMatch(r -> r.size() != width)) {
                throw new IllegalArgumentException("every row needs one cell per header");
            }
        }

        public boolean isNumeric(int column) {
            return numeric.get(column);
        }
    }
}
