package com.execreports.adapter.outbound.smtp;

import static org.assertj.core.api.Assertions.assertThat;

import com.execreports.adapter.outbound.aws.SendPacer;
import com.execreports.adapter.outbound.smtp.StartTlsProxy.Fault;
import com.execreports.application.RunRequest;
import com.execreports.application.RunSummary;
import com.execreports.application.RunSummary.ReportOutcome;
import com.execreports.application.RunSummary.Status;
import com.execreports.testing.RepoPaths;
import com.execreports.testing.SampleRun;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The eight sample reports through the smtp transport to GreenMail (STARTTLS, AUTH), with the
 * folder ledger: delivered once each, through a deferral and two dropped connections, and a
 * second run sends nothing.
 */
class SmtpRunIT {
    @TempDir
    Path outbox;

    private GreenMail mail;
    private StartTlsProxy proxy;

    @BeforeEach
    void start() throws Exception {
        mail = SmtpTestServer.start();
        proxy = new StartTlsProxy(mail.getSmtp().getPort(), SmtpTestServer.serverContext(), true);
    }

    @AfterEach
    void stop() throws Exception {
        proxy.close();
        mail.stop();
    }

    private SmtpTransport transport() {
        SmtpSettings settings = SmtpSettings.from(Map.of(
                SmtpSettings.HOST, "127.0.0.1",
                SmtpSettings.PORT, Integer.toString(proxy.port()),
                SmtpSettings.USERNAME, SmtpTestServer.USER,
                SmtpSettings.PASSWORD, SmtpTestServer.PASSWORD), "test.env");
        SendPacer.Ticker noWaiting = new SendPacer.Ticker() {
            @Override
            public long nanoTime() {
                return System.nanoTime();
            }

            @Override
            public void sleep(long nanos) {}
        };
        return new SmtpTransport(settings, SmtpTestServer.trustingGreenMail(), false, noWaiting,
                List.of(Duration.ofSeconds(1)));
    }

    private RunSummary run(List<String> resend) {
        return SampleRun.run(RepoPaths.data(), outbox, transport(),
                new RunRequest(SampleRun.PERIOD, List.of(), false, resend));
    }

    /** Copies received per Message-ID: GreenMail keeps one per envelope recipient. */
    private Map<String, Long> copies() throws Exception {
        Map<String, Long> byId = new TreeMap<>();
        for (MimeMessage m : mail.getReceivedMessages()) {
            byId.merge(m.getMessageID(), 1L, Long::sum);
        }
        return byId;
    }

    private static long recipients(ReportOutcome o) {
        return Stream.of(o.to(), o.cc(), o.bcc()).flatMap(List::stream).distinct().count();
    }

    @Test
    void deliversEveryReportOnceThroughFaultsAndASecondRunSendsNothing() throws Exception {
        proxy.arm(Fault.DEFER, 1);             // the first MAIL FROM: 451, tried again
        proxy.arm(Fault.CUT_MID_MESSAGE, 1);   // the first message is cut halfway: never arrives
        proxy.arm(Fault.CUT_BEFORE_REPLY, 1);  // the next one arrives, but its 250 never does

        RunSummary first = run(List.of());

        Map<String, Status> statuses = first.reports().stream()
                .collect(Collectors.toMap(ReportOutcome::id, ReportOutcome::status));
        assertThat(first.reports()).hasSize(8);
        assertThat(first.count(Status.SENT)).isEqualTo(6);
        assertThat(first.count(Status.IN_DOUBT)).isEqualTo(2);
        assertThat(proxy.deferred).hasValue(1);
        assertThat(proxy.cut).hasValue(2);
        List<String> inDoubt = first.reports().stream().filter(r -> r.status() == Status.IN_DOUBT)
                .map(ReportOutcome::id).toList();
        ReportOutcome neverArrived = first.reports().stream().filter(r -> r.id().equals(inDoubt.get(0)))
                .findFirst().orElseThrow();
        ReportOutcome arrived = first.reports().stream().filter(r -> r.id().equals(inDoubt.get(1)))
                .findFirst().orElseThrow();
        assertThat(copies()).doesNotContainKey(neverArrived.messageId());
        assertThat(copies()).containsEntry(arrived.messageId(), recipients(arrived));

        int sessionsBefore = proxy.sessions.get();
        RunSummary second = run(List.of());

        // the preflight logs in once; nothing is sent, the two in doubt are not guessed at
        assertThat(proxy.sessions.get() - sessionsBefore).isEqualTo(1);
        assertThat(second.count(Status.SENT)).isZero();
        assertThat(second.count(Status.SKIPPED)).isEqualTo(6);
        assertThat(second.count(Status.IN_DOUBT)).isEqualTo(2);

        // the audit copy shows which one arrived; the other is sent again on purpose
        RunSummary resend = run(List.of(neverArrived.id()));
        assertThat(resend.reports()).filteredOn(r -> r.id().equals(neverArrived.id()))
                .singleElement().extracting(ReportOutcome::status).isEqualTo(Status.SENT);

        Map<String, Long> copies = copies();
        // every report arrived exactly once: one copy per envelope recipient, no message twice
        for (ReportOutcome o : first.reports()) {
            String messageId = o.id().equals(neverArrived.id())
                    ? resend.reports().stream().filter(r -> r.id().equals(o.id())).findFirst().orElseThrow().messageId()
                    : o.messageId();
            assertThat(copies).as(o.id()).containsEntry(messageId, recipients(o));
        }
        assertThat(copies).hasSize(8);
        assertThat(statuses).hasSize(8);
    }

    @Test
    void aCleanRunDeliversAllEightOnceAndTheNextSendsNothing() throws Exception {
        RunSummary first = run(List.of());
        assertThat(first.count(Status.SENT)).isEqualTo(8);
        assertThat(first.exitCode()).isZero();
        long total = mail.getReceivedMessages().length;

        RunSummary second = run(List.of());

        assertThat(second.count(Status.SKIPPED)).isEqualTo(8);
        assertThat(mail.getReceivedMessages()).hasSize((int) total);
        assertThat(copies()).hasSize(8);
        for (ReportOutcome o : first.reports()) {
            assertThat(copies()).as(o.id()).containsEntry(o.messageId(), recipients(o));
        }
    }
}
