package com.execreports.adapter.outbound.smtp;

import com.execreports.application.RunKeys;
import com.execreports.domain.ConfigurationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The SMTP transport's keys, read from the same key source as the rest (env file locally, SSM on
 * AWS, where {@code SMTP_PASSWORD} is a SecureString). No value is ever repeated in a message.
 *
 * @param username {@code null} sends without AUTH (a relay that trusts the network)
 * @param maxPerSecond messages per second; 0 sends without waiting
 */
public record SmtpSettings(String host, int port, String username, String password, Tls tls, double maxPerSecond) {
    public static final String HOST = RunKeys.SMTP_HOST;
    public static final String PORT = RunKeys.SMTP_PORT;
    public static final String USERNAME = RunKeys.SMTP_USERNAME;
    public static final String PASSWORD = RunKeys.SMTP_PASSWORD;
    public static final String TLS = RunKeys.SMTP_TLS;
    public static final String MAX_PER_SECOND = RunKeys.SMTP_MAX_PER_SECOND;

    /**
     * How the connection is encrypted: always. {@code STARTTLS} (submission, port 587) refuses a
     * server that does not offer it; {@code IMPLICIT} is TLS from the first byte (port 465).
     */
    public enum Tls {
        STARTTLS(587), IMPLICIT(465);

        final int defaultPort;

        Tls(int defaultPort) {
            this.defaultPort = defaultPort;
        }
    }

    @Override
    public String toString() {
        // never the password, even in a debugger or a log line written by mistake
        return "SmtpSettings[" + host + ":" + port + ", tls=" + tls + ", user=" + (username == null ? "none" : "set")
                + ", maxPerSecond=" + maxPerSecond + "]";
    }

    /** See {@link #from(RunKeys)}. */
    public static SmtpSettings from(Map<String, String> keys, String source) {
        return from(new RunKeys(source, keys));
    }

    /** Every problem at once, each prefixed with where the keys came from. */
    public static SmtpSettings from(RunKeys read) {
        String source = read.source();
        List<String> problems = new ArrayList<>();
        String host = read.value(HOST).orElse(null);
        if (host == null) {
            problems.add(source + ": " + HOST + ": required for the smtp transport (the server's host name)");
        }
        Tls tls = Tls.STARTTLS;
        String tlsValue = read.value(TLS).orElse(null);
        if (tlsValue != null) {
            switch (tlsValue.toLowerCase(Locale.ROOT)) {
                case "starttls" -> tls = Tls.STARTTLS;
                case "implicit" -> tls = Tls.IMPLICIT;
                default -> problems.add(source + ": " + TLS + ": must be starttls (the default) or implicit;"
                        + " sending without TLS is not offered");
            }
        }
        int port = tls.defaultPort;
        String portValue = read.value(PORT).orElse(null);
        if (portValue != null) {
            try {
                port = Integer.parseInt(portValue);
                if (port < 1 || port > 65535) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                problems.add(source + ": " + PORT + ": not a port number (1-65535)");
            }
        }
        String username = read.value(USERNAME).orElse(null);
        String password = read.raw(PASSWORD);
        if (username != null && (password == null || password.isEmpty())) {
            problems.add(source + ": " + PASSWORD + ": required when " + USERNAME + " is set");
        }
        if (username == null && password != null && !password.isEmpty()) {
            problems.add(source + ": " + USERNAME + ": required when " + PASSWORD + " is set");
        }
        double rate = 0;
        String rateValue = read.value(MAX_PER_SECOND).orElse(null);
        if (rateValue != null) {
            try {
                rate = Double.parseDouble(rateValue);
                if (!Double.isFinite(rate) || rate <= 0) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                problems.add(source + ": " + MAX_PER_SECOND + ": not a positive number of messages per second");
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigurationException(String.join("\n", problems));
        }
        return new SmtpSettings(host, port, username, username == null ? null : password, tls, rate);
    }
}
