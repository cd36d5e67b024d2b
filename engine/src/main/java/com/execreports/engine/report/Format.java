package com.execreports.engine.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;

/** How numbers, ranges and dates read in every report: one place, so all reports agree. */
public final class Format {
    private Format() {}

    public static String money(BigDecimal amount) {
        if (amount == null) {
            return "—";
        }
        boolean whole = amount.stripTrailingZeros().scale() <= 0;
        DecimalFormat format = new DecimalFormat(whole ? "#,##0" : "#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
        String text = format.format(amount.abs().setScale(whole ? 0 : 2, RoundingMode.HALF_UP));
        return (amount.signum() < 0 ? "-$" : "$") + text;
    }

    public static String moneyRange(BigDecimal min, BigDecimal max) {
        return min.compareTo(max) == 0 ? money(min) : money(min) + "–" + money(max);
    }

    public static String count(long value) {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.US)).format(value);
    }

    public static String number(BigDecimal value) {
        if (value == null) {
            return "—";
        }
        return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.US)).format(value);
    }

    public static String plural(long n, String singular, String plural) {
        return count(n) + " " + (n == 1 ? singular : plural);
    }

    public static String month(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL, Locale.US) + " " + month.getYear();
    }

    public static String date(LocalDate date) {
        return date.toString();
    }

    /** Due dates count from the first day after the reported month: the day the report goes out. */
    public static LocalDate dueDate(YearMonth period, int dueDays) {
        return period.plusMonths(1).atDay(1).plusDays(dueDays);
    }
}
