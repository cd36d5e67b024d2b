package com.execreports.adapter.outbound.aws.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.testcontainers.localstack.LocalStackContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * LocalStack in a container, used when Docker is available. The image is the last one that runs
 * without an auth token; set {@code LOCALSTACK_AUTH_TOKEN} (passed through) to use a newer one via
 * {@code -Dlocalstack.image=...}.
 *
 * <p>Sent mail is read from {@code GET /_aws/ses}: {@code messages[]} with {@code Id},
 * {@code Source} and {@code RawData}; LocalStack records no envelope destinations for raw sends.
 */
final class LocalStackEmulator implements AwsEmulator, AutoCloseable {
    static final String IMAGE = "localstack/localstack:4.14";

    private final LocalStackContainer container;

    private LocalStackEmulator(LocalStackContainer container) {
        this.container = container;
    }

    @SuppressWarnings("resource") // closed by close(), at the end of the test run
    static LocalStackEmulator start() {
        LocalStackContainer container = new LocalStackContainer(
                DockerImageName.parse(System.getProperty("localstack.image", IMAGE))
                        .asCompatibleSubstituteFor("localstack/localstack"))
                .withServices("s3", "ssm", "ses", "sqs");
        String token = System.getenv("LOCALSTACK_AUTH_TOKEN");
        if (token != null && !token.isBlank()) {
            container.withEnv("LOCALSTACK_AUTH_TOKEN", token);
        }
        container.start();
        return new LocalStackEmulator(container);
    }

    @Override
    public String name() {
        return "localstack";
    }

    @Override
    public URI endpoint() {
        return container.getEndpoint();
    }

    @Override
    public List<SentEmail> sentEmails() {
        JsonNode body = EmulatorHttp.getJson(endpoint().resolve("/_aws/ses"));
        List<SentEmail> sent = new ArrayList<>();
        for (JsonNode message : body.path("messages")) {
            if (message.has("RawData")) {
                sent.add(new SentEmail(message.path("Id").asText(), message.path("Source").asText(), List.of(),
                        message.path("RawData").asText().getBytes(StandardCharsets.UTF_8)));
            }
        }
        return sent;
    }

    @Override
    public boolean recordsDestinations() {
        return false;
    }

    @Override
    public boolean checksSenderVerification() {
        return false;
    }

    @Override
    public boolean servesAccountInspection() {
        return false;
    }

    @Override
    public void queueCostAndUsage(String resultsJson) {
        throw new UnsupportedOperationException("LocalStack's community image has no Cost Explorer");
    }

    @Override
    public void reset() {
        EmulatorHttp.post(endpoint().resolve("/_localstack/state/reset"));
        EmulatorHttp.delete(endpoint().resolve("/_aws/ses"));
    }

    @Override
    public void close() {
        container.stop();
    }
}
