package com.execreports.engine.report;

import com.execreports.engine.ScopedView;
import java.math.BigDecimal;
import com.execreports.domain.ReportingPeriod;
import java.util.Map;
import java.util.function.Function;

/**
 * What a builder is given: the scoped view, and the same report's figures over the entities'
 * previous handoffs (SPEC §8.6), for "7, was 11".
 *
 * @param previousPeriod the latest period among the previous handoffs; {@code null} when none has one
 * @param previous the previous report's numeric figures by name; empty in a first month
 */
public record Context(ScopedView view, ReportingPeriod previousPeriod, Map<String, Object> previous) {
    public Context {
        previous = Map.copyOf(previous);
    }

    /** A view with nothing before it: the previous report's own context. */
    static Context first(ScopedView view) {
        return new Context(view, null, Map.of());
    }

    /** {@code current}, followed by ", was X" when the figure had a previous value. */
    String was(String current, String figure, Function<BigDecimal, String> format) {
        Object before = previous.get(figure);
        if (!(before instanceof Number n)) {
            return current;
        }
        return current + ", was " + format.apply(new BigDecimal(n.toString()));
    }

    /** As {@link #was}, for a min..max figure pair. */
    String wasRange(String current, String min, String max) {
        Object low = previous.get(min);
        Object high = previous.get(max);
        if (!(low instanceof Number l) || !(high instanceof Number h)) {
            return current;
        }
        return current + ", was " + Format.moneyRange(new BigDecimal(l.toString()), new BigDecimal(h.toString()));
    }

    /** As {@link #wasRange}, for a signed net result. */
    String wasNet(String current, String min, String max) {
        Object low = previous.get(min);
        Object high = previous.get(max);
        if (!(low instanceof Number l) || !(high instanceof Number h)) {
            return current;
        }
        return current + ", was " + Format.signedRange(new BigDecimal(l.toString()), new BigDecimal(h.toString()));
    }
}
