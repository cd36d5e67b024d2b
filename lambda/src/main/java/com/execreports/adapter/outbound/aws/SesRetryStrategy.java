package com.execreports.adapter.outbound.aws;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.retries.StandardRetryStrategy;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;

/**
 * Retries for SES sends. A send is repeated only when SES answered without sending (throttling, a
 * 5xx) or when the connection never opened. A timeout or a broken connection after the request
 * was written is not retried: SES may have accepted the message, and a retry could send it twice.
 * The SDK's defaults are switched off because they retry every {@link java.io.IOException}.
 *
 * <p>Waits between attempts are exponential with full jitter (the SDK's
 * {@link BackoffStrategy#exponentialDelay}): before attempt n a random time in
 * [0, min(cap, base × 2^(n-2))), so runs throttled together do not retry in step. Throttling
 * starts from a longer base than a 5xx, since SES's rate needs time to recover.
 */
final class SesRetryStrategy {
    static final int MAX_ATTEMPTS = 4;
    static final BackoffStrategy BACKOFF = BackoffStrategy.exponentialDelay(Duration.ofMillis(100), Duration.ofSeconds(5));
    static final BackoffStrategy THROTTLING_BACKOFF =
            BackoffStrategy.exponentialDelay(Duration.ofMillis(500), Duration.ofSeconds(20));

    private SesRetryStrategy() {}

    static RetryStrategy create() {
        return StandardRetryStrategy.builder()
                .useClientDefaults(false)
                .maxAttempts(MAX_ATTEMPTS)
                .retryOnException(SesRetryStrategy::safeToRetry)
                .treatAsThrottling(SesRetryStrategy::isThrottling)
                .backoffStrategy(BACKOFF)
                .throttlingBackoffStrategy(THROTTLING_BACKOFF)
                .circuitBreakerEnabled(false)
                .build();
    }

    static boolean safeToRetry(Throwable failure) {
        if (failure instanceof SdkServiceException e) {
            return isThrottling(e) || e.statusCode() >= 500;
        }
        return neverSent(failure);
    }

    private static boolean isThrottling(Throwable failure) {
        return failure instanceof SdkServiceException e && e.isThrottlingException();
    }

    /** True when the request cannot have reached SES: no connection was ever made. */
    static boolean neverSent(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException
                    || t instanceof NoRouteToHostException) {
                return true;
            }
            // HttpURLConnection reports a connect timeout as a SocketTimeoutException; only the
            // message tells it apart from a read timeout, when the request may have arrived
            if (t instanceof SocketTimeoutException && t.getMessage() != null
                    && t.getMessage().toLowerCase(Locale.ROOT).contains("connect timed out")) {
                return true;
            }
        }
        return false;
    }
}
