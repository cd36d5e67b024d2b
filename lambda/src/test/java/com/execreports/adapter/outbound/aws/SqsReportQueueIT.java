package com.execreports.adapter.outbound.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.execreports.adapter.outbound.aws.emulator.AwsEmulator;
import com.execreports.adapter.outbound.aws.emulator.AwsEmulatorExtension;
import com.execreports.adapter.outbound.aws.ReportJobJson;
import com.execreports.application.port.ReportQueue.Job;
import java.io.IOException;
import java.time.Duration;
import com.execreports.domain.ReportingPeriod;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.BatchResultErrorEntry;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequest;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResponse;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResultEntry;

/**
 * Jobs onto the emulator's SQS, ten to a call. Entry failures inside a successful batch call are
 * rare in SQS and never happen in an emulator, so an SDK interceptor turns chosen entries of real
 * responses into failures.
 */
@ExtendWith(AwsEmulatorExtension.class)
class SqsReportQueueIT {
    private static final ReportingPeriod PERIOD = ReportingPeriod.of(2026, 10);

    private final AwsEmulator emulator;
    private final FailEntries failEntries = new FailEntries();
    private final SqsClient sqs;
    private String queueUrl;

    SqsReportQueueIT(AwsEmulator emulator) {
        this.emulator = emulator;
        this.sqs = SqsClient.builder()
                .endpointOverride(emulator.endpoint())
                .region(AwsEmulator.REGION)
                .credentialsProvider(AwsEmulator.CREDENTIALS)
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(c -> c.addExecutionInterceptor(failEntries))
                .build();
    }

    @BeforeEach
    void createQueue() {
        emulator.reset();
        queueUrl = sqs.createQueue(r -> r.queueName("report-jobs")).queueUrl();
    }

    @AfterEach
    void close() {
        sqs.close();
    }

    /** Marks the entries {@code fail} picks as failed in the responses, and records each call's entry ids. */
    static final class FailEntries implements ExecutionInterceptor {
        final List<List<String>> calls = new ArrayList<>();
        Predicate<Integer> failOnCall = call -> false;
        Set<String> entries = Set.of();
        boolean senderFault;

        @Override
        public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
            SdkRequest request = context.request();
            if (request instanceof SendMessageBatchRequest batch) {
                calls.add(batch.entries().stream().map(SendMessageBatchRequestEntry::id).toList());
            }
        }

        @Override
        public SdkResponse modifyResponse(Context.ModifyResponse context, ExecutionAttributes attributes) {
            if (!(context.response() instanceof SendMessageBatchResponse response) || !failOnCall.test(calls.size())) {
                return context.response();
            }
            List<SendMessageBatchResultEntry> ok = new ArrayList<>();
            List<BatchResultErrorEntry> failed = new ArrayList<>(response.failed());
            for (SendMessageBatchResultEntry entry : response.successful()) {
                if (entries.contains(entry.id())) {
                    failed.add(BatchResultErrorEntry.builder().id(entry.id()).senderFault(senderFault)
                            .code(senderFault ? "InvalidParameterValue" : "InternalError").message("injected").build());
                } else {
                    ok.add(entry);
                }
            }
            return response.toBuilder().successful(ok).failed(failed).build();
        }
    }

    private SqsReportQueue queue() {
        return new SqsReportQueue(sqs, queueUrl, Duration.ZERO);
    }

    private static List<Job> jobs(int count) {
        return IntStream.range(0, count).mapToObj(i -> new Job(PERIOD, "report-" + i, i == 0, false)).toList();
    }

    private List<Job> received() {
        List<Job> jobs = new ArrayList<>();
        List<Message> batch;
        do {
            batch = sqs.receiveMessage(r -> r.queueUrl(queueUrl).maxNumberOfMessages(10)).messages();
            batch.forEach(m -> jobs.add(ReportJobJson.read(m.body())));
        } while (!batch.isEmpty());
        return jobs;
    }

    @Test
    void sendsEveryJobTenToACall() throws IOException {
        queue().send(jobs(23));

        assertThat(failEntries.calls).extracting(List::size).containsExactly(10, 10, 3);
        assertThat(received()).containsExactlyInAnyOrderElementsOf(jobs(23));
        assertThat(queue().describe()).isEqualTo(queueUrl);
    }

    @Test
    void sendsAgainOnlyTheEntriesSqsFailedOnItsSide() throws IOException {
        failEntries.failOnCall = call -> call == 1;
        failEntries.entries = Set.of("3", "7");

        queue().send(jobs(10));

        assertThat(failEntries.calls).containsExactly(
                List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), List.of("3", "7"));
        // the injected failures had in fact been sent: a duplicate, which the ledger makes harmless
        assertThat(received()).hasSize(12).containsAll(jobs(10));
    }

    @Test
    void entriesSqsKeepsFailingAreReportedAfterTheLastAttempt() {
        failEntries.failOnCall = call -> true;
        failEntries.entries = Set.of("1");

        assertThatThrownBy(() -> queue().send(jobs(12)))
                .isInstanceOf(IOException.class)
                .hasMessage("2 of 12 reports not dispatched to " + queueUrl + ": report-1 (InternalError: injected);"
                        + " report-11 (InternalError: injected)");
        assertThat(failEntries.calls).hasSize(2 * SqsReportQueue.ATTEMPTS);
    }

    @Test
    void entriesRefusedAsTheSendersFaultAreNotSentAgain() {
        failEntries.failOnCall = call -> true;
        failEntries.entries = Set.of("2");
        failEntries.senderFault = true;

        assertThatThrownBy(() -> queue().send(jobs(5)))
                .isInstanceOf(IOException.class)
                .hasMessageEndingWith(": report-2 (InvalidParameterValue: injected)");
        assertThat(failEntries.calls).hasSize(1);
    }

    @Test
    void aMissingQueueIsAClearError() {
        SqsReportQueue missing = new SqsReportQueue(sqs, queueUrl.replace("report-jobs", "no-such-queue"),
                Duration.ZERO);

        assertThatThrownBy(() -> missing.send(jobs(1)))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("cannot send report jobs to " + queueUrl.replace("report-jobs", "no-such-queue"));
    }
}
