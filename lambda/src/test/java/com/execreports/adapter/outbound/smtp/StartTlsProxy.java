package com.execreports.adapter.outbound.smtp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * A loopback SMTP front for GreenMail's plain port that offers STARTTLS (which GreenMail 2.1 lacks),
 * refuses mail before it, and then relays the session in clear to GreenMail, so that it sees every
 * command and can inject the faults the transport must survive:
 * <ul>
 *   <li>{@link Fault#CUT_MID_MESSAGE}: the connection drops halfway through the message text;
 *       GreenMail never gets the end of it, so nothing is delivered;</li>
 *   <li>{@link Fault#CUT_BEFORE_REPLY}: the whole message reaches GreenMail (delivered), and the
 *       connection drops before its {@code 250} reaches the client;</li>
 *   <li>{@link Fault#DEFER}: {@code MAIL FROM} is answered {@code 451} by the proxy itself.</li>
 * </ul>
 * Each armed fault fires on as many sessions as it was armed for.
 */
final class StartTlsProxy implements AutoCloseable {
    enum Fault { CUT_MID_MESSAGE, CUT_BEFORE_REPLY, DEFER }

    private final ServerSocket server;
    private final int upstreamPort;
    private final SSLContext tls;
    private final boolean offerStartTls;
    private final List<Socket> open = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger cutMid = new AtomicInteger();
    private final AtomicInteger cutBeforeReply = new AtomicInteger();
    private final AtomicInteger defer = new AtomicInteger();
    final AtomicInteger deferred = new AtomicInteger();
    final AtomicInteger cut = new AtomicInteger();
    final AtomicInteger sessions = new AtomicInteger();
    private final Thread acceptor;

    /** @param offerStartTls false plays a server that never offers STARTTLS */
    StartTlsProxy(int upstreamPort, SSLContext tls, boolean offerStartTls) throws IOException {
        this.upstreamPort = upstreamPort;
        this.tls = tls;
        this.offerStartTls = offerStartTls;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.acceptor = new Thread(this::accept, "starttls-proxy");
        this.acceptor.setDaemon(true);
        this.acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    /** Arms {@code fault} for the next {@code times} sessions that reach the point it hits. */
    void arm(Fault fault, int times) {
        switch (fault) {
            case CUT_MID_MESSAGE -> cutMid.set(times);
            case CUT_BEFORE_REPLY -> cutBeforeReply.set(times);
            case DEFER -> defer.set(times);
        }
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                open.add(client);
                Thread t = new Thread(() -> session(client), "starttls-proxy-session");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void session(Socket client) {
        sessions.incrementAndGet();
        try (client; Socket upstream = new Socket(InetAddress.getLoopbackAddress(), upstreamPort)) {
            open.add(upstream);
            InputStream upIn = upstream.getInputStream();
            readReply(upIn); // GreenMail's greeting: the client gets the proxy's
            OutputStream cOut = client.getOutputStream();
            InputStream cIn = client.getInputStream();
            write(cOut, "220 127.0.0.1 ESMTP test front\r\n");
            while (true) {
                String line = readLine(cIn);
                if (line == null) {
                    return;
                }
                String verb = line.strip().toUpperCase(Locale.ROOT);
                if (verb.startsWith("EHLO")) {
                    write(cOut, offerStartTls ? "250-127.0.0.1\r\n250 STARTTLS\r\n" : "250 127.0.0.1\r\n");
                } else if (verb.startsWith("HELO")) {
                    write(cOut, "250 127.0.0.1\r\n");
                } else if (verb.equals("STARTTLS") && offerStartTls) {
                    write(cOut, "220 2.0.0 Ready to start TLS\r\n");
                    SSLSocket secure = (SSLSocket) tls.getSocketFactory().createSocket(client, null, true);
                    secure.setUseClientMode(false);
                    secure.startHandshake();
                    relay(secure, upstream);
                    return;
                } else if (verb.equals("QUIT")) {
                    write(cOut, "221 2.0.0 Bye\r\n");
                    return;
                } else {
                    write(cOut, "530 5.7.0 Must issue a STARTTLS command first\r\n");
                }
            }
        } catch (IOException e) {
            // the client or the proxy closed the session: nothing to relay any more
        }
    }

    /** Client to GreenMail line by line (watching the commands), GreenMail to client on a second thread. */
    private void relay(SSLSocket client, Socket upstream) throws IOException {
        InputStream cIn = new java.io.BufferedInputStream(client.getInputStream());
        OutputStream cOut = client.getOutputStream();
        OutputStream upOut = new java.io.BufferedOutputStream(upstream.getOutputStream());
        InputStream upIn = new java.io.BufferedInputStream(upstream.getInputStream());
        boolean[] dropReply = {false};
        Thread back = new Thread(() -> {
            try {
                String reply;
                while ((reply = readLine(upIn)) != null) {
                    synchronized (dropReply) {
                        if (dropReply[0]) {
                            cut.incrementAndGet();
                            client.close();
                            return;
                        }
                        write(cOut, reply);
                    }
                }
            } catch (IOException e) {
                // closed
            }
        }, "starttls-proxy-replies");
        back.setDaemon(true);
        back.start();
        boolean inData = false;
        int dataLines = 0;
        String line;
        while ((line = readLine(cIn)) != null) {
            if (inData) {
                dataLines++;
                if (line.equals(".\r\n")) {
                    inData = false;
                    if (take(cutBeforeReply)) {
                        synchronized (dropReply) {
                            dropReply[0] = true;
                        }
                    }
                } else if (dataLines == 20 && take(cutMid)) {
                    cut.incrementAndGet();
                    client.close();
                    upstream.close();
                    return;
                }
                upOut.write(line.getBytes(StandardCharsets.ISO_8859_1));
                if (!inData) {
                    upOut.flush();
                }
                continue;
            }
            String verb = line.strip().toUpperCase(Locale.ROOT);
            if (verb.startsWith("MAIL FROM") && take(defer)) {
                deferred.incrementAndGet();
                synchronized (dropReply) {
                    write(cOut, "451 4.3.0 Try again later\r\n");
                }
                continue;
            }
            if (verb.equals("DATA")) {
                inData = true;
                dataLines = 0;
            }
            upOut.write(line.getBytes(StandardCharsets.ISO_8859_1));
            upOut.flush();
        }
    }

    private static boolean take(AtomicInteger armed) {
        return armed.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
    }

    private static void readReply(InputStream in) throws IOException {
        String line;
        do {
            line = readLine(in);
        } while (line != null && line.length() > 3 && line.charAt(3) == '-');
    }

    /** One line with its CRLF, bytes as ISO-8859-1 so that 8-bit text passes unchanged; null at the end. */
    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            buf.write(b);
            if (b == '\n') {
                break;
            }
        }
        return buf.size() == 0 ? null : buf.toString(StandardCharsets.ISO_8859_1);
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
        synchronized (open) {
            for (Socket s : open) {
                try {
                    s.close();
                } catch (IOException ignored) {
                    // closing
                }
            }
        }
    }
}
