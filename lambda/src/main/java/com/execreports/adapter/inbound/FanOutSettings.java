package com.execreports.adapter.inbound;

import com.execreports.domain.ConfigurationException;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a run hands its reports to workers (set by the CDK stack when fan-out is deployed).
 *
 * @param queueUrl the report queue ({@code REPORT_QUEUE_URL}); empty: every run builds its reports itself
 * @param threshold a run of more selected reports than this is dispatched ({@code FANOUT_THRESHOLD}, default 200)
 */
public record FanOutSettings(Optional<String> queueUrl, int threshold) {
    public static final int DEFAULT_THRESHOLD = 200;
    public static final FanOutSettings OFF = new FanOutSettings(Optional.empty(), DEFAULT_THRESHOLD);

    public FanOutSettings {
        if (threshold < 0) {
            throw new ConfigurationException("FANOUT_THRESHOLD must be 0 or more, not " + threshold);
        }
    }

    public static FanOutSettings fromEnvironment(Map<String, String> env) {
        String url = env.get(FunctionEnvironment.REPORT_QUEUE_URL);
        String threshold = env.get(FunctionEnvironment.FANOUT_THRESHOLD);
        try {
            return new FanOutSettings(Optional.ofNullable(url).map(String::strip).filter(u -> !u.isEmpty()),
                    threshold == null || threshold.isBlank() ? DEFAULT_THRESHOLD : Integer.parseInt(threshold.strip()));
        } catch (NumberFormatException e) {
            throw new ConfigurationException("FANOUT_THRESHOLD must be a whole number, not '" + threshold + "'");
        }
    }

    /** A run of {@code reports} selected reports goes to the queue. */
    public boolean dispatches(int reports) {
        return queueUrl.isPresent() && reports > threshold;
    }
}
