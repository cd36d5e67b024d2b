package com.execreports.adapter.outbound.aws.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code moto_server} from the project venv, as a child process on a free port of 127.0.0.1.
 *
 * <p>Sent mail is read from moto's state dump, {@code GET /moto-api/data.json}: moto 5.2.5 lists
 * every SendRawEmail under {@code ses.RawMessage[]} as {@code {id, source, destinations,
 * raw_data}}, {@code raw_data} being the message decoded as UTF-8 and {@code destinations} the
 * request's Destinations followed by the addresses of the message's To header.
 */
public final class MotoServer implements AwsEmulator, AutoCloseable {
    private static final Duration STARTUP = Duration.ofSeconds(60);

    private final Process process;
    private final URI endpoint;
    private final Path log;

    private MotoServer(Process process, URI endpoint, Path log) {
        this.process = process;
        this.endpoint = endpoint;
        this.log = log;
    }

    public static MotoServer start() throws IOException, InterruptedException {
        Path root = ProjectVenv.repoRoot();
        Path bin = ProjectVenv.ensure(root);
        int port = freePort();
        Path log = Files.createDirectories(root.resolve("lambda/target")).resolve("moto-server.log");
        Process process = new ProcessBuilder(bin.resolve("moto_server").toString(), "-H", "127.0.0.1", "-p",
                String.valueOf(port)).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        MotoServer server = new MotoServer(process, URI.create("http://127.0.0.1:" + port), log);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "moto-server-stop"));
        server.awaitReady();
        return server;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private void awaitReady() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        URI probe = endpoint.resolve("/moto-api/data.json");
        while (!EmulatorHttp.answers(probe)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                close();
                throw new IllegalStateException("moto_server did not start at " + endpoint + ":\n"
                        + Files.readString(log, StandardCharsets.UTF_8));
            }
            Thread.sleep(100);
        }
    }

    @Override
    public String name() {
        return "moto";
    }

    @Override
    public URI endpoint() {
        return endpoint;
    }

    @Override
    public List<SentEmail> sentEmails() {
        JsonNode state = EmulatorHttp.getJson(endpoint.resolve("/moto-api/data.json"));
        List<SentEmail> sent = new ArrayList<>();
        for (JsonNode message : state.path("ses").path("RawMessage")) {
            List<String> destinations = new ArrayList<>();
            message.path("destinations").forEach(d -> destinations.add(d.asText()));
            sent.add(new SentEmail(message.path("id").asText(), message.path("source").asText(), destinations,
                    message.path("raw_data").asText().getBytes(StandardCharsets.UTF_8)));
        }
        return sent;
    }

    @Override
    public boolean recordsDestinations() {
        return true;
    }

    @Override
    public boolean checksSenderVerification() {
        return true;
    }

    @Override
    public boolean servesAccountInspection() {
        return true;
    }

    /** moto 5.2.5: {@code POST /moto-api/static/ce/cost-and-usage-results}. */
    @Override
    public void queueCostAndUsage(String resultsJson) {
        EmulatorHttp.postJson(endpoint.resolve("/moto-api/static/ce/cost-and-usage-results"), resultsJson);
    }

    @Override
    public void reset() {
        EmulatorHttp.post(endpoint.resolve("/moto-api/reset"));
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
    }
}
