package com.execreports.adapter.inbound.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.execreports.application.port.KeySource;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CachedKeySourceTest {
    private Instant now = Instant.parse("2026-11-01T13:00:00Z");
    private final AtomicInteger reads = new AtomicInteger();

    private final KeySource counting = new KeySource() {
        @Override
        public String describe() {
            return "ssm:/exec-reports/";
        }

        @Override
        public Map<String, String> load() {
            return Map.of("READ", String.valueOf(reads.incrementAndGet()));
        }
    };

    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void readsTheKeysAgainOnlyOnceTheyAreOlderThanMaxAge() throws IOException {
        CachedKeySource keys = new CachedKeySource(counting, clock, Duration.ofMinutes(5));

        assertThat(keys.load()).containsEntry("READ", "1");
        now = now.plus(Duration.ofMinutes(4));
        assertThat(keys.load()).containsEntry("READ", "1");
        now = now.plus(Duration.ofMinutes(1));
        assertThat(keys.load()).containsEntry("READ", "2");
        assertThat(keys.describe()).isEqualTo("ssm:/exec-reports/");
    }
}
