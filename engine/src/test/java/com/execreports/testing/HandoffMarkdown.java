package com.execreports.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test-data builder for handoff markdown (SPEC §1): front matter plus level-2 sections, with the
 * 1-based line of any fragment so that tests state exact warning lines without counting by hand.
 */
public final class HandoffMarkdown {
    private final Map<String, String> front = new LinkedHashMap<>();
    private List<String> rawFrontMatter;
    private final List<String> body = new ArrayList<>();
    private String lineEnding = "\n";
    private boolean bom;

    private HandoffMarkdown(String entity) {
        front.put("entity", entity);
        front.put("name", "Test entity " + entity);
        front.put("kind", "charter");
        front.put("period", "2026-10");
        front.put("accounting_system", "none");
    }

    /** A valid handoff for {@code entity}, period 2026-10, kind charter, with no sections yet. */
    public static HandoffMarkdown handoff(String entity) {
        return new HandoffMarkdown(entity);
    }

    /** Sets a front-matter key; {@code null} leaves the key out. */
    public HandoffMarkdown front(String key, String value) {
        if (value == null) {
            front.remove(key);
        } else {
            front.put(key, value);
        }
        return this;
    }

    /** Replaces the whole front matter, delimiters included, by these lines (none: no front matter). */
    public HandoffMarkdown rawFrontMatter(String... lines) {
        rawFrontMatter = List.of(lines);
        return this;
    }

    /** A table section: {@code header} and {@code rows} are cells separated by '|', without outer bars. */
    public HandoffMarkdown table(String section, String header, String... rows) {
        heading(section);
        body.add(bar(header));
        body.add(bar(String.join("|", Arrays.stream(header.split("\\|", -1)).map(c -> "---").toList())));
        for (String row : rows) {
            body.add(bar(row));
        }
        body.add("");
        return this;
    }

    /** A bullet-list section; each bullet is written after "- ". */
    public HandoffMarkdown bullets(String section, String... bullets) {
        heading(section);
        for (String bullet : bullets) {
            body.add("- " + bullet);
        }
        body.add("");
        return this;
    }

    /** A section of free lines, written as given. */
    public HandoffMarkdown text(String section, String... lines) {
        heading(section);
        body.addAll(List.of(lines));
        body.add("");
        return this;
    }

    public HandoffMarkdown crlf() {
        lineEnding = "\r\n";
        return this;
    }

    public HandoffMarkdown bom() {
        bom = true;
        return this;
    }

    private void heading(String section) {
        body.add("## " + section);
        body.add("");
    }

    private static String bar(String cells) {
        return "| " + cells.strip() + " |";
    }

    /** The lines of the file, without line endings. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        if (rawFrontMatter != null) {
            lines.addAll(rawFrontMatter);
        } else {
            lines.add("---");
            front.forEach((k, v) -> lines.add(k + ": " + v));
            lines.add("---");
        }
        lines.add("");
        lines.add("# Handoff");
        lines.add("");
        lines.addAll(body);
        return lines;
    }

    /** The 1-based line of the only line containing {@code fragment}. */
    public int lineOf(String fragment) {
        List<String> lines = lines();
        int found = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(fragment)) {
                if (found >= 0) {
                    throw new IllegalArgumentException("'" + fragment + "' is on more than one line");
                }
                found = i + 1;
            }
        }
        if (found < 0) {
            throw new IllegalArgumentException("'" + fragment + "' is on no line");
        }
        return found;
    }

    public String text() {
        return String.join(lineEnding, lines()) + lineEnding;
    }

    public byte[] bytes() {
        byte[] text = text().getBytes(StandardCharsets.UTF_8);
        if (!bom) {
            return text;
        }
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        return withBom;
    }
}
