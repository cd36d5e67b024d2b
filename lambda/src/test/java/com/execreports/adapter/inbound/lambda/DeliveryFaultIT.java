package com.execreports.adapter.inbound.lambda;

import static com.execreports.adapter.inbound.lambda.SampleDeployment.REPORTS;
import static com.execreports.adapter.outbound.aws.emulator.FaultProxy.answerLost;
import static com.execreports.adapter.outbound.aws.emulator.FaultProxy.hang;
import static com.execreports.adapter.outbound.aws.emulator.FaultProxy.s3;
import static com.execreports.adapter.outbound.aws.emulator.FaultProxy.s3Error;
import static com.execreports.adapter.outbound.aws.emulator.FaultProxy.ses;
import static com.execreports.adapter.outbound.aws.emulator.FaultProxy.sesError;
import static com.execreports.adapter.outbound.aws.emulator.FaultProxy.sesQuota;
import static com.execreports.adapter.outbound.aws.emulator.FaultProxy.sesSendTo;
import static com.execreports.adapter.outbound.aws.emulator.FaultProxy.sesThrottling;
import static com.execreports.adapter.outbound.aws.emulator.FaultProxy.ssm;
import static com.execreports.adapter.outbound.aws.emulator.FaultProxy.ssmError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Named.named;

import com.execreports.adapter.inbound.cli.ExecReportsCli;
import com.execreports.adapter.inbound.lambda.SampleDeployment.Invocation;
import com.execreports.adapter.outbound.aws.AwsClients;
import com.execreports.adapter.outbound.aws.S3Ledger;
import com.execreports.adapter.outbound.aws.VirtualTicker;
import com.execreports.adapter.outbound.aws.emulator.AwsEmulator;
import com.execreports.adapter.outbound.aws.emulator.AwsEmulatorExtension;
import com.execreports.adapter.outbound.aws.emulator.FaultProxy;
import com.execreports.adapter.outbound.aws.emulator.FaultProxy.Fault;
import com.execreports.adapter.outbound.aws.emulator.FaultProxy.Request;
import com.execreports.application.port.Ledger;
import com.execreports.application.port.Ledger.State;
import com.execreports.domain.ConfigurationException;
import com.execreports.testing.ChildJvm;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fault tests (issue 5, item 4): the real AWS adapters, handler and command line against the
 * emulator, with {@link FaultProxy} in front of it where a fault is needed. After each: no report
 * was sent twice (counted in the emulator's own record of sent mail), and every report not sent is
 * named in the run's result.
 */
@ExtendWith(AwsEmulatorExtension.class)
class DeliveryFaultIT {
    static final String BUCKET = "exec-reports-fault-test";
    static final String OCTOBER = "{\"period\": \"2026-10\"}";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AwsEmulator emulator;
    private final AwsClients direct;
    private FaultProxy proxy;
    private AwsClients throughProxy;
    private final ByteArrayOutputStream logs = new ByteArrayOutputStream();

    @TempDir
    Path tmp;

    DeliveryFaultIT(AwsEmulator emulator) {
        this.emulator = emulator;
        this.direct = emulator.clients();
    }

    @BeforeEach
    void deployTheSampleBehindAProxy() throws IOException {
        emulator.reset();
        SampleDeployment.install(direct, BUCKET);
        proxy = FaultProxy.start(emulator.endpoint());
        throughProxy = new AwsClients(AwsClients.Settings.forEndpoint(proxy.endpoint(), AwsEmulator.REGION,
                AwsEmulator.CREDENTIALS).withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5)));
    }

    @AfterEach
    void close() {
        throughProxy.close();
        proxy.close();
        direct.close();
    }

    private ReportsHandler handler() {
        LambdaSettings settings = LambdaSettings.fromEnvironment(Map.of("HANDOFF_BUCKET", BUCKET));
        return new ReportsHandler(FunctionSettings.of(settings), throughProxy, SampleDeployment.CLOCK,
                new PrintStream(logs, true, StandardCharsets.UTF_8), new VirtualTicker());
    }

    private Invocation invoke(String event) {
        return SampleDeployment.invoke(handler(), event);
    }

    private Map<String, Integer> sends() {
        return SampleDeployment.sendsByReport(emulator);
    }

    private Optional<Ledger.Entry> ledgerEntry(String reportId) throws IOException {
        return new S3Ledger(direct.s3(), BUCKET, null).read("2026-10", reportId).map(Ledger.Versioned::entry);
    }

    private static Map<String, Integer> once(List<String> ids) {
        Map<String, Integer> once = new HashMap<>();
        ids.forEach(id -> once.put(id, 1));
        return once;
    }

    // ---- (a) the process killed between claim and send ------------------------------------------

    @Test
    void aRunKilledBetweenClaimAndSendLeavesThatReportInDoubtAndNothingIsSentTwice() throws Exception {
        // an account out of the sandbox, so the child is not held back by the emulator's 1 recipient a second
        proxy.inject(ses("GetSendQuota"), sesQuota(50_000, 100, 0));
        proxy.inject(sesSendTo("cto@example.com"), hang());
        Process first = cli("first");

        awaitUntil(first, () -> proxy.count(sesSendTo("cto@example.com")) == 1
                && ledgerEntry("cto").map(e -> e.state() == State.CLAIMED).orElse(false));
        first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        assertThat(sends()).as("the killed run sent the CEO's report, then hung on the CTO's")
                .isEqualTo(Map.of("ceo", 1));
        proxy.clearFaults();
        proxy.inject(ses("GetSendQuota"), sesQuota(50_000, 100, 0));

        Process second = cli("second");
        assertThat(second.waitFor(120, TimeUnit.SECONDS)).as("second run finished").isTrue();
        String log = Files.readString(tmp.resolve("second.log"));
        assertThat(second.exitValue()).as(log).isEqualTo(3);
        JsonNode summary = JSON.readTree(tmp.resolve("second/2026-10/summary.json").toFile());
        Invocation rerun = new Invocation(summary, null);
        assertThat(rerun.statuses()).containsEntry("ceo", "skipped").containsEntry("cto", "in_doubt");
        assertThat(rerun.withStatus("sent")).containsExactlyElementsOf(REPORTS.subList(2, REPORTS.size()));
        assertThat(rerun.error("cto")).contains("with no recorded outcome; check the audit copy");
        assertThat(log).containsPattern("(?m)^  cto +in_doubt ");
        Map<String, Integer> afterRerun = once(REPORTS);
        afterRerun.remove("cto");
        assertThat(sends()).as("nothing twice, the report in doubt not at all").isEqualTo(afterRerun);

        // a person checked the audit mailbox: the CTO's report never arrived, so it is resent on purpose
        Invocation resend = invoke("{\"period\": \"2026-10\", \"resend\": [\"cto\"]}");
        assertThat(resend.error()).isNull();
        assertThat(resend.statuses()).containsEntry("cto", "sent");
        assertThat(sends()).isEqualTo(once(REPORTS));
    }

    /** The real command line in its own JVM, through the proxy, with the S3 ledger: as an operator runs it. */
    private Process cli(String name) throws IOException {
        Map<String, String> env = Map.of(
                "AWS_ENDPOINT_URL", proxy.endpoint().toString(),
                "AWS_REGION", AwsEmulator.REGION.id(),
                "AWS_ACCESS_KEY_ID", "testing",
                "AWS_SECRET_ACCESS_KEY", "testing",
                "AWS_EC2_METADATA_DISABLED", "true");
        List<String> args = List.of("run", "--data", "s3://" + BUCKET + "/handoffs/", "--env", "ssm:/exec-reports/",
                "--transport", "ses", "--period", "2026-10", "--outbox", tmp.resolve(name).toString());
        return ChildJvm.start(ExecReportsCli.class, args, env, tmp, tmp.resolve(name + ".log"));
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private void awaitUntil(Process process, Check check) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (!check.holds()) {
            if (!process.isAlive()) {
                throw new AssertionError("the child ended early (exit " + process.exitValue() + "):\n"
                        + Files.readString(tmp.resolve("first.log")));
            }
            if (System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new AssertionError("the child never reached the CTO's send:\n" + Files.readString(tmp.resolve("first.log")));
            }
            Thread.sleep(100);
        }
    }

    // ---- (b) SES throttling, 5xx, and an answer lost on the way back -----------------------------

    @Test
    void throttlingAndABriefOutageAreRetriedAndEachReportIsSentOnce() {
        proxy.inject(ses("SendRawEmail"), sesThrottling(), 2);
        proxy.inject(sesSendTo("cmo@example.com"), sesError(503, "Receiver", "ServiceUnavailable", "try again"), 1);

        Invocation run = invoke(OCTOBER);

        assertThat(run.error()).isNull();
        assertThat(run.withStatus("sent")).containsExactlyElementsOf(REPORTS);
        assertThat(sends()).isEqualTo(once(REPORTS));
        // the CEO's report took three attempts (two throttled), the CMO's two
        assertThat(proxy.count(ses("SendRawEmail"))).isEqualTo(8 + 3);
    }

    @Test
    void aReportSesKeepsRefusingIsNamedTheOthersAreSentAndTheRetrySendsOnlyIt() throws IOException {
        proxy.inject(sesSendTo("cmo@example.com"), sesError(500, "Receiver", "InternalFailure", "unavailable"));

        Invocation run = invoke(OCTOBER);

        assertThat(run.error()).isInstanceOf(ReportsNotDeliveredException.class)
                .hasMessageStartingWith("1 of 8 reports for 2026-10 not delivered: cmo failed (SES refused report"
                        + " 'cmo': InternalFailure: unavailable)");
        assertThat(run.statuses()).containsEntry("cmo", "failed");
        assertThat(run.withStatus("sent")).hasSize(7);
        assertThat(proxy.count(sesSendTo("cmo@example.com"))).as("attempts").isEqualTo(4);
        assertThat(ledgerEntry("cmo")).map(Ledger.Entry::state).contains(State.FAILED);
        assertThat(logs.toString(StandardCharsets.UTF_8)).contains("\"id\":\"cmo\",\"status\":\"failed\"");

        proxy.clearFaults();
        Invocation retry = invoke(OCTOBER);

        assertThat(retry.error()).isNull();
        assertThat(retry.withStatus("sent")).containsExactly("cmo");
        assertThat(retry.withStatus("skipped")).hasSize(7);
        assertThat(sends()).isEqualTo(once(REPORTS));
    }

    @Test
    void aSendWhoseAnswerIsLostIsInDoubtAndNeverSentAgainByItself() throws IOException {
        proxy.inject(sesSendTo("cmo@example.com"), answerLost(), 1);

        Invocation run = invoke(OCTOBER);

        assertThat(run.error()).isInstanceOf(ReportsNotDeliveredException.class)
                .hasMessageContaining("cmo in_doubt (no answer from SES for report 'cmo' after the message went out");
        assertThat(proxy.count(sesSendTo("cmo@example.com"))).as("not retried").isEqualTo(1);
        assertThat(sends()).as("SES did take it").isEqualTo(once(REPORTS));

        Invocation rerun = invoke(OCTOBER);

        assertThat(rerun.error()).isInstanceOf(ReportsNotDeliveredException.class).hasMessageContaining("cmo in_doubt");
        assertThat(rerun.withStatus("skipped")).hasSize(7);
        assertThat(sends()).isEqualTo(once(REPORTS));
    }

    // ---- (c) S3 and SSM unavailable ----------------------------------------------------------------

    record Outage(Predicate<Request> where, Fault fault, String says) {}

    static Stream<Arguments> outages() {
        return Stream.of(
                outage("S3 answers 503", s3(), s3Error(503, "ServiceUnavailable"),
                        "s3://" + BUCKET + "/handoffs/reports.yml: ServiceUnavailable"),
                outage("S3 resets every connection", s3(), FaultProxy.reset(),
                        "cannot read s3://" + BUCKET + "/handoffs/reports.yml"),
                outage("SSM answers 500", ssm(), ssmError(500, "InternalServerError"),
                        "cannot read SSM parameters under /exec-reports/: InternalServerError"),
                outage("SSM resets every connection", ssm(), FaultProxy.reset(),
                        "cannot read SSM parameters under /exec-reports/"));
    }

    private static Arguments outage(String name, Predicate<Request> where, Fault fault, String says) {
        return Arguments.of(named(name, new Outage(where, fault, says)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outages")
    void anUnavailableServiceStopsTheRunWithAClearErrorAndNothingIsSent(Outage outage) throws IOException {
        proxy.inject(outage.where(), outage.fault());

        Invocation run = invoke(OCTOBER);

        assertThat(run.error()).isNotNull().isNotInstanceOf(ConfigurationException.class)
                .hasMessageContaining(outage.says());
        assertThat(run.summary()).as("no summary: the run did not start").isNull();
        assertThat(sends()).isEmpty();
        assertThat(ledgerEntry("ceo")).isEmpty();
        assertThat(logs.toString(StandardCharsets.UTF_8)).contains("\"event\":\"run_failed\"");
    }

    @Test
    void withTheLedgerUnwritableEveryReportFailsByNameAndNothingIsSent() {
        proxy.inject(s3("PUT", "/" + BUCKET + "/ledger/"), s3Error(503, "ServiceUnavailable"));

        Invocation run = invoke(OCTOBER);

        assertThat(run.error()).isInstanceOf(ReportsNotDeliveredException.class)
                .hasMessageStartingWith("8 of 8 reports for 2026-10 not delivered: ceo failed (not sent: ledger"
                        + " unavailable (cannot write the ledger entry s3://" + BUCKET
                        + "/ledger/2026-10/ceo.json: ServiceUnavailable");
        assertThat(run.withStatus("failed")).containsExactlyElementsOf(REPORTS);
        assertThat(sends()).isEmpty();

        proxy.clearFaults();
        Invocation retry = invoke(OCTOBER);

        assertThat(retry.error()).isNull();
        assertThat(sends()).isEqualTo(once(REPORTS));
    }

    @Test
    void aSendWhoseOutcomeCouldNotBeRecordedIsNeverSentAgainByItself() {
        // S3 fails after each send: the claim stays without an outcome
        proxy.inject(s3("PUT", "/" + BUCKET + "/ledger/").and(r -> r.header("If-Match") != null),
                s3Error(503, "ServiceUnavailable"));

        Invocation run = invoke(OCTOBER);

        assertThat(run.error()).isNull();
        assertThat(run.withStatus("sent")).containsExactlyElementsOf(REPORTS);
        assertThat(run.summary().get("warnings").toString()).contains("outcome not recorded");
        proxy.clearFaults();

        Invocation rerun = invoke(OCTOBER);

        assertThat(rerun.error()).isInstanceOf(ReportsNotDeliveredException.class)
                .hasMessageStartingWith("8 of 8 reports for 2026-10 not delivered: ceo in_doubt");
        assertThat(sends()).isEqualTo(once(REPORTS));
    }

    // ---- (d) two runs for the same period at once ---------------------------------------------------

    @RepeatedTest(3)
    void twoRunsStartedAtOnceSendEachReportExactlyOnce() throws Exception {
        proxy.atomicConditionalWrites();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Invocation>> runs = Stream.of(handler(), handler()).map(h -> pool.submit(() -> {
                start.await();
                return SampleDeployment.invoke(h, OCTOBER);
            })).toList();
            start.countDown();
            Invocation a = runs.get(0).get(120, TimeUnit.SECONDS);
            Invocation b = runs.get(1).get(120, TimeUnit.SECONDS);

            assertThat(sends()).isEqualTo(once(REPORTS));
            for (String id : REPORTS) {
                List<String> both = List.of(a.statuses().get(id), b.statuses().get(id));
                // one run sent it; the other found it sent, or still being sent (in doubt, and named)
                assertThat(both).as(id).containsOnlyOnce("sent");
                assertThat(both).as(id).allMatch(s -> s.equals("sent") || s.equals("skipped") || s.equals("in_doubt"));
            }
        } finally {
            pool.shutdownNow();
        }

        Invocation later = invoke(OCTOBER);
        assertThat(later.error()).isNull();
        assertThat(later.withStatus("skipped")).containsExactlyElementsOf(REPORTS);
        assertThat(sends()).isEqualTo(once(REPORTS));
    }
}
