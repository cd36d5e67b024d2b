package com.execreports.adapter.outbound.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.execreports.adapter.outbound.aws.emulator.AwsEmulator;
import com.execreports.adapter.outbound.aws.emulator.AwsEmulatorExtension;
import com.execreports.adapter.outbound.aws.emulator.SentEmail;
import com.execreports.application.port.OutgoingMessage;
import com.execreports.application.port.Transport.DeliveryException;
import com.execreports.domain.Warning;
import com.execreports.domain.ConfigurationException;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.ses.SesClient;

@ExtendWith(AwsEmulatorExtension.class)
class SesTransportIT {
    private static final String SENDER = "reports@example.com";
    private static AwsClients clients;
    private static SesClient ses;
    private final AwsEmulator emulator;
    private final SesTransport transport;
    private int sentBefore;

    SesTransportIT(AwsEmulator emulator) {
        this.emulator = emulator;
        this.transport = new SesTransport(ses, SendPacer.UNPACED);
    }

    @BeforeAll
    static void verifiedSender(AwsEmulator emulator) {
        clients = emulator.clients();
        ses = clients.ses(null);
        ses.verifyEmailIdentity(r -> r.emailAddress(SENDER));
        ses.verifyDomainIdentity(r -> r.domain("verified-domain.example"));
    }

    @AfterAll
    static void close() {
        clients.close();
    }

    @BeforeEach
    void countSent() {
        sentBefore = emulator.sentEmails().size();
    }

    private List<SentEmail> sentSinceStart() {
        List<SentEmail> all = emulator.sentEmails();
        return all.subList(sentBefore, all.size());
    }

    @Test
    void sendsTheMessageWithoutItsBccHeaderToEveryRecipient() throws DeliveryException {
        OutgoingMessage message = SampleMessages.message("cfo", SENDER, List.of("cfo@example.com"),
                List.of("ceo@example.com"), List.of("audit@example.com"));

        String id = transport.deliver(message);

        assertThat(id).isNotBlank();
        assertThat(sentSinceStart()).singleElement().satisfies(sent -> {
            assertThat(sent.id()).isEqualTo(id);
            assertThat(sent.source()).isEqualTo(SENDER);
            assertThat(sent.raw()).isEqualTo(message.mimeWithoutBcc());
            assertThat(sent.rawText()).contains("Subject: CFO report: 2026-10\r\n").doesNotContain("Bcc:");
            if (emulator.recordsDestinations()) {
                assertThat(sent.recipients())
                        .containsExactlyInAnyOrder("cfo@example.com", "ceo@example.com", "audit@example.com");
            }
        });
    }

    @Test
    void preflightAcceptsAVerifiedAddressAndWarnsAboutTheSandbox() {
        List<Warning> warnings = transport.preflight(SENDER, 8);

        // moto and LocalStack report the sandbox quota of 200 messages a day
        assertThat(warnings).singleElement().satisfies(w -> {
            assertThat(w.file()).isEqualTo("ses");
            assertThat(w.line()).isNull();
            assertThat(w.message()).contains("sandbox").contains("us-east-1");
        });
    }

    @Test
    void preflightAcceptsAnAddressOfAVerifiedDomain() {
        assertThat(transport.preflight("reports@verified-domain.example", 1)).hasSize(1);
    }

    @Test
    void preflightRefusesAnUnverifiedSenderAndNothingIsSent() {
        assumeTrue(emulator.checksSenderVerification(), emulator.name() + " treats every identity as verified");

        assertThatThrownBy(() -> transport.preflight("someone@unverified.example", 1))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("SES sender someone@unverified.example is not verified in us-east-1");
        assertThat(sentSinceStart()).isEmpty();
    }

    @Test
    void preflightRefusesARunTheRemainingQuotaCannotFinish() {
        assertThatThrownBy(() -> transport.preflight(SENDER, 10_000))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("of its 24-hour quota of 200 recipients left, and this run sends to 10000;")
                .hasMessageContaining("nothing was sent");
    }

    @Test
    void sendsArePacedToTheAccountsRateInRecipients() throws DeliveryException {
        VirtualTicker ticker = new VirtualTicker();
        SesTransport paced = new SesTransport(ses, SendPacer.at(ticker, () -> SesTransport.maxSendRate(ses)));
        OutgoingMessage twoRecipients = SampleMessages.message("cfo", SENDER, List.of("cfo@example.com"), List.of(),
                List.of("audit@example.com"));
        OutgoingMessage threeRecipients = SampleMessages.message("ceo", SENDER, List.of("ceo@example.com"),
                List.of("chief@example.com"), List.of("audit@example.com"));

        paced.deliver(threeRecipients);
        paced.deliver(twoRecipients);
        paced.deliver(twoRecipients);

        // the emulator's account sends to 1 recipient per second, as a sandbox account does
        assertThat(ticker.sleepsMillis()).containsExactly(3000L, 2000L);
        assertThat(sentSinceStart()).hasSize(3);
    }

    @Test
    void anUnpacedTransportNeverWaits() throws DeliveryException {
        VirtualTicker ticker = new VirtualTicker();
        SesTransport unpaced = new SesTransport(ses, SendPacer.at(ticker, () -> 0));
        OutgoingMessage message = SampleMessages.message("cto", SENDER, List.of("cto@example.com"), List.of(), List.of());

        unpaced.deliver(message);
        unpaced.deliver(message);

        assertThat(ticker.sleepsMillis()).isEmpty();
    }

    @Test
    void refusesMoreThanFiftyRecipientsWithoutAsking() {
        List<String> to = IntStream.range(0, 51).mapToObj(i -> "r" + i + "@example.com").toList();
        OutgoingMessage message = SampleMessages.message("ceo", SENDER, to, List.of(), List.of());

        assertThatThrownBy(() -> transport.deliver(message))
                .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.inDoubt()).isFalse())
                .hasMessage("report 'ceo' has 51 recipients (To, Cc and Bcc); SES accepts at most 50 per message");
        assertThat(sentSinceStart()).isEmpty();
    }

    @Test
    void refusesAMessageOverTenMegabytes() {
        OutgoingMessage message = SampleMessages.withBody("cto", SENDER, "x".repeat(SesTransport.MAX_RAW_BYTES));

        assertThatThrownBy(() -> transport.deliver(message))
                .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.inDoubt()).isFalse())
                .hasMessageContaining("SES accepts at most 10485760 bytes (10 MB) per message");
        assertThat(sentSinceStart()).isEmpty();
    }

    @Test
    void aRefusalBySesIsAFailureNotInDoubt() {
        assumeTrue(emulator.checksSenderVerification(), emulator.name() + " treats every identity as verified");
        OutgoingMessage message = SampleMessages.message("cmo", "nobody@unverified.example",
                List.of("cmo@example.com"), List.of(), List.of());

        assertThatThrownBy(() -> transport.deliver(message))
                .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.inDoubt()).isFalse())
                .hasMessageStartingWith("SES refused report 'cmo': MessageRejected");
    }
}
