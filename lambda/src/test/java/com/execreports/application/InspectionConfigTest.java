package com.execreports.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.execreports.domain.ConfigurationException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** INSPECT_AWS and INSPECT_TAG_KEY: off by default, set by the deployment, overridden by the keys. */
class InspectionConfigTest {
    @Test
    void offWithTheEntityTagByDefault() {
        assertThat(InspectionConfig.fromEnvironment(Map.of())).isEqualTo(new InspectionConfig(false, "entity"));
        assertThat(InspectionConfig.fromEnvironment(Map.of()).withKeys(keys())).isEqualTo(InspectionConfig.OFF);
    }

    @Test
    void theDeploymentTurnsItOnAndTheKeysOverrideIt() {
        InspectionConfig deployed = InspectionConfig.fromEnvironment(Map.of("INSPECT_AWS", "true"));

        assertThat(deployed.enabled()).isTrue();
        assertThat(deployed.withKeys(keys("INSPECT_AWS", "FALSE")).enabled()).isFalse();
        assertThat(InspectionConfig.OFF.withKeys(keys("INSPECT_AWS", " true ", "INSPECT_TAG_KEY", "business")))
                .isEqualTo(new InspectionConfig(true, "business"));
        assertThat(deployed.withKeys(keys("INSPECT_AWS", " ")).enabled()).isTrue();
    }

    @Test
    void theCommandLineFlagTurnsItOnKeepingTheTag() {
        assertThat(InspectionConfig.OFF.withKeys(keys("INSPECT_TAG_KEY", "cost-center")).on())
                .isEqualTo(new InspectionConfig(true, "cost-center"));
    }

    @Test
    void aValueThatIsNotTrueOrFalseIsAConfigurationError() {
        assertThatThrownBy(() -> InspectionConfig.OFF.withKeys(keys("INSPECT_AWS", "yes")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("INSPECT_AWS: 'yes' is neither true nor false");
    }

    @Test
    void aTagKeyAwsCouldNotHoldIsAConfigurationError() {
        assertThatThrownBy(() -> InspectionConfig.OFF.withKeys(keys("INSPECT_TAG_KEY", "aws:cloudformation")))
                .isInstanceOf(ConfigurationException.class).hasMessageStartingWith("INSPECT_TAG_KEY: 'aws:cloudformation'");
        assertThatThrownBy(() -> InspectionConfig.OFF.withKeys(keys("INSPECT_TAG_KEY", "a".repeat(129))))
                .isInstanceOf(ConfigurationException.class);
        assertThatThrownBy(() -> InspectionConfig.OFF.withKeys(keys("INSPECT_TAG_KEY", "team#1")))
                .isInstanceOf(ConfigurationException.class);
    }

    private static RunKeys keys(String... keysAndValues) {
        Map<String, String> values = new java.util.HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return new RunKeys("test.env", values);
    }
}
