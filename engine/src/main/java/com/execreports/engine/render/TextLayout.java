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

    static String table(Table t) {
        if (t.rows().isEmpty()) {
            return t.empty().isEmpty() ? "" : wrap(t.empty());
        }
        int[] widths = new int[t.headers().size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = t.headers().get(i).length();
            for (List<String> row : t.rows()) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        int total = GAP.length() * (widths.length - 1);
        for (int w : widths) {
            total += w;
        }
        return total <= WIDTH ? grid(t, widths) : records(t);
    }

    private static String grid(Table t, int[] widths) {
        StringBuilder out = new StringBuilder();
        out.append(line(t, t.headers(), widths));
        List<String> rule = new ArrayList<>();
        for (int w : widths) {
            rule.add("-".repeat(w));
        }
        out.append(line(t, rule, widths));
        for (List<String> row : t.rows()) {
            out.append(line(t, row, widths));
        }
        return out.toString();
    }

    private static String line(Table t, List<String> cells, int[] widths) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            String pad = " ".repeat(widths[i] - cell.length());
            out.append(i == 0 ? "" : GAP).append(t.isNumeric(i) ? pad + cell : cell + pad);
        }
        return out.toString().stripTrailing() + "\n";
    }

    /**
     * Too wide for a grid: each row becomes a bullet led by its longest column (the "what"),
     * with the other columns as "Header: value" pairs under it. A leading "#" column numbers
     * the bullets instead.
     */
    private static String records(Table t) {
        boolean numbered = t.headers().get(0).equals("#");
        int lead = leadColumn(t, numbered ? 1 : 0);
        StringBuilder out = new StringBuilder();
        for (List<String> row : t.rows()) {
            String bullet = numbered ? row.get(0) + ". " : "- ";
            out.append(String.join("\n", wrap(row.get(lead), bullet, " ".repeat(bullet.length())))).append('\n');
            List<String> pairs = new ArrayList<>();
            for (int i = numbered ? 1 : 0; i < row.size(); i++) {
                if (i != lead && !row.get(i).isEmpty()) {
                    pairs.add(t.headers().get(i) + ": " + row.get(i));
                }
            }
            if (!pairs.isEmpty()) {
                String indent = " ".repeat(bullet.length() + 2);
                out.append(String.join("\n", wrap(String.join(" · ", pairs), indent, indent))).append('\n');
            }
        }
        return out.toString();
    }

    private static int leadColumn(Table t, int from) {
        int lead = from;
        int longest = -1;
        for (int i = from; i < t.headers().size(); i++) {
            int width = 0;
            for (List<String> row : t.rows()) {
                width = Math.max(width, row.get(i).length());
            }
            if (width > longest) {
                longest = width;
                lead = i;
            }
        }
        return lead;
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
