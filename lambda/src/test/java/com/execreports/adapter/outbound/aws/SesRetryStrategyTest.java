package com.execreports.adapter.outbound.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.retries.api.BackoffStrategy;

/**
 * The waits between SES attempts are exponential with full jitter: each is drawn anew from
 * [0, base × 2^(attempt-2)), capped, so two runs throttled at once do not retry in step.
 */
class SesRetryStrategyTest {

    @ParameterizedTest(name = "{0}, attempt {1}: below {2} ms")
    @CsvSource({
        "5xx, 2, 100", "5xx, 3, 200", "5xx, 4, 400",
        "throttling, 2, 500", "throttling, 3, 1000", "throttling, 4, 2000"})
    void eachWaitIsDrawnFromZeroToAnExponentialCeiling(String kind, int attempt, long ceilingMillis) {
        BackoffStrategy backoff = kind.equals("throttling") ? SesRetryStrategy.THROTTLING_BACKOFF : SesRetryStrategy.BACKOFF;

        Set<Long> waits = new HashSet<>();
        IntStream.range(0, 400).forEach(i -> waits.add(backoff.computeDelay(attempt).toMillis()));

        assertThat(waits).allSatisfy(w -> assertThat(w).isBetween(0L, ceilingMillis - 1));
        // jitter: many different waits, spread over the whole range, not one fixed delay
        assertThat(waits.size()).isGreaterThan((int) Math.min(ceilingMillis / 4, 50));
        assertThat(waits.stream().mapToLong(Long::longValue).min().orElseThrow()).isLessThan(ceilingMillis / 4);
        assertThat(waits.stream().mapToLong(Long::longValue).max().orElseThrow()).isGreaterThan(ceilingMillis * 3 / 4);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"5xx", "throttling"})
    void theFirstAttemptDoesNotWait(String kind) {
        BackoffStrategy backoff = kind.equals("throttling") ? SesRetryStrategy.THROTTLING_BACKOFF : SesRetryStrategy.BACKOFF;

        assertThat(backoff.computeDelay(1)).isEqualTo(Duration.ZERO);
    }
}
