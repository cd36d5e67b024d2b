package com.execreports.adapter.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.execreports.adapter.outbound.smtp.SmtpSettings;
import com.execreports.domain.ConfigurationException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** TRANSPORT on Lambda, and the SMTP keys: defaults, every problem at once, no secret in any message. */
class TransportChoiceTest {
    @Test
    void sesUnlessTheKeysSaySmtp() {
        assertThat(TransportChoice.onAws(Map.of(), "ssm:/exec-reports/")).isEqualTo(TransportChoice.Kind.SES);
        assertThat(TransportChoice.onAws(Map.of("TRANSPORT", " SMTP "), "ssm:/x/")).isEqualTo(TransportChoice.Kind.SMTP);
        assertThatThrownBy(() -> TransportChoice.onAws(Map.of("TRANSPORT", "pigeon"), "ssm:/exec-reports/"))
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
}
