package com.execreports.engine.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.execreports.domain.ReportsConfig;
import com.execreports.domain.ConfigurationException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code attach_pdf} in reports.yml: a boolean per report, off unless set. */
class ReportsConfigParserAttachPdfTest {
    private final ReportsConfigParser parser = new ReportsConfigParser();

    private ReportsConfig parse(String yaml) {
        return parser.parse(yaml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void isReadPerReportAndOffByDefault() {
        ReportsConfig config = parse("""
                reports:
                  - id: cfo
                    persona: cfo
                    entities: [a]
                    attach_pdf: true
                  - id: cto
                    persona: cto
                    entities: [a]
                """);
        assertThat(config.find("cfo").orElseThrow().attachPdf()).isTrue();
        assertThat(config.find("cto").orElseThrow().attachPdf()).isFalse();
    }

    @Test
    void mustBeABooleanAndNamesItsLine() {
        assertThatThrownBy(() -> parse("""
                reports:
                  - id: cfo
                    persona: cfo
                    entities: [a]
                    attach_pdf: "yes please"
                """)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("reports.yml line 2").hasMessageContaining("attach_pdf must be true or false");
    }
}
