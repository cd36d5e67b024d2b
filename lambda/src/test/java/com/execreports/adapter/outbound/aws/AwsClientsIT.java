package com.execreports.adapter.outbound.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.execreports.adapter.outbound.aws.emulator.AwsEmulator;
import com.execreports.domain.ConfigurationException;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;

class AwsClientsIT {
    @Test
    void anEndpointFromTheEnvironmentTurnsOnPathStyleS3AndIsLeftToTheSdk() {
        AwsClients.Settings settings = AwsClients.Settings.fromEnvironment(
                Map.of("AWS_ENDPOINT_URL", "http://127.0.0.1:5000", "AWS_REGION", "us-east-1"));

        assertThat(settings.pathStyle()).isTrue();
        assertThat(settings.endpoint()).isNull();
        assertThat(settings.region()).isNull();
        assertThat(settings.credentials()).isNull();
        assertThat(AwsClients.Settings.fromEnvironment(Map.of("AWS_ENDPOINT_URL_S3", "http://127.0.0.1:5000"))
                .pathStyle()).isTrue();
    }

    @Test
    void realAwsUsesVirtualHostedS3() {
        assertThat(AwsClients.Settings.fromEnvironment(Map.of("AWS_REGION", "eu-west-1")).pathStyle()).isFalse();
        assertThat(AwsClients.Settings.fromEnvironment(Map.of("AWS_ENDPOINT_URL", " ")).pathStyle()).isFalse();
    }

    @Test
    void oneSesClientPerRegionBuiltOnce() {
        try (AwsClients clients = emulatorBound()) {
            assertThat(clients.ses(null)).isSameAs(clients.ses(" ")).isSameAs(clients.ses("us-east-1"));
            assertThat(clients.ses("eu-west-1")).isNotSameAs(clients.ses(null));
            assertThat(clients.ses("eu-west-1").serviceClientConfiguration().region()).isEqualTo(Region.EU_WEST_1);
            assertThat(clients.s3()).isSameAs(clients.s3());
            assertThat(clients.ssm()).isSameAs(clients.ssm());
        }
    }

    @Test
    void anSesRegionThatIsNoRegionNameIsAConfigurationError() {
        try (AwsClients clients = emulatorBound()) {
            assertThatThrownBy(() -> clients.ses("Frankfurt"))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessage("SES_REGION: not an AWS region name (such as us-east-1)");
        }
    }

    private static AwsClients emulatorBound() {
        return new AwsClients(AwsClients.Settings.forEndpoint(URI.create("http://127.0.0.1:1"), AwsEmulator.REGION,
                AwsEmulator.CREDENTIALS));
    }
}
