package com.execreports.adapter.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.execreports.domain.ConfigurationException;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FanOutSettingsTest {
    private static final String URL = "https://sqs.eu-west-1.amazonaws.com/123456789012/exec-reports-jobs";

    @Test
    void offWithoutAQueue() {
        FanOutSettings settings = FanOutSettings.fromEnvironment(Map.of("FANOUT_THRESHOLD", "2"));

        assertThat(settings).isEqualTo(new FanOutSettings(Optional.empty(), 2));
        assertThat(settings.dispatches(1000)).isFalse();
    }

    @Test
    void dispatchesARunOfMoreReportsThanTheThreshold() {
        FanOutSettings settings = FanOutSettings.fromEnvironment(Map.of("REPORT_QUEUE_URL", URL));

        assertThat(settings.threshold()).isEqualTo(200);
        assertThat(settings.dispatches(200)).isFalse();
        assertThat(settings.dispatches(201)).isTrue();
    }

    @Test
    void aThresholdThatIsNotANumberIsAClearError() {
        assertThatThrownBy(() -> FanOutSettings.fromEnvironment(Map.of("REPORT_QUEUE_URL", URL,
                "FANOUT_THRESHOLD", "lots")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("FANOUT_THRESHOLD must be a whole number, not 'lots'");
        assertThatThrownBy(() -> FanOutSettings.fromEnvironment(Map.of("FANOUT_THRESHOLD", "-1")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("FANOUT_THRESHOLD must be 0 or more, not -1");
    }
}
