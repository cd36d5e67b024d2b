package com.execreports.engine.parse;

import com.execreports.domain.ReportingPeriod;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads typed values out of table cells (SPEC §1, §7). A bad value raises {@link BadCell} with a
 * message that names the column but never quotes the cell, since cells may hold anything.
 */
final class Cells {
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    /** '$', ',' and spaces are allowed inside money and counts: "$1,200", "3 676". */
    private static final Pattern NUMBER_NOISE = Pattern.compile("[$,\\s\\u00A0]");
    /**
     * Bounds on every number read (issue 16): a magnitude up to a trillion and four decimal places
     * are more than any handoff needs, and keep every figure computed from them (sums over every
     * row, break-even = burn ÷ margin) far from overflow. A number outside them is a bad cell.
     */
    static final BigDecimal MAX_MAGNITUDE = new BigDecimal("1000000000000");
    static final int MAX_DECIMALS = 4;
    /** Whole numbers (days, counts, ranks): up to a billion. */
    static final long MAX_WHOLE = 1_000_000_000L;

    private Cells() {}

    static final class BadCell extends Exception {
        BadCell(String message) {
            super(message, null, false, false);
        }
    }

    static boolean blank(String cell) {
        return cell == null || cell.isBlank();
    }

    static Optional<BigDecimal> optionalNumber(String column, String cell) throws BadCell {
        if (blank(cell)) {
            return Optional.empty();
        }
        String cleaned = NUMBER_NOISE.matcher(cell).replaceAll("");
        if (cleaned.startsWith("-$")) {
            cleaned = "-" + cleaned.substring(2);
        }
        if (cleaned.length() > 40 || !NUMBER.matcher(cleaned).matches()) {
            throw new BadCell(column + " is not a number");
        }
        BigDecimal value = new BigDecimal(cleaned).stripTrailingZeros();
        if (value.abs().compareTo(MAX_MAGNITUDE) > 0) {
            throw new BadCell(column + " is out of range (at most 1,000,000,000,000 either way)");
        }
        if (value.scale() > MAX_DECIMALS) {
            throw new BadCell(column + " has more than " + MAX_DECIMALS + " decimal places");
        }
        return Optional.of(new BigDecimal(cleaned));
    }

    static BigDecimal number(String column, String cell) throws BadCell {
        return optionalNumber(column, cell).orElseThrow(() -> new BadCell(column + " is required"));
    }

    static Optional<Long> optionalWhole(String column, String cell) throws BadCell {
        Optional<BigDecimal> value = optionalNumber(column, cell);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            long whole = value.get().longValueExact();
            if (Math.abs(whole) > MAX_WHOLE) {
                throw new BadCell(column + " is out of range (at most 1,000,000,000 either way)");
            }
            return Optional.of(whole);
        } catch (ArithmeticException notWhole) {
            throw new BadCell(column + " is not a whole number");
        }
    }

    static long whole(String column, String cell) throws BadCell {
        return optionalWhole(column, cell).orElseThrow(() -> new BadCell(column + " is required"));
    }

    static ReportingPeriod month(String column, String cell) throws BadCell {
        if (blank(cell)) {
            throw new BadCell(column + " is required");
        }
        String trimmed = cell.trim();
        if (!ReportingPeriod.matches(trimmed)) {
            throw new BadCell(column + " is not a month in YYYY-MM form");
        }
        return ReportingPeriod.of(trimmed);
    }

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** A date in YYYY-MM-DD form; blank = absent. */
    static Optional<java.time.LocalDate> date(String column, String cell) throws BadCell {
        if (blank(cell)) {
            return Optional.empty();
        }
        String trimmed = cell.trim();
        try {
            if (DATE.matcher(trimmed).matches()) {
                return Optional.of(java.time.LocalDate.parse(trimmed));
            }
        } catch (java.time.format.DateTimeParseException invalid) {
            // falls through to the same message as any other bad date
        }
        throw new BadCell(column + " is not a date in YYYY-MM-DD form");
    }

    static String required(String column, String cell) throws BadCell {
        if (blank(cell)) {
            throw new BadCell(column + " is required");
        }
        return cell.trim();
    }

    static String optional(String cell) {
        return blank(cell) ? null : cell.trim();
    }

    /** yes/no; blank gives {@code whenBlank}; anything else is a bad cell. */
    static boolean yesNo(String column, String cell, boolean whenBlank) throws BadCell {
        if (blank(cell)) {
            return whenBlank;
        }
        return switch (cell.trim().toLowerCase(Locale.ROOT)) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw new BadCell(column + " must be yes or no");
        };
    }

    static <T> T vocabulary(String column, String cell, Optional<T> parsed) throws BadCell {
        if (parsed.isPresent()) {
            return parsed.get();
        }
        throw new BadCell(blank(cell) ? column + " is required" : column + " has an unknown value");
    }
}
