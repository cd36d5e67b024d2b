package com.execreports.engine.report;

import java.util.List;
import java.util.Objects;

/**
 * What a report says, as structure: the one model both the HTML and the text template format.
 * Builders decide content; templates decide only presentation.
 *
 * @param title e.g. "CFO report"
 * @param subtitle e.g. "October 2026 · 4 entities"
 * @param summary the one-line headline (SPEC §8.4)
 * @param notices visible notes such as stale or missing data, said before the key figures
 * @param charts the key numbers as pictures, shown before the sections; names unique
 * @param decisions "Decisions and deadlines", shown after the notices and before the key figures;
 *                  {@code null} for none
 */
public record Document(String title, String subtitle, String summary, List<KeyFigure> keyFigures,
                       List<String> notices, List<Chart> charts, List<Section> sections, Section decisions) {
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

    public Document(String title, String subtitle, String summary, List<KeyFigure> keyFigures,
                    List<String> notices, List<Chart> charts, List<Section> sections) {
        this(title, subtitle, summary, keyFigures, notices, charts, sections, null);
    }

    /** The same document without its charts, for when they cannot be drawn. */
    public Document withoutCharts() {
        return new Document(title, subtitle, summary, keyFigures, notices, List.of(), sections, decisions);
    }

    /** The same document with one more section at the end. */
    public Document withLastSection(Section section) {
        List<Section> all = new java.util.ArrayList<>(sections);
        all.add(section);
        return new Document(title, subtitle, summary, keyFigures, notices, charts, all, decisions);
    }

    /** A headline number shown at the top. */
    public record KeyFigure(String label, String value) {}

    /**
     * A titled part of the report. An {@code appendix} (an inventory, a template: reference, not
     * news) is laid out after every other section, whatever its place in the list.
     */
    /**
     * @param appendix reference material read last (asset inventory, chart of accounts)
     * @param footer a closing line the run adds (how last month's reports fared): short, always
     *               kept last, never cut from the short email
     */
    public record Section(String heading, List<Block> blocks, boolean appendix, boolean footer) {
        public Section {
            blocks = List.copyOf(blocks);
        }

        public Section(String heading, List<Block> blocks, boolean appendix) {
            this(heading, blocks, appendix, false);
        }

        public Section(String heading, List<Block> blocks) {
            this(heading, blocks, false);
        }

        public static Section footer(String heading, Block... blocks) {
            return new Section(heading, List.of(blocks), false, true);
        }

        public static Section of(String heading, Block... blocks) {
            return new Section(heading, List.of(blocks));
        }

        public static Section appendix(String heading, List<Block> blocks) {
            return new Section(heading, blocks, true);
        }

        Section mapTables(java.util.function.UnaryOperator<Table> change) {
            return new Section(heading, blocks.stream().map(b -> b instanceof Table t ? (Block) change.apply(t) : b)
                    .toList(), appendix, footer);
        }
    }

    /** The sections in reading order: the report's own, then its appendices, then its footers. */
    public List<Section> orderedSections() {
        List<Section> ordered = new java.util.ArrayList<>(
                sections.stream().filter(s -> !s.appendix() && !s.footer()).toList());
        ordered.addAll(sections.stream().filter(Section::appendix).toList());
        ordered.addAll(sections.stream().filter(Section::footer).toList());
        return ordered;
    }

    /** The same document with other sections (the first screen unchanged). */
    public Document withSections(List<Section> replaced) {
        return new Document(title, subtitle, summary, keyFigures, notices, charts, replaced, decisions);
    }

    /** The same document with every table changed by {@code change}. */
    public Document mapTables(java.util.function.UnaryOperator<Table> change) {
        return new Document(title, subtitle, summary, keyFigures, notices, charts,
                sections.stream().map(s -> s.mapTables(change)).toList(),
                decisions == null ? null : decisions.mapTables(change));
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

    /**
     * A table; {@code numeric} columns are right-aligned. {@code empty} is shown when there are no rows.
     *
     * @param leadColumn the column that names a row (the "what" of an action, the entity of a
     *     matrix): when the table is laid out as stacked rows it stands on its own line with the
     *     other columns under it; -1 lets {@link #lead()} choose
     * @param total whether the last row is the total of the rows above it
     */
    public record Table(List<String> headers, List<Boolean> numeric, List<List<String>> rows, String empty,
                        int leadColumn, boolean total) implements Block {
        /** Headers of columns shown as a coloured badge with the word in it. */
        public static final String SEVERITY = "Severity";
        /** A column left out of a report about one entity, where it would say the same on every row. */
        public static final String ENTITY = "Entity";
        private static final String NUMBER = "#";

        public Table {
            headers = List.copyOf(headers);
            numeric = List.copyOf(numeric);
            rows = rows.stream().map(List::copyOf).toList();
            int width = headers.size();
            if (numeric.size() != width || rows.stream().anyMatch(r -> r.size() != width)) {
                throw new IllegalArgumentException("every row needs one cell per header");
            }
            if (leadColumn < -1 || leadColumn >= width) {
                throw new IllegalArgumentException("lead column " + leadColumn + " out of range");
            }
            if (total && rows.isEmpty()) {
                throw new IllegalArgumentException("a total row needs a row");
            }
        }

        public Table(List<String> headers, List<Boolean> numeric, List<List<String>> rows, String empty) {
            this(headers, numeric, rows, empty, -1, false);
        }

        public boolean isNumeric(int column) {
            return numeric.get(column);
        }

        /** Whether the first column numbers the rows ("#"). */
        public boolean numbered() {
            return !headers.isEmpty() && headers.get(0).equals(NUMBER);
        }

        /**
         * The column that names a row: the one chosen by the builder, else a column headed
         * "What", else the text column with the longest cells.
         */
        public int lead() {
            if (leadColumn >= 0) {
                return leadColumn;
            }
            int what = headers.indexOf("What");
            if (what >= 0) {
                return what;
            }
            int lead = numbered() && headers.size() > 1 ? 1 : 0;
            int longest = -1;
            for (int i = numbered() ? 1 : 0; i < headers.size(); i++) {
                if (numeric.get(i) || headers.get(i).equals(SEVERITY)) {
                    continue;
                }
                int width = 0;
                for (List<String> row : rows) {
                    width = Math.max(width, row.get(i).length());
                }
                if (width > longest) {
                    longest = width;
                    lead = i;
                }
            }
            return lead;
        }

        /**
         * Whether the HTML lays the table out as a grid, which fits a phone: at most four columns
         * (a numbering column aside), at most two of them text. Every other table (actions,
         * findings, matrices) is laid out as stacked rows. The choice depends on the table's
         * shape, never on its data, so a section has the same form in every report.
         */
        public boolean grid() {
            return columns() <= 4 && textColumns() <= 2;
        }

        /** Whether the text part lays the table out as a grid: a label column and at most three numbers. */
        public boolean textGrid() {
            return columns() <= 4 && textColumns() <= 1;
        }

        private int columns() {
            return headers.size() - (numbered() ? 1 : 0);
        }

        private int textColumns() {
            int texts = 0;
            for (int i = numbered() ? 1 : 0; i < headers.size(); i++) {
                texts += numeric.get(i) ? 0 : 1;
            }
            return texts;
        }

        /** Whether {@code row} (an index into {@link #rows}) is the total row. */
        public boolean isTotal(int row) {
            return total && row == rows.size() - 1;
        }

        /** The rows above the total, each as it is. */
        public List<List<String>> bodyRows() {
            return total ? rows.subList(0, rows.size() - 1) : rows;
        }

        /** The total row's label: its first non-empty text cell, "Total" when there is none. */
        public String totalLabel() {
            List<String> last = rows.get(rows.size() - 1);
            for (int i = 0; i < last.size(); i++) {
                if (!numeric.get(i) && !last.get(i).isEmpty()) {
                    return last.get(i);
                }
            }
            return "Total";
        }

        /**
         * The same table without the column headed {@code header}; itself when there is none, or
         * when that column is the one that names a row (its lead).
         */
        public Table without(String header) {
            int drop = headers.indexOf(header);
            if (drop < 0 || headers.size() == 1) {
                return this;
            }
            if (lead() == drop) {
                return this;
            }
            List<String> h = new java.util.ArrayList<>(headers);
            List<Boolean> n = new java.util.ArrayList<>(numeric);
            h.remove(drop);
            n.remove(drop);
            List<List<String>> r = rows.stream().map(row -> {
                List<String> copy = new java.util.ArrayList<>(row);
                copy.remove(drop);
                return (List<String>) copy;
            }).toList();
            int lead = leadColumn == drop ? -1 : leadColumn > drop ? leadColumn - 1 : leadColumn;
            return new Table(h, n, r, empty, lead, total);
        }
    }
}
