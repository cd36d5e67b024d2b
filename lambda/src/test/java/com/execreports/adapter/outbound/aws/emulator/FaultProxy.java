package com.execreports.adapter.outbound.aws.emulator;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A loopback HTTP proxy in front of the emulator that injects faults per AWS service and operation:
 * SES by the form's {@code Action} (and a send's destinations), S3 by method and path, SSM by
 * {@code X-Amz-Target}. Requests no rule matches are forwarded unchanged. Point the SDK at
 * {@link #endpoint()} as it would be pointed at the emulator.
 *
 * <p>Bounded: it listens on 127.0.0.1 only, serves one request per connection ({@code Connection:
 * close}) on a fixed pool of threads, and every wait (a hang, a slow emulator) ends after
 * {@link #MAX_WAIT} or when the proxy is closed, so a test that forgets it cannot hang the build.
 */
public final class FaultProxy implements AutoCloseable {
    /** The longest a hanging request or an emulator answer is waited for. */
    public static final Duration MAX_WAIT = Duration.ofSeconds(90);
    private static final int THREADS = 32;
    private static final Pattern SIGNING_SERVICE = Pattern.compile("Credential=[^/]+/\\d{8}/[^/]+/([^/]+)/aws4_request");
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-connection",
            "transfer-encoding", "te", "upgrade", "expect", "content-length");

    // ---- what a request is, as rules see it -----------------------------------------------------

    /**
     * One request as the proxy read it.
     *
     * @param service the signing name in the SigV4 credential scope: {@code s3}, {@code ses}, {@code ssm}
     * @param operation SES: the {@code Action}; SSM: the operation of {@code X-Amz-Target}; S3: empty
     * @param destinations SES {@code SendRawEmail}: its {@code Destinations}; otherwise empty
     */
    public record Request(String method, String path, String service, String operation, Map<String, String> headers,
                          List<String> destinations) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** Requests to SES with this {@code Action}, e.g. {@code SendRawEmail}, {@code GetSendQuota}. */
    public static Predicate<Request> ses(String action) {
        return r -> r.service().equals("ses") && r.operation().equals(action);
    }

    /** SES sends with this address among their destinations. */
    public static Predicate<Request> sesSendTo(String address) {
        return ses("SendRawEmail").and(r -> r.destinations().contains(address));
    }

    /** Every S3 request. */
    public static Predicate<Request> s3() {
        return r -> r.service().equals("s3");
    }

    /** S3 requests with this method ({@code null}: any) whose path starts with {@code pathPrefix}. */
    public static Predicate<Request> s3(String method, String pathPrefix) {
        return s3().and(r -> (method == null || r.method().equals(method)) && r.path().startsWith(pathPrefix));
    }

    /** Every SSM request. */
    public static Predicate<Request> ssm() {
        return r -> r.service().equals("ssm");
    }

    /** SSM requests for this operation, e.g. {@code GetParametersByPath}. */
    public static Predicate<Request> ssm(String operation) {
        return ssm().and(r -> r.operation().equals(operation));
    }

    // ---- faults ----------------------------------------------------------------------------------

    /** What the proxy does instead of forwarding. */
    public sealed interface Fault permits Respond, Reset, AnswerLost, Hang {}

    /** An answer made up by the proxy; the emulator never sees the request. */
    public record Respond(int status, String contentType, String body) implements Fault {}

    /** The request is read, never forwarded, and the connection reset (TCP RST). */
    public record Reset() implements Fault {}

    /** The request is forwarded and carried out, then its answer dropped and the connection reset. */
    public record AnswerLost() implements Fault {}

    /** The request is read and never answered, until the proxy closes or {@link #MAX_WAIT} passes. */
    public record Hang() implements Fault {}

    /** SES's answer when the sending rate is exceeded. */
    public static Fault sesThrottling() {
        return sesError(400, "Sender", "Throttling", "Maximum sending rate exceeded.");
    }

    /** An SES error, e.g. {@code sesError(503, "Receiver", "ServiceUnavailable", "...")}. */
    public static Fault sesError(int status, String type, String code, String message) {
        return new Respond(status, "text/xml", "<ErrorResponse xmlns=\"http://ses.amazonaws.com/doc/2010-12-01/\">"
                + "<Error><Type>" + type + "</Type><Code>" + code + "</Code><Message>" + message + "</Message></Error>"
                + "<RequestId>fault-proxy</RequestId></ErrorResponse>");
    }

    /** An S3 error, e.g. {@code s3Error(503, "ServiceUnavailable")}. */
    public static Fault s3Error(int status, String code) {
        return new Respond(status, "application/xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>" + code
                + "</Code><Message>injected by the fault proxy</Message><RequestId>fault-proxy</RequestId></Error>");
    }

    /** An SSM (JSON protocol) error, e.g. {@code ssmError(500, "InternalServerError")}. */
    public static Fault ssmError(int status, String type) {
        return new Respond(status, "application/x-amz-json-1.1",
                "{\"__type\":\"" + type + "\",\"message\":\"injected by the fault proxy\"}");
    }

    /** GetSendQuota's answer for an account with these limits. */
    public static Fault sesQuota(double max24HourSend, double maxSendRate, double sentLast24Hours) {
        return new Respond(200, "text/xml", String.format(Locale.ROOT,
                "<GetSendQuotaResponse xmlns=\"http://ses.amazonaws.com/doc/2010-12-01/\"><GetSendQuotaResult>"
                        + "<Max24HourSend>%.1f</Max24HourSend><MaxSendRate>%.1f</MaxSendRate>"
                        + "<SentLast24Hours>%.1f</SentLast24Hours></GetSendQuotaResult><ResponseMetadata>"
                        + "<RequestId>fault-proxy</RequestId></ResponseMetadata></GetSendQuotaResponse>",
                max24HourSend, maxSendRate, sentLast24Hours));
    }

    public static Fault reset() {
        return new Reset();
    }

    public static Fault answerLost() {
        return new AnswerLost();
    }

    public static Fault hang() {
        return new Hang();
    }

    /** A fault for matching requests, for the next {@code times} of them, or for all when negative. */
    private record Rule(Predicate<Request> when, Fault fault, AtomicInteger left) {
        boolean claim(Request request) {
            if (!when.test(request)) {
                return false;
            }
            if (left.get() < 0) {
                return true;
            }
            return left.getAndUpdate(n -> n > 0 ? n - 1 : n) > 0;
        }
    }

    /**
     * A request seen, and the fault applied to it ({@code null}: forwarded).
     *
     * @param nanos when the request arrived, on {@link System#nanoTime()}'s clock
     */
    public record Seen(Request request, Fault fault, long nanos) {}

    // ---- the proxy -------------------------------------------------------------------------------

    private final URI upstream;
    private final ServerSocket server;
    private final ExecutorService pool;
    private final Thread acceptor;
    private final List<Rule> rules = new CopyOnWriteArrayList<>();
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final CountDownLatch closed = new CountDownLatch(1);
    private final ReentrantLock conditionalWrites = new ReentrantLock();
    private volatile boolean atomicConditionalWrites;

    private FaultProxy(URI upstream) throws IOException {
        this.upstream = upstream;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "fault-proxy-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.acceptor = new Thread(this::acceptAll, "fault-proxy-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** A proxy on a free port of 127.0.0.1 in front of {@code upstream} (an {@code http://host:port}). */
    public static FaultProxy start(URI upstream) throws IOException {
        return new FaultProxy(upstream);
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort());
    }

    /** Applies {@code fault} to every request {@code when} matches, from now on. */
    public FaultProxy inject(Predicate<Request> when, Fault fault) {
        rules.add(new Rule(when, fault, new AtomicInteger(-1)));
        return this;
    }

    /** Applies {@code fault} to the next {@code times} requests {@code when} matches. */
    public FaultProxy inject(Predicate<Request> when, Fault fault, int times) {
        rules.add(new Rule(when, fault, new AtomicInteger(times)));
        return this;
    }

    /** Forwards everything from now on; hanging requests stay hung. */
    public void clearFaults() {
        rules.clear();
    }

    /**
     * Forwards S3 conditional writes ({@code If-Match}, {@code If-None-Match}) one at a time. moto
     * checks the condition and stores the object in two steps without a lock, so two racing
     * writes can both succeed there; S3 decides each atomically, and this gives the emulator that
     * property for the tests of concurrent runs.
     */
    public FaultProxy atomicConditionalWrites() {
        atomicConditionalWrites = true;
        return this;
    }

    /** Every request seen so far, oldest first. */
    public List<Seen> seen() {
        return List.copyOf(seen);
    }

    /** How many requests seen so far {@code which} matches, faulted or not. */
    public long count(Predicate<Request> which) {
        return seen.stream().filter(s -> which.test(s.request())).count();
    }

    @Override
    public void close() {
        closed.countDown();
        try {
            server.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        pool.shutdownNow();
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void acceptAll() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                try {
                    pool.execute(() -> serve(client));
                } catch (RejectedExecutionException e) {
                    client.close();
                }
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            client.setSoTimeout((int) MAX_WAIT.toMillis());
            InputStream in = new BufferedInputStream(client.getInputStream());
            OutputStream out = client.getOutputStream();
            Head head = Head.read(in);
            if (head == null) {
                return;
            }
            if ("100-continue".equalsIgnoreCase(head.header("expect"))) {
                out.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            }
            byte[] body = readBody(in, head);
            Request request = describe(head, body);
            Fault fault = rules.stream().filter(r -> r.claim(request)).map(Rule::fault).findFirst().orElse(null);
            seen.add(new Seen(request, fault, System.nanoTime()));
            if (fault == null) {
                forward(head, body, out, true);
            } else if (fault instanceof Respond r) {
                respond(out, r);
            } else if (fault instanceof Reset) {
                reset(client);
            } else if (fault instanceof AnswerLost) {
                forward(head, body, OutputStream.nullOutputStream(), false);
                reset(client);
            } else if (fault instanceof Hang) {
                closed.await(MAX_WAIT.toMillis(), TimeUnit.MILLISECONDS);
                reset(client);
            }
        } catch (IOException e) {
            // the client went away (killed, timed out): nothing more to do for it
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void reset(Socket client) throws SocketException {
        client.setSoLinger(true, 0);
    }

    private static void respond(OutputStream out, Respond r) throws IOException {
        byte[] body = r.body().getBytes(StandardCharsets.UTF_8);
        String head = "HTTP/1.1 " + r.status() + " Injected\r\nContent-Type: " + r.contentType()
                + "\r\nContent-Length: " + body.length + "\r\nx-amzn-RequestId: fault-proxy\r\nConnection: close\r\n\r\n";
        out.write(head.getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        out.flush();
    }

    /** Sends the request to the emulator and copies its answer back, marked to close the connection. */
    private void forward(Head head, byte[] body, OutputStream out, boolean flush) throws IOException {
        boolean serialize = atomicConditionalWrites && head.method().equals("PUT")
                && (head.header("if-match") != null || head.header("if-none-match") != null);
        if (serialize) {
            conditionalWrites.lock();
        }
        try (Socket up = new Socket(upstream.getHost(), upstream.getPort())) {
            up.setSoTimeout((int) MAX_WAIT.toMillis());
            OutputStream upOut = up.getOutputStream();
            StringBuilder request = new StringBuilder(head.method()).append(' ').append(head.target()).append(" HTTP/1.1\r\n");
            for (String[] h : head.headers()) {
                if (!HOP_BY_HOP.contains(h[0].toLowerCase(Locale.ROOT))) {
                    request.append(h[0]).append(": ").append(h[1]).append("\r\n");
                }
            }
            if (body.length > 0 || head.header("content-length") != null || head.header("transfer-encoding") != null) {
                request.append("Content-Length: ").append(body.length).append("\r\n");
            }
            request.append("Connection: close\r\n\r\n");
            upOut.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            upOut.write(body);
            upOut.flush();

            InputStream upIn = new BufferedInputStream(up.getInputStream());
            Head answer = Head.read(upIn);
            if (answer == null) {
                throw new IOException("the emulator closed the connection without an answer");
            }
            StringBuilder response = new StringBuilder(answer.startLine()).append("\r\n");
            for (String[] h : answer.headers()) {
                String name = h[0].toLowerCase(Locale.ROOT);
                if (!name.equals("connection") && !name.equals("keep-alive")) {
                    response.append(h[0]).append(": ").append(h[1]).append("\r\n");
                }
            }
            response.append("Connection: close\r\n\r\n");
            out.write(response.toString().getBytes(StandardCharsets.ISO_8859_1));
            upIn.transferTo(out); // the emulator closes after its answer: we asked it to
            if (flush) {
                out.flush();
            }
        } finally {
            if (serialize) {
                conditionalWrites.unlock();
            }
        }
    }

    private static byte[] readBody(InputStream in, Head head) throws IOException {
        if ("chunked".equalsIgnoreCase(head.header("transfer-encoding"))) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            while (true) {
                String size = readLine(in);
                if (size == null) {
                    throw new IOException("chunked body cut short");
                }
                int length = Integer.parseInt(size.split(";", 2)[0].strip(), 16);
                if (length == 0) {
                    while (true) { // trailers, up to the empty line
                        String trailer = readLine(in);
                        if (trailer == null || trailer.isEmpty()) {
                            return body.toByteArray();
                        }
                    }
                }
                body.write(in.readNBytes(length));
                readLine(in);
            }
        }
        String length = head.header("content-length");
        return length == null ? new byte[0] : in.readNBytes(Integer.parseInt(length.strip()));
    }

    private static Request describe(Head head, byte[] body) {
        String target = head.target();
        String path = target.contains("?") ? target.substring(0, target.indexOf('?')) : target;
        String authorization = head.header("authorization");
        Matcher signed = SIGNING_SERVICE.matcher(authorization == null ? "" : authorization);
        String service = signed.find() ? signed.group(1) : "";
        Map<String, List<String>> form = service.equals("ses") ? form(body) : Map.of();
        String operation = switch (service) {
            case "ses" -> form.getOrDefault("Action", List.of("")).get(0);
            case "ssm" -> {
                String amzTarget = head.header("x-amz-target");
                yield amzTarget == null ? "" : amzTarget.substring(amzTarget.indexOf('.') + 1);
            }
            default -> "";
        };
        List<String> destinations = new ArrayList<>();
        form.forEach((k, v) -> {
            if (k.startsWith("Destinations.member.")) {
                destinations.addAll(v);
            }
        });
        Map<String, String> headers = new LinkedHashMap<>();
        head.headers().forEach(h -> headers.put(h[0].toLowerCase(Locale.ROOT), h[1]));
        return new Request(head.method(), path, service, operation, headers, destinations);
    }

    private static Map<String, List<String>> form(byte[] body) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        for (String pair : new String(body, StandardCharsets.ISO_8859_1).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                String key = URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8);
                if (key.equals("Action") || key.startsWith("Destinations.member.")) {
                    form.computeIfAbsent(key, k -> new ArrayList<>())
                            .add(URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return form;
    }

    /** The start line and headers of a request or response. */
    private record Head(String startLine, List<String[]> headers) {
        static Head read(InputStream in) throws IOException {
            String start = readLine(in);
            if (start == null || start.isEmpty()) {
                return null;
            }
            List<String[]> headers = new ArrayList<>();
            for (String line = readLine(in); line != null && !line.isEmpty(); line = readLine(in)) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    headers.add(new String[] {line.substring(0, colon).strip(), line.substring(colon + 1).strip()});
                }
            }
            return new Head(start, headers);
        }

        String method() {
            return startLine.split(" ", 3)[0];
        }

        String target() {
            return startLine.split(" ", 3)[1];
        }

        String header(String name) {
            return headers.stream().filter(h -> h[0].equalsIgnoreCase(name)).map(h -> h[1]).findFirst().orElse(null);
        }
    }

    /** One CRLF- (or LF-) terminated line in ISO-8859-1; {@code null} at the end of the stream. */
    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }
}
