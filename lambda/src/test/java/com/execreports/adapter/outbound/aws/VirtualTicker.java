package com.execreports.adapter.outbound.aws;

import java.util.ArrayList;
import java.util.List;

/** Time for a {@link SendPacer} that advances by each sleep instead of sleeping; records every wait. */
public final class VirtualTicker implements SendPacer.Ticker {
    private long now = 1_000_000_000L;
    private final List<Long> sleeps = new ArrayList<>();

    @Override
    public synchronized long nanoTime() {
        return now;
    }

    @Override
    public synchronized void sleep(long nanos) {
        sleeps.add(nanos);
        now += nanos;
    }

    /** Time passing between sends, as the sending itself would take. */
    public synchronized void advanceMillis(long millis) {
        now += millis * 1_000_000L;
    }

    /** Every wait so far, in milliseconds, rounded to the nearest. */
    public synchronized List<Long> sleepsMillis() {
        return sleeps.stream().map(n -> Math.round(n / 1e6)).toList();
    }

    public synchronized long totalSleptMillis() {
        return Math.round(sleeps.stream().mapToLong(Long::longValue).sum() / 1e6);
    }
}
