package com.execreports.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The month a report describes, written {@code YYYY-MM} everywhere (front matter, table cells,
 * {@code --period}, the invocation event, queued jobs), and the one rule for the default period:
 * the month before the current one, in UTC.
 */
public final class ReportingPeriod {
    /** {@code YYYY-MM} with a month from 01 to 12. */
    public static final Pattern PATTERN = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");

    private ReportingPeriod() {}

    /** Whether {@code text} is a month in {@code YYYY-MM} form. */
    public static boolean matches(String text) {
        return text != null && PATTERN.matcher(text).matches();
    }

    /** The month {@code text} names, or empty when it is not in {@code YYYY-MM} form. */
    public static Optional<YearMonth> parse(String text) {
        return matches(text) ? Optional.of(YearMonth.parse(text)) : Optional.empty();
    }

    /** The month before the one {@code time} falls in, in UTC: what a run reports on by default. */
    public static YearMonth before(Instant time) {
        return YearMonth.from(time.atZone(ZoneOffset.UTC)).minusMonths(1);
    }

    /** The month before the current one of {@code clock}, in UTC. */
    public static YearMonth previous(Clock clock) {
        return before(clock.instant());
    }
}
