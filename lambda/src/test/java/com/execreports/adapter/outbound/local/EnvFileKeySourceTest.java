package com.execreports.adapter.outbound.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import com.execreports.domain.ConfigurationException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** SPEC §4: keys from an env file; a bad line is named by number, its content never echoed. */
class EnvFileKeySourceTest {
    private static final String LABEL = "config/test.env";

    @TempDir
    Path dir;

    @Test
    void commentsBlankLinesExportAndQuotesAreUnderstood() throws Exception {
        Map<String, String> keys = new EnvFileKeySource(fixture("every-form.env"), LABEL).load();

        assertThat(keys).containsExactly(
                entry("SES_SENDER_ADDRESS", "reports@example.com"),
                entry("AUDIT_BCC_ADDRESS", "audit@example.com"),
                entry("SES_REGION", "us-west-2"),
                entry("REPORT_CEO_TO", "ceo@example.com, chief-of-staff@example.com"),
                entry("REPORT_CEO_CC", "board@example.com"),
                entry("REPORT_CFO_TO", "cfo@example.com"),
                entry("REPORT_CMO_TO", "cmo@example.com"),
                entry("EMPTY_VALUE", ""),
                entry("WITH_EQUALS", "a=b=c"),
                entry("WITH_HASH", "room#4"));
    }

    @Test
    void windowsLineEndingsLeaveNoCarriageReturnInAValue() throws Exception {
        Path file = write("# keys\r\nSES_SENDER_ADDRESS=reports@example.com\r\n\r\nREPORT_CEO_TO=ceo@example.com\r\n");

        assertThat(new EnvFileKeySource(file, LABEL).load()).containsExactly(
                entry("SES_SENDER_ADDRESS", "reports@example.com"),
                entry("REPORT_CEO_TO", "ceo@example.com"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"just some words", "1REPORT_CEO_TO=ceo@example.com", "REPORT-CEO-TO=ceo@example.com",
        "=ceo@example.com", "REPORT_CEO_TO ceo@example.com", "export"})
    void aMalformedLineIsNamedByItsNumberAndNeverQuoted(String malformed) throws Exception {
        Path file = write("# keys\nSES_SENDER_ADDRESS=reports@example.com\n\n" + malformed + "\n");

        assertThatThrownBy(() -> new EnvFileKeySource(file, LABEL).load())
                .isInstanceOf(ConfigurationException.class)
                .hasMessage(LABEL + " line 4: expected KEY=value");
    }

    @Test
    void aMalformedLineHoldingASecretNeverReachesTheMessage() throws Exception {
        String secret = "sk_" + "live_" + "abcdefghijklmnopqrstuvwx";
        Path file = write("SES_SENDER_ADDRESS=reports@example.com\nstripe key " + secret + "\n");

        assertThatThrownBy(() -> new EnvFileKeySource(file, LABEL).load())
                .isInstanceOf(ConfigurationException.class)
                .hasMessage(LABEL + " line 2: expected KEY=value")
                .satisfies(e -> assertThat(e.toString()).doesNotContain(secret).doesNotContain("stripe"));
    }

    @Test
    void aMissingFileIsAConfigurationError() {
        assertThatThrownBy(() -> new EnvFileKeySource(dir.resolve("absent.env"), LABEL).load())
                .isInstanceOf(ConfigurationException.class)
                .hasMessage(LABEL + ": env file not found");
    }

    @Test
    void itDescribesItselfByTheLabelItWasGiven() {
        assertThat(new EnvFileKeySource(dir.resolve("absent.env"), LABEL).describe()).isEqualTo(LABEL);
    }

    private Path write(String content) throws IOException {
        return Files.writeString(dir.resolve("keys.env"), content, StandardCharsets.UTF_8);
    }

    private Path fixture(String name) throws URISyntaxException {
        return Path.of(getClass().getResource(getClass().getSimpleName() + "/" + name).toURI());
    }
}
