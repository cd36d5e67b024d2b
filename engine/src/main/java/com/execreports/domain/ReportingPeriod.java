package com.execreports.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The month a report describes, written {@code YYYY-MM} everywhere (front matter, table cells,
 * {@code --period}, the invocation event, queued jobs, JSON, file and ledger paths, subjects):
 * {@link #toString()} is that form and {@link #parse} reads only that form. Owns the one rule for
 * the default period: the month before the current one, in UTC.
 *
 * @param yearMonth the month, for date arithmetic and formatting
 */
public record ReportingPeriod(YearMonth yearMonth) implements Comparable<ReportingPeriod> {
    /** {@code YYYY-MM} with a month from 01 to 12. */
    public static final Pattern PATTERN = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");

    public ReportingPeriod {
        Objects.requireNonNull(yearMonth, "yearMonth");
    }

    public static ReportingPeriod of(int year, int month) {
        return new ReportingPeriod(YearMonth.of(year, month));
    }

    /** Whether {@code text} is a month in {@code YYYY-MM} form. */
    public static boolean matches(String text) {
        return text != null && PATTERN.matcher(text).matches();
    }

    /** The month {@code text} names, or empty when it is not in {@code YYYY-MM} form. */
    public static Optional<ReportingPeriod> parse(String text) {
        return matches(text) ? Optional.of(new ReportingPeriod(YearMonth.parse(text))) : Optional.empty();
    }

    /**
     * The month {@code text} names, for text this program wrote itself (queued jobs, a run's
     * summary): anything else there is a bug, not bad input.
     *
     * @throws IllegalArgumentException when {@code text} is not in {@code YYYY-MM} form
     */
    public static ReportingPeriod of(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException(
                "'" + text + "' is not a month in YYYY-MM form"));
    }

    /** The month before the one {@code time} falls in, in UTC: what a run reports on by default. */
    public static ReportingPeriod before(Instant time) {
        return new ReportingPeriod(YearMonth.from(time.atZone(ZoneOffset.UTC))).previous();
    }

    /** The month before the current one of {@code clock}, in UTC. */
    public static ReportingPeriod before(Clock clock) {
        return before(clock.instant());
    }

    public ReportingPeriod previous() {
        return minusMonths(1);
    }

    public ReportingPeriod next() {
        return plusMonths(1);
    }

    public ReportingPeriod minusMonths(long months) {
        return new ReportingPeriod(yearMonth.minusMonths(months));
    }

    public ReportingPeriod plusMonths(long months) {
        return new ReportingPeriod(yearMonth.plusMonths(months));
    }

    public LocalDate firstDay() {
        return yearMonth.atDay(1);
    }

    public LocalDate lastDay() {
        return yearMonth.atEndOfMonth();
    }

    public int year() {
        return yearMonth.getYear();
    }

    public Month month() {
        return yearMonth.getMonth();
    }

    public boolean isBefore(ReportingPeriod other) {
        return yearMonth.isBefore(other.yearMonth);
    }

    public boolean isAfter(ReportingPeriod other) {
        return yearMonth.isAfter(other.yearMonth);
    }

    @Override
    public int compareTo(ReportingPeriod other) {
        return yearMonth.compareTo(other.yearMonth);
    }

    /** {@code YYYY-MM}: the form every file, path, key and subject uses. */
    @Override
    public String toString() {
        return yearMonth.toString();
    }
}
