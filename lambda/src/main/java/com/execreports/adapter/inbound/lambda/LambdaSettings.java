package com.execreports.adapter.inbound.lambda;

import com.execreports.adapter.inbound.FunctionEnvironment;
import com.execreports.domain.ConfigurationException;
import java.util.Map;

/**
 * The function's environment (set by the CDK stack), read once per container.
 *
 * @param handoffBucket the bucket holding handoffs, archive and ledger ({@code HANDOFF_BUCKET}, required)
 * @param handoffPrefix where handoffs and {@code reports.yml} are ({@code HANDOFF_PREFIX}, default {@code handoffs/})
 * @param configSsmPrefix the SSM path of the SPEC §4 keys ({@code CONFIG_SSM_PREFIX}, default {@code /exec-reports/})
 * @param archivePrefix where each run's files go ({@code ARCHIVE_PREFIX}, default {@code archive/})
 * @param ledgerPrefix where the delivery ledger is kept ({@code LEDGER_PREFIX}, default {@code ledger/})
 * @param sesConfigurationSet the SES configuration set the stack created ({@code SES_CONFIGURATION_SET}), or
 *                            {@code null}; every SES send names it
 * @param alarmTopicArn where the delivery-event handler publishes a permanent bounce or a complaint
 *                      ({@code ALARM_TOPIC_ARN}), or {@code null}
 */
public record LambdaSettings(String handoffBucket, String handoffPrefix, String configSsmPrefix, String archivePrefix,
                             String ledgerPrefix, String sesConfigurationSet, String alarmTopicArn) {
    public LambdaSettings(String handoffBucket, String handoffPrefix, String configSsmPrefix, String archivePrefix,
                          String ledgerPrefix) {
        this(handoffBucket, handoffPrefix, configSsmPrefix, archivePrefix, ledgerPrefix, null, null);
    }

    public LambdaSettings {
        if (handoffBucket == null || handoffBucket.isBlank()) {
            throw new ConfigurationException("HANDOFF_BUCKET is not set: the function's environment must name the"
                    + " bucket that holds the handoffs");
        }
    }

    public static LambdaSettings fromEnvironment(Map<String, String> env) {
        return new LambdaSettings(env.get(FunctionEnvironment.HANDOFF_BUCKET),
                orDefault(env, FunctionEnvironment.HANDOFF_PREFIX, "handoffs/"),
                orDefault(env, FunctionEnvironment.CONFIG_SSM_PREFIX, "/exec-reports/"),
                orDefault(env, FunctionEnvironment.ARCHIVE_PREFIX, "archive/"),
                orDefault(env, FunctionEnvironment.LEDGER_PREFIX, "ledger/"),
                orDefault(env, FunctionEnvironment.SES_CONFIGURATION_SET, null),
                orDefault(env, FunctionEnvironment.ALARM_TOPIC_ARN, null));
    }

    private static String orDefault(Map<String, String> env, String key, String fallback) {
        String value = env.get(key);
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
