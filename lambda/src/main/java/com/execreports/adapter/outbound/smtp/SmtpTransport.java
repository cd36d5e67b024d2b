package com.execreports.adapter.outbound.smtp;

import com.execreports.adapter.outbound.aws.SendPacer;
import com.execreports.application.port.OutgoingMessage;
import com.execreports.application.port.Transport;
import com.execreports.domain.Warning;
import com.execreports.domain.ConfigurationException;
import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.URLName;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLSocketFactory;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * Delivery through any SMTP server (a provider's submission endpoint, SES's SMTP interface, an
 * office relay) with Angus Mail: the same bytes the SES transport sends (the composed message less
 * its Bcc header), every To, Cc and Bcc address as an envelope recipient, over TLS only (STARTTLS
 * required, or implicit TLS), with AUTH when a user name is configured.
 *
 * <p>At most once: a message counts as possibly sent from the moment the server accepted the
 * {@code DATA} command. A connection lost after that point is {@code in_doubt} and never retried;
 * a definite refusal (a 4xx or 5xx reply) is not. A 4xx reply (the server's "try again later") is
 * retried in the same run after a pause; a 5xx reply fails the report, and the next run tries it
 * again. One connection per message, so a failure never leaves a half-used session behind.
 */
public final class SmtpTransport implements Transport {
    /** The same limits as SES: one report is one message to at most 50 envelope recipients. */
    public static final int MAX_RECIPIENTS = 50;
    /** The pipeline refuses at 10,000,000 bytes already; this is the guard for a direct caller. */
    public static final int MAX_RAW_BYTES = 10 * 1024 * 1024;
    /** The pauses before the second and third attempt after a 4xx reply. */
    public static final List<Duration> DEFAULT_RETRY_PAUSES = List.of(Duration.ofSeconds(2), Duration.ofSeconds(10));
    private static final int TIMEOUT_MILLIS = 60_000;
    /** SES's SMTP interface answers the end of DATA with {@code 250 Ok <SES message id>}. */
    private static final Pattern SES_REPLY = Pattern.compile("^250 Ok ([0-9a-f]{16}-[0-9a-f-]{20,}-\\d{6})\\s*$");

    private final SmtpSettings settings;
    private final SSLSocketFactory sslFactory;
    private final boolean checkServerIdentity;
    private final SendPacer pacer;
    private final SendPacer.Ticker ticker;
    private final List<Duration> retryPauses;

    /** Production: the JVM's trust store and host name verification. */
    public SmtpTransport(SmtpSettings settings) {
        this(settings, null, true, SendPacer.Ticker.SYSTEM, DEFAULT_RETRY_PAUSES);
    }

    /**
     * @param sslFactory the TLS sockets to use, {@code null} for the JVM's default (tests trust a
     *                   test server's certificate with it)
     * @param checkServerIdentity whether the certificate must name the host (always, but in tests)
     */
    public SmtpTransport(SmtpSettings settings, SSLSocketFactory sslFactory, boolean checkServerIdentity,
                         SendPacer.Ticker ticker, List<Duration> retryPauses) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.sslFactory = sslFactory;
        this.checkServerIdentity = checkServerIdentity;
        this.ticker = Objects.requireNonNull(ticker, "ticker");
        this.pacer = SendPacer.at(ticker, settings::maxPerSecond);
        this.retryPauses = List.copyOf(retryPauses);
    }

    @Override
    public String name() {
        return "smtp";
    }

    /**
     * Connects, negotiates TLS and logs in once before anything is sent: a wrong password, a
     * server without STARTTLS or a certificate that does not match stops the run with nothing
     * sent (exit 2). A server that cannot be reached at all is not configuration (exit 1).
     */
    @Override
    public List<Warning> preflight(String sender, int recipientCount) {
        Session session = session(sender);
        Phased transport = new Phased(session, implicit());
        try {
            transport.connect(settings.host(), settings.port(), settings.username(), settings.password());
        } catch (AuthenticationFailedException e) {
            throw new ConfigurationException("SMTP server " + where() + " refused the login of " + SmtpSettings.USERNAME
                    + " (check " + SmtpSettings.USERNAME + " and " + SmtpSettings.PASSWORD + "); nothing was sent", e);
        } catch (MessagingException e) {
            if (refusedTls(e)) {
                throw new ConfigurationException("SMTP server " + where() + " does not offer STARTTLS, or its"
                        + " certificate is not trusted for that name; the smtp transport sends over TLS only"
                        + " (set " + SmtpSettings.TLS + "=implicit for a TLS port such as 465); nothing was sent", e);
            }
            throw new IllegalStateException("could not reach the SMTP server " + where() + ": " + e.getMessage(), e);
        } finally {
            closeQuietly(transport);
        }
        return List.of();
    }

    @Override
    public String deliver(OutgoingMessage message) throws DeliveryException {
        List<String> recipients = message.allRecipients().stream().distinct().toList();
        refuseOutsideLimits(message, recipients);
        Address[] envelope = envelope(message, recipients);
        for (int attempt = 0; ; attempt++) {
            awaitTurn(message);
            try {
                return attempt(message, envelope);
            } catch (Retry retry) {
                if (attempt >= retryPauses.size()) {
                    throw new DeliveryException("SMTP server " + where() + " deferred report '" + message.reportId()
                            + "' " + (attempt + 1) + " times: " + retry.getMessage(), false, retry.getCause());
                }
                pause(message, retryPauses.get(attempt));
            }
        }
    }

    /** A definite 4xx refusal: nothing was accepted, so another attempt cannot duplicate it. */
    private static final class Retry extends Exception {
        Retry(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private String attempt(OutgoingMessage message, Address[] envelope) throws DeliveryException, Retry {
        Session session = session(message.from());
        Phased transport = new Phased(session, implicit());
        try {
            MimeMessage mime = new MimeMessage(session, new ByteArrayInputStream(message.mimeWithoutBcc()));
            transport.connect(settings.host(), settings.port(), settings.username(), settings.password());
            transport.sendMessage(mime, envelope);
            return providerId(transport.getLastServerResponse(), message);
        } catch (MessagingException e) {
            int code = replyCode(e);
            String reason = describe(e);
            if (transport.dataAccepted && code < 400) {
                // the message went out (in full or in part) and no reply says what became of it
                throw new DeliveryException("connection to SMTP server " + where() + " lost after report '"
                        + message.reportId() + "' was handed over; it may have been sent: " + reason, true, e);
            }
            if (code < 500 && !(e instanceof AuthenticationFailedException)) {
                // a 4xx reply, or a connection that broke before the server took the message
                throw new Retry(reason, e);
            }
            throw new DeliveryException("SMTP server " + where() + " refused report '" + message.reportId() + "': "
                    + reason, false, e);
        } finally {
            closeQuietly(transport);
        }
    }

    /** The SMTP reply code behind a failure, or -1 when there was none (the connection broke). */
    private static int replyCode(Throwable e) {
        for (Throwable t = e; t != null; t = next(t)) {
            if (t instanceof SMTPSendFailedException s && s.getReturnCode() > 0) {
                return s.getReturnCode();
            }
            if (t instanceof SMTPAddressFailedException a && a.getReturnCode() > 0) {
                return a.getReturnCode();
            }
        }
        return -1;
    }

    private static Throwable next(Throwable t) {
        if (t.getCause() != null && t.getCause() != t) {
            return t.getCause();
        }
        return t instanceof MessagingException m && m.getNextException() != t ? m.getNextException() : null;
    }

    /** The message, without any address a 5xx reply may quote back. */
    private static String describe(MessagingException e) {
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        Throwable cause = e.getCause() != null ? e.getCause() : e.getNextException();
        if (cause != null && cause.getMessage() != null && !text.contains(cause.getMessage().strip())) {
            text += " (" + cause.getMessage().strip() + ")";
        }
        return text.replaceAll("\\s+", " ");
    }

    /** SES's message id when the server is SES's SMTP interface, so bounce events find the report; else the Message-ID. */
    private static String providerId(String lastReply, OutgoingMessage message) {
        if (lastReply != null) {
            Matcher m = SES_REPLY.matcher(lastReply.strip());
            if (m.matches()) {
                return m.group(1);
            }
        }
        return message.messageId();
    }

    private Address[] envelope(OutgoingMessage message, List<String> recipients) throws DeliveryException {
        List<Address> addresses = new ArrayList<>();
        for (String r : recipients) {
            try {
                addresses.add(new InternetAddress(r, true));
            } catch (AddressException e) {
                throw new DeliveryException("report '" + message.reportId() + "' has a recipient that is not an"
                        + " address", false, null);
            }
        }
        return addresses.toArray(Address[]::new);
    }

    private static void refuseOutsideLimits(OutgoingMessage message, List<String> recipients)
            throws DeliveryException {
        if (recipients.isEmpty()) {
            throw new DeliveryException("report '" + message.reportId() + "' has no recipients", false, null);
        }
        if (recipients.size() > MAX_RECIPIENTS) {
            throw new DeliveryException("report '" + message.reportId() + "' has " + recipients.size()
                    + " recipients (To, Cc and Bcc); at most " + MAX_RECIPIENTS + " per message", false, null);
        }
        if (message.mimeWithoutBcc().length > MAX_RAW_BYTES) {
            throw new DeliveryException("report '" + message.reportId() + "' is " + message.mimeWithoutBcc().length
                    + " bytes; at most " + MAX_RAW_BYTES + " bytes (10 MB) per message", false, null);
        }
    }

    private void awaitTurn(OutgoingMessage message) throws DeliveryException {
        try {
            pacer.awaitTurn(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException("report '" + message.reportId() + "' not sent: the run was interrupted"
                    + " while waiting for its turn under " + SmtpSettings.MAX_PER_SECOND, false, e);
        }
    }

    private void pause(OutgoingMessage message, Duration pause) throws DeliveryException {
        try {
            ticker.sleep(pause.toNanos());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException("report '" + message.reportId() + "' not sent: the run was interrupted"
                    + " while waiting to try the SMTP server again", false, e);
        }
    }

    private boolean implicit() {
        return settings.tls() == SmtpSettings.Tls.IMPLICIT;
    }

    private String where() {
        return settings.host() + ":" + settings.port();
    }

    private static boolean refusedTls(MessagingException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (t instanceof javax.net.ssl.SSLException || m != null && m.contains("STARTTLS")) {
                return true;
            }
        }
        return false;
    }

    private Session session(String sender) {
        String p = implicit() ? "mail.smtps." : "mail.smtp.";
        Properties props = new Properties();
        props.put(p + "host", settings.host());
        props.put(p + "port", Integer.toString(settings.port()));
        props.put(p + "from", sender);
        // the EHLO name: the sender's domain, instead of a reverse lookup of this host that may hang
        props.put(p + "localhost", sender.substring(sender.lastIndexOf('@') + 1));
        props.put(p + "auth", Boolean.toString(settings.username() != null));
        props.put(p + "connectiontimeout", Integer.toString(TIMEOUT_MILLIS));
        props.put(p + "timeout", Integer.toString(TIMEOUT_MILLIS));
        props.put(p + "writetimeout", Integer.toString(TIMEOUT_MILLIS));
        props.put(p + "ssl.checkserveridentity", Boolean.toString(checkServerIdentity));
        props.put(p + "ssl.protocols", "TLSv1.3 TLSv1.2");
        if (!implicit()) {
            props.put(p + "starttls.enable", "true");
            props.put(p + "starttls.required", "true");
        }
        if (sslFactory != null) {
            props.put(p + "ssl.socketFactory", sslFactory);
        }
        return Session.getInstance(props);
    }

    private static void closeQuietly(SMTPTransport transport) {
        try {
            transport.close();
        } catch (MessagingException | RuntimeException ignored) {
            // the outcome is already decided; QUIT failing changes nothing
        }
    }

    /** Angus Mail's SMTP client, noting the moment the server accepted DATA. */
    private static final class Phased extends SMTPTransport {
        volatile boolean dataAccepted;

        Phased(Session session, boolean implicitTls) {
            super(session, new URLName(implicitTls ? "smtps" : "smtp", null, -1, null, null, null),
                    implicitTls ? "smtps" : "smtp", implicitTls);
        }

        @Override
        protected OutputStream data() throws MessagingException {
            OutputStream out = super.data();
            dataAccepted = true;
            return out;
        }
    }
}
