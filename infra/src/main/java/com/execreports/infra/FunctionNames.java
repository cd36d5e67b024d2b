package com.execreports.infra;

/**
 * The names the deployed function must agree with: the handlers the stack points at and the
 * environment variables it sets. Written here once for the whole stack; the lambda module's
 * {@code DeploymentDriftTest} reads this file and fails when a handler is not a real handler class
 * or when a name here is not one the function reads (and the other way round).
 */
final class FunctionNames {
    private FunctionNames() {}

    /** The scheduled run (and console invocations). */
    static final String HANDLER = "com.execreports.adapter.inbound.lambda.ReportsHandler::handleRequest";
    /** The fan-out worker, fed by the report queue. */
    static final String WORKER_HANDLER = "com.execreports.adapter.inbound.lambda.ReportWorkerHandler::handleRequest";

    static final String HANDOFF_BUCKET = "HANDOFF_BUCKET";
    static final String HANDOFF_PREFIX = "HANDOFF_PREFIX";
    static final String ARCHIVE_PREFIX = "ARCHIVE_PREFIX";
    static final String LEDGER_PREFIX = "LEDGER_PREFIX";
    static final String CONFIG_SSM_PREFIX = "CONFIG_SSM_PREFIX";
    static final String INSPECT_AWS = "INSPECT_AWS";
    static final String REPORT_QUEUE_URL = "REPORT_QUEUE_URL";
    static final String FANOUT_THRESHOLD = "FANOUT_THRESHOLD";
    static final String WORKER_CONCURRENCY = "WORKER_CONCURRENCY";
}
