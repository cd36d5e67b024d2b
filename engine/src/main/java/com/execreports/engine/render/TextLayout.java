package com.execreports.engine.render;

import com.execreports.engine.report.Chart;
import com.execreports.engine.report.Document.Block;
import com.execreports.engine.report.Document.Bullets;
import com.execreports.engine.report.Document.KeyFigure;
import com.execreports.engine.report.Document.Paragraph;
import com.execreports.engine.report.Document.SubHeading;
import com.execreports.engine.report.Document.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain-text layout for the text part, readable at {@value #WIDTH} columns: wrapped paragraphs,
 * aligned tables when they fit, one record per row when they do not. Called from the text
 * template; every method returns whole lines ending in a newline.
 */
public final class TextLayout {
    public static final int WIDTH = 72;
    private static final String GAP = "  ";

    private TextLayout() {}

    public static String title(String title, String subtitle) {
        return title + "\n" + "=".repeat(Math.min(WIDTH, title.length())) + "\n" + subtitle + "\n";
    }

    public static String heading(String heading) {
        return "\n" + heading + "\n" + "-".repeat(Math.min(WIDTH, heading.length())) + "\n";
    }

    public static String wrap(String text) {
        return String.join("\n", wrap(text, "", "")) + "\n";
    }

    public static String notice(String text) {
        return String.join("\n", wrap("Note: " + text, "", "      ")) + "\n";
    }

    public static String keyFigures(List<KeyFigure> figures) {
        StringBuilder out = new StringBuilder();
        for (KeyFigure f : figures) {
            out.append(String.join("\n", wrap(f.label() + ": " + f.value(), "  * ", "    "))).append('\n');
        }
        return out.toString();
    }

    /**
     * A chart's numbers for the text part: its title, one line per category, and the markers;
     * the same words as the image's alt text.
     */
    public static String chart(Chart chart) {
        StringBuilder out = new StringBuilder("\n");
        out.append(String.join("\n", wrap("Chart: " + chart.title() + (chart.series().size() == 1
                ? " (" + chart.series().get(0).name() + ")" : ""), "", "  "))).append('\n');
        for (String line : chart.categoryLines()) {
            out.append(String.join("\n", wrap(line, "  ", "    "))).append('\n');
        }
        if (!chart.markers().isEmpty()) {
            out.append(String.join("\n", wrap(chart.markerLine(), "  ", "    "))).append('\n');
        }
        return out.toString();
    }

    public static String block(Block block) {
        if (block instanceof Paragraph p) {
            return wrap(p.text());
        } else if (block instanceof SubHeading h) {
            return "\n" + String.join("\n", wrap(h.text() + ":", "", "")) + "\n";
        } else if (block instanceof Bullets b) {
            StringBuilder out = new StringBuilder();
            for (String item : b.items()) {
                out.append(String.join("\n", wrap(item, "- ", "  "))).append('\n');
            }
            return out.toString();
        } else if (block instanceof Table t) {
            return table(t);
        }
        throw new IllegalArgumentException("unknown block " + block);
    }

    /**
     * A table by its shape, never by its data, so a section reads the same in every report: a
     * label and up to three numbers as an aligned grid (the label wrapping when the grid would
     * be wider than {@value #WIDTH} columns), anything else as one record per row.
     */
    static String table(Table t) {
        if (t.rows().isEmpty()) {
            return t.empty().isEmpty() ? "" : wrap(t.empty());
        }
        return t.textGrid() ? grid(t) : records(t);
    }

    private static String grid(Table t) {
        int[] widths = new int[t.headers().size()];
        int label = -1;
        for (int i = 0; i < widths.length; i++) {
            widths[i] = t.headers().get(i).length();
            for (List<String> row : t.rows()) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
            if (!t.isNumeric(i) && !(i == 0 && t.numbered())) {
                label = i;
            }
        }
        int total = GAP.length() * (widths.length - 1);
        for (int w : widths) {
            total += w;
        }
        if (total > WIDTH && label >= 0) {
            widths[label] = Math.max(12, widths[label] - (total - WIDTH));
        }
        StringBuilder out = new StringBuilder();
        out.append(line(t, t.headers(), widths, label));
        List<String> rule = new ArrayList<>();
        for (int w : widths) {
            rule.add("-".repeat(w));
        }
        String ruleLine = line(t, rule, widths, -1);
        out.append(ruleLine);
        for (int r = 0; r < t.rows().size(); r++) {
            if (t.isTotal(r)) {
                out.append(ruleLine);
            }
            out.append(line(t, t.rows().get(r), widths, label));
        }
        return out.toString();
    }

    /** One row of a grid; the {@code label} cell wraps onto more lines when it is wider than its column. */
    private static String line(Table t, List<String> cells, int[] widths, int label) {
        List<String> labelLines = label < 0 || cells.get(label).length() <= widths[label]
                ? List.of(label < 0 ? "" : cells.get(label)) : wrapTo(cells.get(label), widths[label]);
        StringBuilder out = new StringBuilder();
        for (int l = 0; l < labelLines.size(); l++) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < cells.size(); i++) {
                String cell = i == label ? labelLines.get(l) : l == 0 ? cells.get(i) : "";
                String pad = " ".repeat(Math.max(0, widths[i] - cell.length()));
                line.append(i == 0 ? "" : GAP).append(t.isNumeric(i) ? pad + cell : cell + pad);
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    private static List<String> wrapTo(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (current.length() > 0 && current.length() + 1 + word.length() > width) {
                lines.add(current.toString());
                current = new StringBuilder();
            }
            current.append(current.length() > 0 ? " " : "").append(word);
        }
        lines.add(current.toString());
        return lines;
    }

    /**
     * One record per row: the row's lead (the "what" of an action, the entity of a matrix) on
     * its own line, led by its number or severity, and every other cell under it as
     * "Header: value", so a matrix keeps its row and its column labels. A total row reads
     * "Total: Header value · ...".
     */
    private static String records(Table t) {
        int lead = t.lead();
        int severity = t.headers().indexOf(Table.SEVERITY);
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < t.rows().size(); r++) {
            List<String> row = t.rows().get(r);
            List<String> pairs = new ArrayList<>();
            for (int i = t.numbered() ? 1 : 0; i < row.size(); i++) {
                if (i != lead && i != severity && !row.get(i).isEmpty()) {
                    pairs.add(t.headers().get(i) + ": " + row.get(i));
                }
            }
            if (t.isTotal(r)) {
                String label = t.totalLabel();
                pairs.removeIf(p -> p.endsWith(": " + label));
                out.append(String.join("\n", wrapPairs(label + ":", pairs, "", "  "))).append('\n');
                continue;
            }
            String bullet = t.numbered() ? row.get(0) + ". " : "- ";
            String first = (severity >= 0 ? "[" + row.get(severity) + "] " : "") + row.get(lead);
            out.append(String.join("\n", wrap(first, bullet, " ".repeat(bullet.length())))).append('\n');
            if (!pairs.isEmpty()) {
                String indent = " ".repeat(bullet.length() + 2);
                out.append(String.join("\n", wrapPairs("", pairs, indent, indent))).append('\n');
            }
        }
        return out.toString();
    }

    /**
     * "Header: value" pairs joined by " · ", a line broken between pairs rather than inside one
     * (a pair longer than a line is word-wrapped on lines of its own).
     */
    static List<String> wrapPairs(String lead, List<String> pairs, String firstIndent, String indent) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder(firstIndent).append(lead);
        int prefix = current.length();
        for (String pair : pairs) {
            String joiner = current.length() > prefix ? " · " : current.length() > firstIndent.length() ? " " : "";
            if (current.length() > prefix && current.length() + joiner.length() + pair.length() > WIDTH) {
                lines.add(current.toString());
                current = new StringBuilder(indent);
                prefix = indent.length();
                joiner = "";
            }
            if (current.length() + joiner.length() + pair.length() > WIDTH) {
                if (current.length() > prefix || !current.toString().isBlank()) {
                    lines.add(current.toString());
                }
                List<String> wrapped = wrap(pair, indent, indent);
                lines.addAll(wrapped.subList(0, wrapped.size() - 1));
                current = new StringBuilder(wrapped.get(wrapped.size() - 1));
                prefix = indent.length();
            } else {
                current.append(joiner).append(pair);
            }
        }
        lines.add(current.toString());
        return lines;
    }

    /** Greedy word wrap; a word longer than a line stands on a line of its own. */
    static List<String> wrap(String text, String firstIndent, String indent) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder(firstIndent);
        int prefix = firstIndent.length();
        for (String word : text.strip().split("\\s+")) {
            if (current.length() > prefix && current.length() + 1 + word.length() > WIDTH) {
                lines.add(current.toString());
                current = new StringBuilder(indent);
                prefix = indent.length();
            }
            if (current.length() > prefix) {
                current.append(' ');
            }
            current.append(word);
        }
        lines.add(current.toString());
        return lines;
    }
}
