package com.execreports.adapter.inbound;

import com.execreports.domain.ConfigurationException;
import java.util.Map;

/**
 * What a fan-out worker needs to know beyond {@link LambdaSettings}, set by the CDK stack.
 *
 * @param concurrency how many workers may send at once ({@code WORKER_CONCURRENCY}, the worker's
 *                    reserved concurrency; default {@value #DEFAULT_CONCURRENCY}): each paces its
 *                    sends at this share of the account's SES rate
 */
public record WorkerSettings(int concurrency) {
    public static final int DEFAULT_CONCURRENCY = 5;

    public WorkerSettings {
        if (concurrency < 1) {
            throw new ConfigurationException(FunctionEnvironment.WORKER_CONCURRENCY + " must be 1 or more, not "
                    + concurrency);
        }
    }

    public static WorkerSettings fromEnvironment(Map<String, String> env) {
        String value = env.get(FunctionEnvironment.WORKER_CONCURRENCY);
        try {
            return new WorkerSettings(value == null || value.isBlank() ? DEFAULT_CONCURRENCY
                    : Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            throw new ConfigurationException(FunctionEnvironment.WORKER_CONCURRENCY + " must be a whole number, not '"
                    + value + "'");
        }
    }
}
