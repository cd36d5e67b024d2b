package com.execreports.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.execreports.adapter.outbound.local.FolderLedger;
import com.execreports.adapter.outbound.local.OutboxTransport;
import com.execreports.application.RunSummary.ReportOutcome;
import com.execreports.application.RunSummary.Status;
import com.execreports.application.port.Ledger;
import com.execreports.application.port.OutgoingMessage;
import com.execreports.application.port.Transport;
import com.execreports.domain.Warning;
import com.execreports.testing.RepoPaths;
import com.execreports.testing.SampleRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * At most once per period and report, with the real folder ledger: reruns skip what was sent,
 * a claim without an outcome is in doubt and not re-sent, a failure is retried by the next run,
 * resend repeats on purpose, and concurrent runs send each report once.
 */
class DeliveryLedgerTest {
    /**
     * The sample data without its PDF copies: what the ledger records does not depend on them, and
     * laying out seven PDFs per run made this the slowest class of the fast lane (18 s of 60).
     */
    @TempDir
    static Path DATA;

    @TempDir
    Path outbox;

    @BeforeAll
    static void sampleDataWithoutPdfCopies() throws IOException {
        Path from = RepoPaths.data();
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path to = DATA.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else if (f.getFileName().toString().equals("reports.yml")) {
                    Files.writeString(to, Files.readAllLines(f).stream()
                            .filter(line -> !line.strip().startsWith("attach_pdf:"))
                            .collect(Collectors.joining("\n", "", "\n")));
                } else {
                    Files.copy(f, to);
                }
            }
        }
    }

    /** Counts deliveries per report and fails or times out the ones it is told to. */
    static final class ScriptedTransport implements Transport {
        final Map<String, AtomicInteger> sent = new ConcurrentHashMap<>();
        final Set<String> fail;
        final Set<String> timeOut;

        ScriptedTransport(Set<String> fail, Set<String> timeOut) {
            this.fail = fail;
            this.timeOut = timeOut;
        }

        @Override
        public String name() {
            return "scripted";
        }

        @Override
        public List<Warning> preflight(String sender, int recipientCount) {
            return List.of();
        }

        @Override
        public String deliver(OutgoingMessage message) throws DeliveryException {
            if (fail.contains(message.reportId())) {
                throw new DeliveryException("rejected: MessageRejected", false, null);
            }
            if (timeOut.contains(message.reportId())) {
                throw new DeliveryException("timed out after the request was sent", true, null);
            }
            sent.computeIfAbsent(message.reportId(), k -> new AtomicInteger()).incrementAndGet();
            return "provider-" + message.reportId();
        }

        int total() {
            return sent.values().stream().mapToInt(AtomicInteger::get).sum();
        }
    }

    private RunSummary run(Transport transport, List<String> resend) {
        return SampleRun.run(DATA, outbox, transport, new RunRequest(SampleRun.PERIOD, List.of(), false, resend));
    }

    private static Map<String, Status> statuses(RunSummary summary) {
        return summary.reports().stream().collect(Collectors.toMap(ReportOutcome::id, ReportOutcome::status));
    }

    @Test
    void aRerunSkipsEverythingAlreadySentAndKeepsTheArchivedMessages() throws Exception {
        RunSummary first = run(new OutboxTransport(), List.of());
        byte[] ceo = Files.readAllBytes(outbox.resolve("2026-10/ceo.eml"));
        ScriptedTransport transport = new ScriptedTransport(Set.of(), Set.of());

        RunSummary second = run(transport, List.of());

        assertThat(transport.total()).isZero();
        assertThat(second.exitCode()).isZero();
        assertThat(second.reports()).allMatch(r -> r.status() == Status.SKIPPED);
        assertThat(second.reports().get(0).messageId()).isEqualTo(first.reports().get(0).messageId());
        assertThat(second.reports().get(0).error()).contains("already sent");
        assertThat(Files.readAllBytes(outbox.resolve("2026-10/ceo.eml"))).isEqualTo(ceo);
    }

    @Test
    void oneRejectedReportDoesNotStopTheOthersAndTheRetrySendsOnlyIt() {
        ScriptedTransport failing = new ScriptedTransport(Set.of("cmo"), Set.of());
        RunSummary first = run(failing, List.of());

        assertThat(first.exitCode()).isEqualTo(ExitCodes.DELIVERY_FAILED);
        assertThat(statuses(first)).containsEntry("cmo", Status.FAILED);
        assertThat(first.count(Status.SENT)).isEqualTo(7);
        assertThat(first.reports()).filteredOn(r -> r.id().equals("cmo")).first()
                .satisfies(r -> assertThat(r.error()).contains("MessageRejected"));

        ScriptedTransport working = new ScriptedTransport(Set.of(), Set.of());
        RunSummary retry = run(working, List.of());
        assertThat(working.sent.keySet()).containsExactly("cmo");
        assertThat(retry.exitCode()).isZero();
        assertThat(statuses(retry)).containsEntry("cmo", Status.SENT);
    }

    @Test
    void aClaimWithoutAnOutcomeIsInDoubtAndIsOnlySentAgainOnPurpose() throws Exception {
        // a run that died between claim and send left this behind
        new FolderLedger(outbox).create("2026-10", "cfo", new Ledger.Entry(Ledger.State.CLAIMED, "<old@example.com>",
                null, null, "dead-run", Instant.parse("2026-11-01T13:00:05Z")));
        ScriptedTransport transport = new ScriptedTransport(Set.of(), Set.of());

        RunSummary run = run(transport, List.of());
        assertThat(statuses(run)).containsEntry("cfo", Status.IN_DOUBT);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.DELIVERY_FAILED);
        assertThat(transport.sent).doesNotContainKey("cfo").hasSize(7);

        RunSummary again = run(transport, List.of());
        assertThat(statuses(again)).containsEntry("cfo", Status.IN_DOUBT);
        assertThat(transport.sent).doesNotContainKey("cfo");

        RunSummary resend = run(transport, List.of("cfo"));
        assertThat(statuses(resend)).containsEntry("cfo", Status.SENT);
        assertThat(resend.exitCode()).isZero();
        assertThat(transport.sent.get("cfo").get()).isEqualTo(1);
    }

    @Test
    void aSendThatTimedOutIsInDoubtAndNotRepeatedByTheNextRun() {
        RunSummary first = run(new ScriptedTransport(Set.of(), Set.of("ceo")), List.of());
        assertThat(statuses(first)).containsEntry("ceo", Status.IN_DOUBT);

        ScriptedTransport next = new ScriptedTransport(Set.of(), Set.of());
        RunSummary second = run(next, List.of());
        assertThat(next.total()).isZero();
        assertThat(statuses(second)).containsEntry("ceo", Status.IN_DOUBT);
    }

    @Test
    void twoRunsAtOnceSendEachReportExactlyOnce() throws Exception {
        ScriptedTransport transport = new ScriptedTransport(Set.of(), Set.of());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<RunSummary>> runs = List.of(1, 2).stream().map(i -> pool.submit(() -> {
                start.await();
                return run(transport, List.of());
            })).toList();
            start.countDown();
            RunSummary a = runs.get(0).get();
            RunSummary b = runs.get(1).get();
            assertThat(transport.sent).hasSize(8).allSatisfy((id, count) -> assertThat(count.get()).isEqualTo(1));
            assertThat(a.count(Status.SENT) + b.count(Status.SENT)).isEqualTo(8);
        } finally {
            pool.shutdownNow();
        }
    }
}
