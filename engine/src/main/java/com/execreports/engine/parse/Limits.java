package com.execreports.engine.parse;

/**
 * How long a text read from a handoff may be, in one place (issue 16): what a report lays out
 * (names in charts, cells in tables, findings, narrative in a PDF) is bounded, and a cut text ends
 * in an ellipsis so a reader sees that it was cut.
 */
public final class Limits {
    /** Names and titles: the front matter's name, a section heading, a chart label. */
    public static final int LABEL = 120;
    /** One table cell. */
    public static final int CELL = 500;
    /** One finding. */
    public static final int ITEM = 2_000;
    /** The narrative of one section. */
    public static final int NARRATIVE = 20_000;

    private Limits() {}

    /** {@code text} when it is at most {@code max} characters, else its start and "…" ({@code max} in all). */
    public static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end).stripTrailing() + "…";
    }
}
