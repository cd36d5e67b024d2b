package com.execreports.adapter.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.execreports.adapter.outbound.aws.SendPacer;
import com.execreports.adapter.outbound.local.FolderArchive;
import com.execreports.adapter.outbound.local.FolderHandoffSource;
import com.execreports.adapter.outbound.local.FolderLedger;
import com.execreports.adapter.outbound.local.OutboxTransport;
import com.execreports.adapter.outbound.smtp.SmtpSettings;
import com.execreports.application.RunKeys;
import com.execreports.application.port.KeySource;
import com.execreports.domain.ConfigurationException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How the wiring chooses: TRANSPORT on Lambda, the SMTP keys (defaults, every problem at once, no
 * secret in any message), and a local run that builds no SDK client at all.
 */
class WiringTest {
    private static final Map<String, String> NO_AWS = Map.of();

    @Test
    void sesUnlessTheKeysSaySmtp() throws Exception {
        Wiring onAws = Wiring.lazy(settings(RunSettings.TransportKind.BY_KEYS), NO_AWS);

        assertThat(onAws.kind(new RunKeys("ssm:/exec-reports/", Map.of()))).isEqualTo(RunSettings.TransportKind.SES);
        assertThat(onAws.kind(new RunKeys("ssm:/x/", Map.of("TRANSPORT", " SMTP "))))
                .isEqualTo(RunSettings.TransportKind.SMTP);
        assertThatThrownBy(() -> onAws.kind(new RunKeys("ssm:/exec-reports/", Map.of("TRANSPORT", "pigeon"))))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("ssm:/exec-reports/: TRANSPORT: must be ses or smtp");
    }

    @Test
    void smtpDefaultsToStartTlsOnTheSubmissionPort() {
        SmtpSettings s = SmtpSettings.from(Map.of("SMTP_HOST", "email-smtp.eu-west-1.amazonaws.com",
                "SMTP_USERNAME", "smtp-user", "SMTP_PASSWORD", "hunter2-not-real"), "repos.env");

        assertThat(s.port()).isEqualTo(587);
        assertThat(s.tls()).isEqualTo(SmtpSettings.Tls.STARTTLS);
        assertThat(s.maxPerSecond()).isZero();
        assertThat(s.toString()).doesNotContain("hunter2-not-real");
    }

    @Test
    void implicitTlsDefaultsToPort465AndPacingIsMessagesPerSecond() {
        SmtpSettings s = SmtpSettings.from(Map.of("SMTP_HOST", "smtp.example.com", "SMTP_TLS", "implicit",
                "SMTP_MAX_PER_SECOND", "2.5"), "repos.env");

        assertThat(s.port()).isEqualTo(465);
        assertThat(s.username()).isNull();
        assertThat(s.maxPerSecond()).isEqualTo(2.5);
    }

    @Test
    void everyProblemIsReportedTogetherWithoutAnyValue() {
        assertThatThrownBy(() -> SmtpSettings.from(Map.of("SMTP_PORT", "70000", "SMTP_TLS", "off",
                "SMTP_USERNAME", "reports", "SMTP_MAX_PER_SECOND", "-1"), "repos.env"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("repos.env: SMTP_HOST: required")
                .hasMessageContaining("repos.env: SMTP_TLS: must be starttls")
                .hasMessageContaining("repos.env: SMTP_PORT: not a port number")
                .hasMessageContaining("repos.env: SMTP_PASSWORD: required when SMTP_USERNAME is set")
                .hasMessageContaining("repos.env: SMTP_MAX_PER_SECOND: not a positive number")
                .hasMessageNotContaining("70000");
        assertThatThrownBy(() -> SmtpSettings.from(Map.of("SMTP_HOST", "h", "SMTP_PASSWORD", "s3cret-value"), "f"))
                .hasMessageContaining("SMTP_USERNAME: required when SMTP_PASSWORD is set")
                .hasMessageNotContaining("s3cret-value");
    }

    @Test
    void theCommandLineTransportIsTheOptionWhateverTheKeysSay() throws Exception {
        Wiring local = Wiring.lazy(settings(RunSettings.TransportKind.OUTBOX), NO_AWS);

        assertThat(local.kind(new RunKeys("demo.env", Map.of("TRANSPORT", "smtp"))))
                .isEqualTo(RunSettings.TransportKind.OUTBOX);
    }

    @Test
    void aLocalRunIsWiredWithoutReadingTheKeysOrBuildingAnSdkClient() throws Exception {
        // an env file that does not exist: the outbox and a run without --inspect never read it
        Wiring local = new Wiring(settings(RunSettings.TransportKind.OUTBOX), () -> {
            throw new AssertionError("the local path built an SDK client");
        }, SendPacer.Ticker.SYSTEM);
        KeySource keys = RunKeys.once(local.keySource());

        assertThat(local.transport(keys).name()).isEqualTo(new OutboxTransport().name());
        assertThat(local.inspector(keys)).isEmpty();
        assertThat(local.handoffSource()).isInstanceOf(FolderHandoffSource.class);
        assertThat(local.ledger()).isInstanceOf(FolderLedger.class);
        assertThat(local.archive()).isInstanceOf(FolderArchive.class);
    }

    private static RunSettings settings(RunSettings.TransportKind transport) {
        Location folder = new Location.Local(Path.of("target/wiring-test"));
        return new RunSettings(folder, new Location.Local(Path.of("target/no-such.env")), folder, folder, transport,
                null, RunSettings.Inspection.NEVER, FanOutSettings.OFF, new WorkerSettings(1));
    }
}
