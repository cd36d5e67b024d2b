package com.execreports.adapter.inbound.lambda;

import com.execreports.application.port.KeySource;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Keys read at most once per {@code maxAge}. A fan-out worker runs one report per job, and a large
 * portfolio has hundreds of keys, ten to an SSM page: reading them for every job would multiply the
 * SSM calls by the number of reports. The dispatcher has just checked every key for the whole run,
 * so a worker using keys a few minutes old sends what that check approved.
 */
final class CachedKeySource implements KeySource {
    private final KeySource keys;
    private final Clock clock;
    private final Duration maxAge;
    private Map<String, String> values;
    private Instant readAt;

    CachedKeySource(KeySource keys, Clock clock, Duration maxAge) {
        this.keys = keys;
        this.clock = clock;
        this.maxAge = maxAge;
    }

    @Override
    public String describe() {
        return keys.describe();
    }

    @Override
    public synchronized Map<String, String> load() throws IOException {
        Instant now = clock.instant();
        if (values == null || !now.isBefore(readAt.plus(maxAge))) {
            values = Map.copyOf(keys.load());
            readAt = now;
        }
        return values;
    }
}
