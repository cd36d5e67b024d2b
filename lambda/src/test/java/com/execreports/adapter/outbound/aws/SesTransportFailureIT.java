package com.execreports.adapter.outbound.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.execreports.adapter.outbound.aws.emulator.AwsEmulator;
import com.execreports.application.port.OutgoingMessage;
import com.execreports.application.port.Transport.DeliveryException;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * What a send that goes wrong on the wire becomes, against local sockets standing in for SES:
 * retried when SES answered without sending, in doubt when the request went out unanswered.
 */
class SesTransportFailureIT {
    private static final OutgoingMessage MESSAGE = SampleMessages.message("cfo", "reports@example.com",
            List.of("cfo@example.com"), List.of(), List.of("audit@example.com"));

    private static AwsClients clientsFor(URI endpoint) {
        return clientsFor(endpoint, Duration.ofMillis(700));
    }

    /** @param readTimeout short where the test waits for it, long where an answer is due (a loaded CI host) */
    private static AwsClients clientsFor(URI endpoint, Duration readTimeout) {
        return new AwsClients(AwsClients.Settings.forEndpoint(endpoint, AwsEmulator.REGION, AwsEmulator.CREDENTIALS)
                .withTimeouts(Duration.ofSeconds(1), readTimeout));
    }

    @Test
    void noAnswerAfterTheRequestWentOutIsInDoubtAndNeverRetried() throws Exception {
        try (SilentServer server = new SilentServer(); AwsClients clients = clientsFor(server.endpoint())) {
            SesTransport transport = new SesTransport(clients.ses(null), SendPacer.UNPACED);

            assertThatThrownBy(() -> transport.deliver(MESSAGE))
                    .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.inDoubt()).isTrue())
                    .hasMessageStartingWith("no answer from SES for report 'cfo' after the message went out");
            assertThat(server.requestsSeen()).isEqualTo(1);
        }
    }

    @Test
    void noConnectionAtAllIsAFailureNotInDoubt() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        try (AwsClients clients = clientsFor(URI.create("http://127.0.0.1:" + closedPort))) {
            SesTransport transport = new SesTransport(clients.ses(null), SendPacer.UNPACED);

            assertThatThrownBy(() -> transport.deliver(MESSAGE))
                    .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.inDoubt()).isFalse())
                    .hasMessageStartingWith("could not reach SES for report 'cfo'");
        }
    }

    @Test
    void throttlingIsRetriedWithBackoff() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        AtomicInteger requests = new AtomicInteger();
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            boolean first = requests.incrementAndGet() == 1;
            byte[] body = (first ? THROTTLED : SENT).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/xml");
            exchange.sendResponseHeaders(first ? 400 : 200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try (AwsClients clients = clientsFor(URI.create("http://127.0.0.1:" + server.getAddress().getPort()),
                Duration.ofSeconds(15))) {
            assertThat(new SesTransport(clients.ses(null), SendPacer.UNPACED).deliver(MESSAGE)).isEqualTo("ses-message-1");
            assertThat(requests).hasValue(2);
        } finally {
            server.stop(0);
        }
    }

    private static final String THROTTLED = """
            <ErrorResponse xmlns="http://ses.amazonaws.com/doc/2010-12-01/">
              <Error><Type>Sender</Type><Code>Throttling</Code><Message>Maximum sending rate exceeded.</Message></Error>
              <RequestId>r-1</RequestId>
            </ErrorResponse>""";

    private static final String SENT = """
            <SendRawEmailResponse xmlns="http://ses.amazonaws.com/doc/2010-12-01/">
              <SendRawEmailResult><MessageId>ses-message-1</MessageId></SendRawEmailResult>
              <ResponseMetadata><RequestId>r-2</RequestId></ResponseMetadata>
            </SendRawEmailResponse>""";

    /** Accepts connections and reads requests, and never answers. */
    private static final class SilentServer implements AutoCloseable {
        private final ServerSocket socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        private final List<Socket> accepted = new ArrayList<>();
        private final Thread acceptor = new Thread(this::acceptAll, "silent-ses");

        SilentServer() throws IOException {
            acceptor.setDaemon(true);
            acceptor.start();
        }

        URI endpoint() {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }

        synchronized int requestsSeen() {
            return accepted.size();
        }

        private void acceptAll() {
            while (!socket.isClosed()) {
                try {
                    Socket s = socket.accept();
                    synchronized (this) {
                        accepted.add(s);
                    }
                    drain(s.getInputStream());
                } catch (IOException e) {
                    return;
                }
            }
        }

        private static void drain(InputStream in) {
            Thread reader = new Thread(() -> {
                try {
                    in.transferTo(java.io.OutputStream.nullOutputStream());
                } catch (IOException ignored) {
                    // the client gave up: that is the point
                }
            });
            reader.setDaemon(true);
            reader.start();
        }

        @Override
        public synchronized void close() throws IOException {
            socket.close();
            for (Socket s : accepted) {
                s.close();
            }
        }
    }
}
