package com.execreports.engine.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The data of one small chart, built by a report builder from the same figures its tables and
 * JSON show. Pure data: drawing it is {@code engine.render.ChartRenderer}'s job, and its
 * description (the alt text, and the lines of the text part) is derived here from the very
 * numbers that are drawn, so picture, alt text and text part cannot disagree.
 *
 * @param name short id, [a-z0-9-]+, unique within a report: names the PNG file and Content-ID
 * @param title shown above the chart
 * @param categories the x-axis (or, for {@link Kind#HORIZONTAL_BARS}, the y-axis) labels
 * @param series one value per category each; a {@code null} value is drawn as a gap
 * @param markers horizontal reference lines and bands across the whole chart
 */
public record Chart(String name, String title, Kind kind, Unit unit, List<String> categories, List<Series> series,
                    List<Marker> markers) {
    public static final Pattern NAME = Pattern.compile("[a-z0-9-]+");

    public Chart {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(unit, "unit");
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("chart name must match [a-z0-9-]+");
        }
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        markers = List.copyOf(markers);
        for (Series s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException("series '" + s.name() + "' needs one value per category");
            }
        }
    }

    /** How the series are laid out. */
    public enum Kind {
        /** Vertical bars side by side per category; {@link Style#LINE} series are drawn over them. */
        BARS,
        /** Vertical bars stacked per category. */
        STACKED_BARS,
        /** Horizontal bars, one row per category: for long category labels. */
        HORIZONTAL_BARS
    }

    /** What the values measure; decides how they read on the axis, in the alt text and in the text part. */
    public enum Unit {
        MONEY, COUNT, PERCENT;

        public String format(BigDecimal value) {
            if (value == null) {
                return "no value";
            }
            return switch (this) {
                case MONEY -> Format.money(value);
                case COUNT -> Format.number(value);
                case PERCENT -> Format.number(value) + "%";
            };
        }
    }

    public enum Style { BAR, LINE }

    /**
     * The meaning of a series' colour; the renderer picks the colour. {@code ALERT} is for what
     * is wrong (critical findings, burn), {@code WARNING} and {@code CAUTION} for lesser problems,
     * {@code FAINT} for what is absent.
     */
    public enum Tone { PRIMARY, SECONDARY, ALERT, WARNING, CAUTION, MUTED, FAINT }

    public record Series(String name, Style style, Tone tone, List<BigDecimal> values) {
        public Series {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(style, "style");
            Objects.requireNonNull(tone, "tone");
            values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
        }

        public static Series bars(String name, Tone tone, List<BigDecimal> values) {
            return new Series(name, Style.BAR, tone, values);
        }
    }

    /** A reference line ({@code from == to}) or band across the value axis. */
    public record Marker(String label, BigDecimal from, BigDecimal to, Tone tone) {
        public Marker {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (from.compareTo(to) > 0) {
                throw new IllegalArgumentException("marker '" + label + "' runs backwards");
            }
        }

        public static Marker line(String label, BigDecimal at, Tone tone) {
            return new Marker(label, at, at, tone);
        }

        public boolean isLine() {
            return from.compareTo(to) == 0;
        }
    }

    /**
     * At most {@code max} categories: the ones with the largest values (summed over the series),
     * in their original order, and the title says so. A small chart of a 10,000-entity portfolio
     * shows its biggest entries; the tables below it hold every row.
     */
    public Chart limited(int max) {
        if (categories.size() <= max) {
            return this;
        }
        List<Integer> keep = java.util.stream.IntStream.range(0, categories.size()).boxed()
                .sorted(java.util.Comparator.comparing((Integer i) -> weight(i)).reversed()
                        .thenComparing(i -> i))
                .limit(max).sorted().toList();
        List<Series> kept = series.stream().map(s -> new Series(s.name(), s.style(), s.tone(),
                keep.stream().map(i -> s.values().get(i)).toList())).toList();
        return new Chart(name, title + " (the " + max + " largest of " + Format.count(categories.size()) + ")", kind,
                unit, keep.stream().map(categories::get).toList(), kept, markers);
    }

    private BigDecimal weight(int category) {
        return series.stream().map(s -> s.values().get(category)).filter(Objects::nonNull).map(BigDecimal::abs)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** False for a chart of nothing but zeros and gaps, which is not worth a picture. */
    public boolean hasData() {
        return series.stream().flatMap(s -> s.values().stream())
                .anyMatch(v -> v != null && v.signum() != 0);
    }

    /** One line per category: "2026-08: Revenue $32,200, Target $30,000". */
    public List<String> categoryLines() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < categories.size(); i++) {
            List<String> values = new ArrayList<>();
            for (Series s : series) {
                values.add((series.size() == 1 ? "" : s.name() + " ") + unit.format(s.values().get(i)));
            }
            lines.add(categories.get(i) + ": " + String.join(", ", values));
        }
        return lines;
    }

    /** The markers in words: "Burn range $7,000–$9,000; Break-even $9,000". Empty when there are none. */
    public String markerLine() {
        return String.join("; ", markers.stream().map(m -> m.label() + " " + (m.isLine() ? unit.format(m.from())
                : unit.format(m.from()) + "–" + unit.format(m.to()))).toList());
    }

    /** The alt text of the image: the title and every number the picture shows. */
    public String altText() {
        StringBuilder alt = new StringBuilder(title).append(". ");
        if (series.size() == 1) {
            alt.append(series.get(0).name()).append(". ");
        }
        alt.append(categories.isEmpty() ? "No data" : String.join("; ", categoryLines())).append('.');
        if (!markers.isEmpty()) {
            alt.append(' ').append(markerLine()).append('.');
        }
        return alt.toString();
    }
}
