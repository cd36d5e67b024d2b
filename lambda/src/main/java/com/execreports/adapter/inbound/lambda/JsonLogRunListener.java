package com.execreports.adapter.inbound.lambda;

import com.execreports.application.RunSummary;
import com.execreports.application.RunSummary.ReportOutcome;
import com.execreports.application.RunSummary.Status;
import com.execreports.application.port.RunListener;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import com.execreports.domain.ReportingPeriod;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One JSON log line per report and one per run, on stdout (CloudWatch Logs on Lambda), for metric
 * filters and Logs Insights. Lines carry counts, ids, statuses and error messages; never an
 * address list or a configuration value.
 */
public final class JsonLogRunListener implements RunListener {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PrintStream out;
    private final String requestId;
    private final long startedNanos = System.nanoTime();

    /** @param requestId the Lambda request id, or {@code null} */
    public JsonLogRunListener(PrintStream out, String requestId) {
        this.out = out;
        this.requestId = requestId;
    }

    @Override
    public void reportFinished(ReportOutcome o) {
        Map<String, Object> line = line(o.status() == Status.FAILED || o.status() == Status.IN_DOUBT ? "ERROR" : "INFO",
                "report");
        line.put("id", o.id());
        line.put("status", o.status().name().toLowerCase(Locale.ROOT));
        line.put("recipients", o.to().size() + o.cc().size() + o.bcc().size());
        line.put("message_id", o.messageId());
        line.put("provider_message_id", o.providerMessageId());
        line.put("error", o.error());
        write(line);
    }

    @Override
    public void runFinished(RunSummary s) {
        Map<String, Object> line = line(s.exitCode() == 0 ? "INFO" : "ERROR", "run");
        line.put("period", s.period().toString());
        line.put("reports", s.reports().size());
        for (Status status : Status.values()) {
            line.put(status.name().toLowerCase(Locale.ROOT), s.count(status));
        }
        line.put("warnings", s.warnings().size());
        if (s.previous() != null) {
            // report ids only: how last month's reports fared, as the summary says it
            line.put("last_month_delivery", s.previous().period().toString() + ": " + s.previous().line());
        }
        line.put("duration_ms", elapsedMillis());
        write(line);
    }

    /** A run that stopped before it finished: bad configuration or an unreachable service. */
    public void runFailed(ReportingPeriod period, Throwable failure) {
        Map<String, Object> line = line("ERROR", "run_failed");
        line.put("period", period == null ? null : period.toString());
        line.put("error_type", failure.getClass().getSimpleName());
        line.put("error", failure.getMessage());
        line.put("duration_ms", elapsedMillis());
        write(line);
    }

    /**
     * A fan-out job that is not a job, or whose run stopped. SQS offers it again, and moves it to
     * the dead-letter queue after the queue's maxReceiveCount.
     */
    public void jobFailed(String messageId, int receiveCount, Throwable failure) {
        Map<String, Object> line = line("ERROR", "job_failed");
        line.put("message_id", messageId);
        line.put("receive_count", receiveCount);
        line.put("error_type", failure.getClass().getSimpleName());
        line.put("error", failure.getMessage());
        write(line);
    }

    private Map<String, Object> line(String level, String event) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("level", level);
        line.put("event", event);
        if (requestId != null) {
            line.put("request_id", requestId);
        }
        return line;
    }

    private long elapsedMillis() {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    private void write(Map<String, Object> line) {
        try {
            out.println(JSON.writeValueAsString(line));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a log line", e);
        }
    }
}
