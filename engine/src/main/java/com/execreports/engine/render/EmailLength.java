package com.execreports.engine.render;

import com.execreports.engine.report.Chart;
import com.execreports.engine.report.Document;
import com.execreports.engine.report.Document.Block;
import com.execreports.engine.report.Document.Bullets;
import com.execreports.engine.report.Document.Paragraph;
import com.execreports.engine.report.Document.Section;
import com.execreports.engine.report.Document.SubHeading;
import com.execreports.engine.report.Document.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * The email of a report that attaches its PDF copy is the short version: the first screen
 * (headline, decisions and deadlines, key figures, charts), then the sections in their fixed
 * order for as long as they fit {@link #BUDGET} pixels at 700 px, each long table showing its
 * first {@link #ROWS} rows (the builders put the most important first); what does not fit, and
 * every appendix, is named at the end as being in the PDF, which has everything. The text part
 * is never shortened.
 *
 * <p>The heights are an estimate from character counts at the layout of {@code report.jte}
 * (608 px of text, 14 px Arial); the browser test {@code EmailLayoutInBrowserTest} measures
 * the real thing against 2,500 px, so the estimate aims lower.
 */
public final class EmailLength {
    /** Estimated pixels the email may take at 700 px. */
    public static final int BUDGET = 2400;
    /** Rows a table shows in the email before "and N more in the attached PDF". */
    public static final int ROWS = 5;
    private static final double LINE_CHARS = 82;
    private static final double DETAIL_CHARS = 96;

    private EmailLength() {}

    /** The email version of {@code doc}; {@code where} names the PDF ("the attached PDF"). */
    public static Document fit(Document doc, String where) {
        int used = firstScreen(doc);
        List<Section> kept = new ArrayList<>();
        List<String> elsewhere = new ArrayList<>();
        boolean full = false;
        List<Section> footers = new ArrayList<>();
        for (Section section : doc.orderedSections()) {
            if (section.footer()) {
                footers.add(section);
                continue;
            }
            if (section.appendix()) {
                elsewhere.add(section.heading());
                continue;
            }
            Section shortened = shortened(section, where);
            int height = height(shortened);
            if (!full && used + height <= BUDGET - pointer(elsewhere.size() + 1)) {
                kept.add(shortened);
                used += height;
            } else {
                full = true;
                elsewhere.add(section.heading());
            }
        }
        if (!elsewhere.isEmpty()) {
            kept.add(new Section("In the attached PDF", List.of(
                    new Paragraph("The full report is in " + where + ", with these sections too:"),
                    new Bullets(elsewhere))));
        }
        kept.addAll(footers);
        return doc.withSections(kept);
    }

    /**
     * {@code doc} with every table cut to its first {@code rows} rows and a line saying where the
     * rest is: the PDF copy's bound, so that a handoff with tens of thousands of rows never has a
     * PDF laid out row by row (openhtmltopdf takes minutes and gigabytes for that).
     */
    public static Document capped(Document doc, int rows, String where) {
        return doc.withSections(doc.sections().stream().map(s -> shortened(s, where, rows)).toList());
    }

    /** A table longer than {@link #ROWS} shows its first rows, its total row, and how many more there are. */
    static Section shortened(Section section, String where) {
        return shortened(section, where, ROWS);
    }

    private static Section shortened(Section section, String where, int limit) {
        List<Block> blocks = new ArrayList<>();
        for (Block block : section.blocks()) {
            if (block instanceof Table t && t.bodyRows().size() > limit) {
                List<List<String>> rows = new ArrayList<>(t.bodyRows().subList(0, limit));
                if (t.total()) {
                    rows.add(t.rows().get(t.rows().size() - 1));
                }
                blocks.add(new Table(t.headers(), t.numeric(), rows, t.empty(), t.leadColumn(), t.total()));
                int more = t.bodyRows().size() - limit;
                blocks.add(new Paragraph("And " + more + " more" + " in " + where + "."));
            } else {
                blocks.add(block);
            }
        }
        return new Section(section.heading(), blocks, section.appendix(), section.footer());
    }

    static int firstScreen(Document doc) {
        int height = 24 + 70 + lines(doc.summary(), 70) * 22 + 14;
        for (String notice : doc.notices()) {
            height += lines(notice, 85) * 19 + 24;
        }
        if (doc.decisions() != null) {
            height += height(doc.decisions());
        }
        int figures = doc.keyFigures().size();
        height += figures == 0 ? 0 : ((figures + 3) / 4) * 76 + 12;
        for (Chart chart : doc.charts()) {
            height += ChartLayout.height(chart) * 608 / ChartLayout.WIDTH + 46;
        }
        return height + 60;
    }

    static int pointer(int sections) {
        return sections == 0 ? 0 : 90 + 20 * sections;
    }

    static int height(Section section) {
        int height = 42;
        for (Block block : section.blocks()) {
            if (block instanceof Paragraph p) {
                height += lines(p.text(), LINE_CHARS) * 20 + 8;
            } else if (block instanceof SubHeading) {
                height += 34;
            } else if (block instanceof Bullets b) {
                for (String item : b.items()) {
                    height += lines(item, LINE_CHARS - 4) * 20;
                }
                height += 10;
            } else if (block instanceof Table t) {
                height += table(t);
            }
        }
        return height;
    }

    static int table(Table t) {
        if (t.rows().isEmpty()) {
            return t.empty().isEmpty() ? 0 : lines(t.empty(), LINE_CHARS) * 20 + 8;
        }
        if (t.grid()) {
            return 26 + t.rows().size() * 28 + 8;
        }
        int height = 8;
        for (int r = 0; r < t.rows().size(); r++) {
            int details = String.join(" · ", HtmlLayout.details(t, r)).length();
            height += lines(HtmlLayout.lead(t, r), LINE_CHARS) * 19 + (details == 0 ? 0 : lines(details, DETAIL_CHARS) * 16)
                    + 10;
        }
        return height;
    }

    private static int lines(String text, double perLine) {
        return lines(text.length(), perLine);
    }

    private static int lines(int chars, double perLine) {
        return Math.max(1, (int) Math.ceil(chars / perLine));
    }
}
