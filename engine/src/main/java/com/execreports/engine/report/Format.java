package com.execreports.engine.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import com.execreports.domain.ReportingPeriod;
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

    /** A signed amount: "+$1,200", "-$300"; a result rather than a cost. */
    public static String signed(BigDecimal amount) {
        return (amount.signum() > 0 ? "+" : "") + money(amount);
    }

    /** A signed min..max result: "+$14,420 to +$16,420"; "to" because a dash reads as a minus here. */
    public static String signedRange(BigDecimal min, BigDecimal max) {
        return min.compareTo(max) == 0 ? signed(min) : signed(min) + " to " + signed(max);
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

    public static String month(ReportingPeriod month) {
        return month.month().getDisplayName(TextStyle.FULL, Locale.US) + " " + month.year();
    }

    public static String date(LocalDate date) {
        return date.toString();
    }

    /** Due dates count from the first day after the reported month: the day the report goes out. */
    public static LocalDate dueDate(ReportingPeriod period, int dueDays) {
        return period.next().firstDay().plusDays(dueDays);
    }
}
