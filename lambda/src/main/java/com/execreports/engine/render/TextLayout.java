package com.execreports.engine.render;

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

    /** Too wide for a grid: each row becomes a bullet with "Header: value" lines under it. */
    private static String records(Table t) {
        StringBuilder out = new StringBuilder();
        for (List<String> row : t.rows()) {
            out.append(String.join("\n", wrap(row.get(0), "- ", "  "))).append('\n');
            for (int i = 1; i < row.size(); i++) {
                if (row.get(i).isEmpty()) {
                    continue;
                }
                out.append(String.join("\n", wrap(t.headers().get(i) + ": " + row.get(i), "    ", "      ")))
                        .append('\n');
            }
        }
        return out.toString();
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
