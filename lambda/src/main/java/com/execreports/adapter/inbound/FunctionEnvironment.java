package com.execreports.adapter.inbound;

import com.execreports.application.RunKeys;
import java.util.Set;

/**
 * The environment variables the functions read, named once. The CDK stack sets them
 * ({@code infra/.../FunctionNames.java}); {@code DeploymentDriftTest} fails when the two lists differ.
 * The command line reads two of them too ({@code SES_CONFIGURATION_SET}, {@code INSPECT_*}), for
 * the same {@link RunSettings}.
 */
public final class FunctionEnvironment {
    private FunctionEnvironment() {}

    public static final String HANDOFF_BUCKET = "HANDOFF_BUCKET";
    public static final String HANDOFF_PREFIX = "HANDOFF_PREFIX";
    public static final String ARCHIVE_PREFIX = "ARCHIVE_PREFIX";
    public static final String LEDGER_PREFIX = "LEDGER_PREFIX";
    public static final String CONFIG_SSM_PREFIX = "CONFIG_SSM_PREFIX";
    public static final String REPORT_QUEUE_URL = "REPORT_QUEUE_URL";
    public static final String FANOUT_THRESHOLD = "FANOUT_THRESHOLD";
    public static final String WORKER_CONCURRENCY = "WORKER_CONCURRENCY";
    /**
     * The SES configuration set every send names (the stack's, {@code exec-reports}); a key of the
     * same name overrides it, hence one name for both.
     */
    public static final String SES_CONFIGURATION_SET = RunKeys.CONFIGURATION_SET;
    /** Where the delivery-event function publishes a permanent bounce or a complaint. */
    public static final String ALARM_TOPIC_ARN = "ALARM_TOPIC_ARN";

    /** Every name a function reads, {@code INSPECT_AWS} and {@code INSPECT_TAG_KEY} included. */
    public static final Set<String> ALL = Set.of(HANDOFF_BUCKET, HANDOFF_PREFIX, ARCHIVE_PREFIX, LEDGER_PREFIX,
            CONFIG_SSM_PREFIX, REPORT_QUEUE_URL, FANOUT_THRESHOLD, WORKER_CONCURRENCY, SES_CONFIGURATION_SET,
            ALARM_TOPIC_ARN, RunKeys.INSPECT_AWS, RunKeys.INSPECT_TAG_KEY);
}
