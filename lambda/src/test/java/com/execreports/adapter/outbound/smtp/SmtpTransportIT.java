package com.execreports.adapter.outbound.smtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.execreports.adapter.outbound.aws.SendPacer;
import com.execreports.adapter.outbound.smtp.StartTlsProxy.Fault;
import com.execreports.application.port.OutgoingMessage;
import com.execreports.application.port.Transport.DeliveryException;
import com.execreports.domain.ConfigurationException;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The smtp transport against a real SMTP server in the JVM (GreenMail) with AUTH, over STARTTLS
 * (through {@link StartTlsProxy}) and implicit TLS, and through the faults it must survive.
 */
class SmtpTransportIT {
    private GreenMail mail;
    private StartTlsProxy proxy;
    private final List<Long> slept = new ArrayList<>();

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

    private SmtpTransport transport(Map<String, String> overrides) {
        Map<String, String> keys = new java.util.HashMap<>(Map.of(
                SmtpSettings.HOST, "127.0.0.1",
                SmtpSettings.PORT, Integer.toString(proxy.port()),
                SmtpSettings.USERNAME, SmtpTestServer.USER,
                SmtpSettings.PASSWORD, SmtpTestServer.PASSWORD));
        keys.putAll(overrides);
        SendPacer.Ticker ticker = new SendPacer.Ticker() {
            @Override
            public long nanoTime() {
                return System.nanoTime();
            }

            @Override
            public void sleep(long nanos) {
                slept.add(nanos);
            }
        };
        return new SmtpTransport(SmtpSettings.from(keys, "test.env"), SmtpTestServer.trustingGreenMail(), false,
                ticker, List.of(Duration.ofSeconds(2), Duration.ofSeconds(10)));
    }

    private SmtpTransport transport() {
        return transport(Map.of());
    }

    /** A message of 200 lines, one starting with a dot (SMTP must escape it), to two To and one Bcc. */
    static OutgoingMessage message(String id) {
        String from = SmtpTestServer.SENDER;
        List<String> to = List.of("cfo@example.com", "controller@example.com");
        String messageId = "<2026-10." + id + ".test@example.com>";
        String headers = "From: " + from + "\r\nTo: " + String.join(", ", to) + "\r\nSubject: " + id
                + " report\r\nMessage-ID: " + messageId + "\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n";
        StringBuilder body = new StringBuilder();
        IntStream.range(0, 200).forEach(i -> body.append("Line ").append(i).append(": burn 12 400 € a month\r\n"));
        body.append(".a line that starts with a dot\r\n");
        String without = headers + "\r\n" + body;
        String with = headers + "Bcc: audit@example.com\r\n\r\n" + body;
        return new OutgoingMessage(id, from, to, List.of(), List.of("audit@example.com"), id + " report", messageId,
                with.getBytes(StandardCharsets.UTF_8), without.getBytes(StandardCharsets.UTF_8));
    }

    private List<MimeMessage> received(String messageId) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage m : mail.getReceivedMessages()) {
            if (messageId.equals(m.getMessageID())) {
                found.add(m);
            }
        }
        return found;
    }

    @Test
    void sendsTheComposedBytesOverStartTlsWithAuthToEveryRecipient() throws Exception {
        SmtpTransport smtp = transport();
        OutgoingMessage message = message("cfo");

        assertThat(smtp.preflight(SmtpTestServer.SENDER, 3)).isEmpty();
        String id = smtp.deliver(message);

        assertThat(id).isEqualTo(message.messageId());
        List<MimeMessage> copies = received(message.messageId());
        // one copy per envelope recipient: both To and the Bcc, which is not a header
        assertThat(copies).hasSize(3);
        MimeMessage copy = copies.get(0);
        assertThat(copy.getHeader("Bcc")).isNull();
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        copy.writeTo(raw);
        // GreenMail adds its own trace headers on top; below them are the sent bytes, unchanged
        String got = raw.toString(StandardCharsets.UTF_8);
        assertThat(got).startsWith("Return-Path: ");
        // GreenMail stores the text without the CRLF that ends the last line before the closing dot
        byte[] below = (got.substring(got.indexOf("\r\nFrom: ") + 2) + "\r\n").getBytes(StandardCharsets.UTF_8);
        assertThat(below).isEqualTo(message.mimeWithoutBcc());
    }

    @Test
    void sendsOverImplicitTls() throws Exception {
        SmtpTransport smtp = transport(Map.of(SmtpSettings.TLS, "implicit",
                SmtpSettings.PORT, Integer.toString(mail.getSmtps().getPort())));

        smtp.preflight(SmtpTestServer.SENDER, 3);
        smtp.deliver(message("ceo"));

        assertThat(received(message("ceo").messageId())).hasSize(3);
    }

    @Test
    void aServerWithoutStartTlsStopsTheRunBeforeAnythingIsSent() throws Exception {
        try (StartTlsProxy plain = new StartTlsProxy(mail.getSmtp().getPort(), SmtpTestServer.serverContext(),
                false)) {
            SmtpTransport smtp = transport(Map.of(SmtpSettings.PORT, Integer.toString(plain.port())));

            assertThatThrownBy(() -> smtp.preflight(SmtpTestServer.SENDER, 3))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("STARTTLS")
                    .hasMessageContaining("nothing was sent");
            assertThatThrownBy(() -> smtp.deliver(message("cfo"))).isInstanceOf(DeliveryException.class)
                    .matches(e -> !((DeliveryException) e).inDoubt());
        }
        assertThat(mail.getReceivedMessages()).isEmpty();
    }

    @Test
    void aWrongPasswordStopsTheRunAndIsNeverEchoed() {
        SmtpTransport smtp = transport(Map.of(SmtpSettings.PASSWORD, "not-the-password"));

        assertThatThrownBy(() -> smtp.preflight(SmtpTestServer.SENDER, 3))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("SMTP_PASSWORD")
                .hasMessageNotContaining("not-the-password");
    }

    @Test
    void aConnectionLostMidMessageIsInDoubtAndNotRetried() throws Exception {
        proxy.arm(Fault.CUT_MID_MESSAGE, 1);
        OutgoingMessage message = message("cfo");

        assertThatThrownBy(() -> transport().deliver(message))
                .isInstanceOfSatisfying(DeliveryException.class, e -> {
                    assertThat(e.inDoubt()).isTrue();
                    assertThat(e.getMessage()).contains("may have been sent");
                });

        assertThat(proxy.cut).hasValue(1);
        assertThat(proxy.sessions).hasValue(1);
        assertThat(received(message.messageId())).isEmpty();
    }

    @Test
    void aConnectionLostAfterTheServerTookTheMessageIsInDoubtAndItArrivedOnce() throws Exception {
        proxy.arm(Fault.CUT_BEFORE_REPLY, 1);
        OutgoingMessage message = message("cfo");

        assertThatThrownBy(() -> transport().deliver(message))
                .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.inDoubt()).isTrue());

        assertThat(proxy.sessions).hasValue(1);
        assertThat(received(message.messageId())).hasSize(3);
    }

    @Test
    void aTemporaryRefusalIsTriedAgainAfterAPauseAndSentOnce() throws Exception {
        proxy.arm(Fault.DEFER, 1);
        OutgoingMessage message = message("cfo");

        transport().deliver(message);

        assertThat(proxy.deferred).hasValue(1);
        assertThat(slept).containsExactly(Duration.ofSeconds(2).toNanos());
        assertThat(received(message.messageId())).hasSize(3);
    }

    @Test
    void aServerThatKeepsDeferringFailsTheReportWithoutDoubt() throws Exception {
        proxy.arm(Fault.DEFER, 5);

        assertThatThrownBy(() -> transport().deliver(message("cfo")))
                .isInstanceOfSatisfying(DeliveryException.class, e -> {
                    assertThat(e.inDoubt()).isFalse();
                    assertThat(e.getMessage()).contains("deferred report 'cfo' 3 times").contains("451");
                });
        assertThat(mail.getReceivedMessages()).isEmpty();
    }

    @Test
    void moreThanFiftyRecipientsAreRefusedWithoutConnecting() {
        OutgoingMessage base = message("cfo");
        List<String> many = IntStream.range(0, 51).mapToObj(i -> "r" + i + "@example.com").toList();
        OutgoingMessage big = new OutgoingMessage("cfo", base.from(), many, List.of(), List.of(), base.subject(),
                base.messageId(), base.mime(), base.mimeWithoutBcc());

        assertThatThrownBy(() -> transport().deliver(big)).isInstanceOf(DeliveryException.class)
                .hasMessageContaining("51 recipients");
        assertThat(proxy.sessions).hasValue(0);
    }

    @Test
    void pacesMessagesBySmtpMaxPerSecond() throws Exception {
        SmtpTransport smtp = transport(Map.of(SmtpSettings.MAX_PER_SECOND, "0.05"));

        smtp.deliver(message("a"));
        smtp.deliver(message("b"));

        // the second message waits for its turn: 20 seconds after the first at one message in 20 seconds
        assertThat(slept).hasSize(1);
        assertThat(slept.get(0)).isBetween(Duration.ofSeconds(10).toNanos(), Duration.ofSeconds(20).toNanos());
    }
}
