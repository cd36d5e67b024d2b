package com.execreports.adapter.inbound.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.execreports.domain.ConfigurationException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LambdaSettingsTest {
    @Test
    void onlyTheBucketIsRequired() {
        assertThat(LambdaSettings.fromEnvironment(Map.of("HANDOFF_BUCKET", "exec-reports-data")))
                .isEqualTo(new LambdaSettings("exec-reports-data", "handoffs/", "/exec-reports/", "archive/", "ledger/"));
    }

    @Test
    void everyPrefixCanBeSet() {
        assertThat(LambdaSettings.fromEnvironment(Map.of("HANDOFF_BUCKET", "b-1", "HANDOFF_PREFIX", "in/",
                "CONFIG_SSM_PREFIX", "/org/reports/", "ARCHIVE_PREFIX", "out/", "LEDGER_PREFIX", "sent/")))
                .isEqualTo(new LambdaSettings("b-1", "in/", "/org/reports/", "out/", "sent/"));
    }

    @Test
    void aMissingBucketIsAClearError() {
        assertThatThrownBy(() -> LambdaSettings.fromEnvironment(Map.of("HANDOFF_PREFIX", "in/")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("HANDOFF_BUCKET is not set");
    }
}
