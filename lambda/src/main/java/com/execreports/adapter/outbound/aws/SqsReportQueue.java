package com.execreports.adapter.outbound.aws;

import com.execreports.adapter.outbound.aws.ReportJobJson;
import com.execreports.application.port.ReportQueue;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.BatchResultErrorEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResponse;

/**
 * The report queue on SQS: jobs go out with SendMessageBatch, ten to a call. A batch call can
 * succeed while single entries fail; those SQS failed on its side are sent again a few times, those
 * it refused as the sender's fault are not (they would fail the same way), and whatever is left is
 * reported. A repeated entry is a duplicate message at worst, which the ledger makes harmless.
 */
public final class SqsReportQueue implements ReportQueue {
    /** SendMessageBatch's own limit on entries per call. */
    static final int MAX_BATCH = 10;
    /** Calls per batch: the first and up to three for entries SQS failed on its side. */
    static final int ATTEMPTS = 4;
    static final Duration BACKOFF = Duration.ofMillis(200);

    private final SqsClient sqs;
    private final String queueUrl;
    private final Duration backoff;

    public SqsReportQueue(SqsClient sqs, String queueUrl) {
        this(sqs, queueUrl, BACKOFF);
    }

    SqsReportQueue(SqsClient sqs, String queueUrl, Duration backoff) {
        this.sqs = Objects.requireNonNull(sqs, "sqs");
        this.queueUrl = Objects.requireNonNull(queueUrl, "queueUrl");
        this.backoff = backoff;
    }

    @Override
    public String describe() {
        return queueUrl;
    }

    @Override
    public void send(List<Job> jobs) throws IOException {
        List<String> notSent = new ArrayList<>();
        for (int from = 0; from < jobs.size(); from += MAX_BATCH) {
            notSent.addAll(sendBatch(jobs.subList(from, Math.min(from + MAX_BATCH, jobs.size()))));
        }
        if (!notSent.isEmpty()) {
            throw new IOException(notSent.size() + " of " + jobs.size() + " reports not dispatched to " + queueUrl
                    + ": " + String.join("; ", notSent));
        }
    }

    /** Sends one batch, again for the entries SQS failed; returns a line for each job left unsent. */
    private List<String> sendBatch(List<Job> batch) throws IOException {
        Map<String, Job> pending = new LinkedHashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            pending.put(String.valueOf(i), batch.get(i));
        }
        List<String> refused = new ArrayList<>();
        Map<String, String> lastFailure = new LinkedHashMap<>();
        for (int attempt = 1; attempt <= ATTEMPTS && !pending.isEmpty(); attempt++) {
            if (attempt > 1) {
                pause(backoff.multipliedBy(1L << (attempt - 2)));
            }
            SendMessageBatchResponse response = call(pending);
            response.successful().forEach(ok -> pending.remove(ok.id()));
            for (BatchResultErrorEntry failed : response.failed()) {
                String line = pending.get(failed.id()).reportId() + " (" + failed.code() + ": " + failed.message() + ")";
                if (Boolean.TRUE.equals(failed.senderFault())) {
                    pending.remove(failed.id());
                    refused.add(line);
                } else {
                    lastFailure.put(failed.id(), line);
                }
            }
        }
        pending.keySet().forEach(id -> refused.add(lastFailure.getOrDefault(id, pending.get(id).reportId())));
        return refused;
    }

    private SendMessageBatchResponse call(Map<String, Job> pending) throws IOException {
        List<SendMessageBatchRequestEntry> entries = new ArrayList<>();
        pending.forEach((id, job) -> entries.add(SendMessageBatchRequestEntry.builder()
                .id(id).messageBody(ReportJobJson.write(job)).build()));
        try {
            return sqs.sendMessageBatch(r -> r.queueUrl(queueUrl).entries(entries));
        } catch (SdkException e) {
            throw new IOException("cannot send report jobs to " + queueUrl + ": " + e.getMessage(), e);
        }
    }

    private static void pause(Duration duration) throws IOException {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while dispatching report jobs", e);
        }
    }
}
