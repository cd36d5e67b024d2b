package com.execreports.adapter.inbound.lambda;

import static com.execreports.adapter.outbound.aws.emulator.FaultProxy.ses;
import static com.execreports.adapter.outbound.aws.emulator.FaultProxy.sesQuota;
import static org.assertj.core.api.Assertions.assertThat;

import com.execreports.adapter.inbound.FanOutSettings;
import com.execreports.adapter.inbound.FunctionEnvironment;
import com.execreports.adapter.inbound.RunSettings;
import com.execreports.adapter.inbound.WorkerSettings;
import com.execreports.adapter.outbound.aws.AwsClients;
import com.execreports.adapter.outbound.aws.SendPacer;
import com.execreports.adapter.outbound.aws.emulator.AwsEmulator;
import com.execreports.adapter.outbound.aws.emulator.AwsEmulatorExtension;
import com.execreports.adapter.outbound.aws.emulator.FaultProxy;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Several fan-out workers at once against one SES account with a low {@code MaxSendRate}: each
 * worker, like a Lambda container of its own, has its own transport and pacer and shares nothing
 * with the others but the account. Each paces at its share of the rate, so at every moment the
 * recipients SES has received, all workers together, stay within the rate times the time since the
 * burst began. The times are those at which the requests reached SES (a proxy in front of the
 * emulator), not the workers' own bookkeeping.
 */
@ExtendWith(AwsEmulatorExtension.class)
class WorkerBurstIT {
    static final String BUCKET = "exec-reports-burst-test";
    /**
     * The account's MaxSendRate, in recipients per second, as GetSendQuota answers it: low enough
     * that the rate, not building the reports, is what holds the workers back (20 recipients take
     * at least 20 s).
     */
    static final double MAX_SEND_RATE = 1;
    static final int WORKERS = 3;
    static final ObjectMapper JSON = new ObjectMapper();

    private final AwsEmulator emulator;
    private final AwsClients direct;
    private final ByteArrayOutputStream logs = new ByteArrayOutputStream();
    private FaultProxy proxy;
    private AwsClients throughProxy;
    private String queueUrl;

    WorkerBurstIT(AwsEmulator emulator) {
        this.emulator = emulator;
        this.direct = emulator.clients();
    }

    @BeforeEach
    void theSampleAQueueAndALowSendRate() throws IOException {
        emulator.reset();
        SampleDeployment.install(direct, BUCKET);
        // a job stays with the worker that took it while it works on it
        queueUrl = direct.sqs().createQueue(r -> r.queueName("burst-jobs").attributes(Map.of(
                QueueAttributeName.VISIBILITY_TIMEOUT, "120"))).queueUrl();
        proxy = FaultProxy.start(emulator.endpoint());
        proxy.inject(ses("GetSendQuota"), sesQuota(1_000_000, MAX_SEND_RATE, 0));
        throughProxy = new AwsClients(AwsClients.Settings.forEndpoint(proxy.endpoint(), AwsEmulator.REGION,
                AwsEmulator.CREDENTIALS).withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(30)));
    }

    @AfterEach
    void close() {
        throughProxy.close();
        proxy.close();
        direct.close();
    }

    @Test
    void aBurstThroughSeveralWorkersAtOnceStaysWithinTheAccountsSendRate() throws Exception {
        LambdaSettings settings = LambdaSettings.fromEnvironment(Map.of(FunctionEnvironment.HANDOFF_BUCKET, BUCKET));
        RunSettings function = FunctionSettings.of(settings)
                .withFanOut(new FanOutSettings(Optional.of(queueUrl), 0)).withWorker(new WorkerSettings(WORKERS));
        new ReportsHandler(function, throughProxy, SampleDeployment.CLOCK, log(), SendPacer.Ticker.SYSTEM).handleRequest(new ByteArrayInputStream(
                InvocationEventTest.resource(InvocationEventTest.SCHEDULED).getBytes(StandardCharsets.UTF_8)),
                new ByteArrayOutputStream(), new TestContext("dispatch"));
        assertThat(proxy.count(ses("SendRawEmail"))).isZero();

        ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
        long start = System.nanoTime();
        List<Future<Integer>> workers = new ArrayList<>();
        AtomicLong slept = new AtomicLong();
        SendPacer.Ticker ticker = new SendPacer.Ticker() {
            @Override
            public long nanoTime() {
                return System.nanoTime();
            }

            @Override
            public void sleep(long nanos) throws InterruptedException {
                slept.addAndGet(nanos);
                SendPacer.Ticker.SYSTEM.sleep(nanos);
            }
        };
        for (int w = 0; w < WORKERS; w++) {
            ReportWorkerHandler worker = new ReportWorkerHandler(function, throughProxy, SampleDeployment.CLOCK, log(),
                    ticker);
            workers.add(pool.submit(() -> workOff(worker)));
        }
        List<Integer> jobsPerWorker = new ArrayList<>();
        for (Future<Integer> worker : workers) {
            jobsPerWorker.add(worker.get(5, TimeUnit.MINUTES));
        }
        pool.shutdown();

        assertThat(jobsPerWorker.stream().mapToInt(Integer::intValue).sum()).isEqualTo(SampleDeployment.REPORTS.size());
        assertThat(jobsPerWorker.stream().filter(jobs -> jobs > 0).count()).as("workers that took jobs: %s", jobsPerWorker)
                .isGreaterThanOrEqualTo(2);
        assertThat(SampleDeployment.sendsByReport(emulator).keySet())
                .containsExactlyInAnyOrderElementsOf(SampleDeployment.REPORTS);

        List<FaultProxy.Seen> sends = proxy.seen().stream()
                .filter(s -> s.request().operation().equals("SendRawEmail"))
                .sorted(Comparator.comparingLong(FaultProxy.Seen::nanos)).toList();
        assertThat(sends).hasSize(SampleDeployment.REPORTS.size());
        int recipients = 0;
        for (FaultProxy.Seen send : sends) {
            recipients += send.request().destinations().size();
            double seconds = (send.nanos() - start) / 1e9;
            assertThat((double) recipients)
                    .as("recipients received by SES %.2f s into the burst, at most %.0f a second", seconds,
                            MAX_SEND_RATE)
                    .isLessThanOrEqualTo(MAX_SEND_RATE * seconds);
        }
        double seconds = (sends.get(sends.size() - 1).nanos() - start) / 1e9;
        System.out.printf("burst: %d recipients in %d messages through %d workers in %.2f s: %.2f a second against"
                + " a MaxSendRate of %.0f; the workers waited %.1f s for their turns%n", recipients, sends.size(),
                WORKERS, seconds, recipients / seconds, MAX_SEND_RATE, slept.get() / 1e9);
        assertThat(recipients / seconds).isLessThanOrEqualTo(MAX_SEND_RATE);
        assertThat(slept.get() / 1e9).as("seconds the workers waited for their turn").isGreaterThan(1);
        // each worker read the account's rate once, however many jobs it took
        assertThat(proxy.count(ses("GetSendQuota"))).isLessThanOrEqualTo(1 + WORKERS);
    }

    /** Lambda's event source mapping for one worker: one job per invocation until none is left. */
    private int workOff(ReportWorkerHandler worker) throws IOException {
        int jobs = 0;
        while (true) {
            List<Message> messages = throughProxy.sqs().receiveMessage(r -> r.queueUrl(queueUrl)
                    .maxNumberOfMessages(1)
                    .messageSystemAttributeNames(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT)).messages();
            if (messages.isEmpty()) {
                return jobs;
            }
            Message m = messages.get(0);
            ObjectNode event = JSON.createObjectNode();
            ObjectNode record = event.putArray("Records").addObject();
            record.put("messageId", m.messageId());
            record.put("receiptHandle", m.receiptHandle());
            record.put("body", m.body());
            record.putObject("attributes").put("ApproximateReceiveCount",
                    m.attributes().get(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT));
            record.put("eventSource", "aws:sqs");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            worker.handleRequest(new ByteArrayInputStream(JSON.writeValueAsBytes(event)), out,
                    new TestContext("work-" + m.messageId()));
            assertThat(JSON.readTree(out.toByteArray()).get("batchItemFailures")).as(logs.toString()).isEmpty();
            throughProxy.sqs().deleteMessage(r -> r.queueUrl(queueUrl).receiptHandle(m.receiptHandle()));
            jobs++;
        }
    }

    private PrintStream log() {
        return new PrintStream(logs, true, StandardCharsets.UTF_8);
    }
}
