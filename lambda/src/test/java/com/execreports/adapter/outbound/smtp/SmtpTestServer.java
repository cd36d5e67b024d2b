package com.execreports.adapter.outbound.smtp;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.Enumeration;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * GreenMail on loopback with one login, and TLS that trusts GreenMail's own test certificate (the
 * {@code greenmail.p12} in its jar) and nothing else. GreenMail 2.1 has no STARTTLS of its own:
 * {@link StartTlsProxy} adds it in front of the plain port.
 */
final class SmtpTestServer {
    static final String SENDER = "reports@example.com";
    static final String USER = "reports";
    static final String PASSWORD = "test-only-login";

    private SmtpTestServer() {}

    /** Plain SMTP (behind the proxy) and implicit-TLS SMTP, both on 127.0.0.1 with free ports, AUTH on. */
    static GreenMail start() {
        ServerSetup smtp = new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        ServerSetup smtps = new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTPS);
        // the build machine is shared: give the servers time to come up
        smtp.setServerStartupTimeout(20_000);
        smtps.setServerStartupTimeout(20_000);
        GreenMail mail = new GreenMail(new ServerSetup[] {smtp, smtps});
        mail.setUser(SENDER, USER, PASSWORD);
        mail.start();
        return mail;
    }

    private static KeyStore keyStore() {
        try (InputStream in = GreenMail.class.getClassLoader().getResourceAsStream("greenmail.p12")) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, "changeit".toCharArray());
            return ks;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The server side of the proxy's TLS: GreenMail's key and certificate. */
    static SSLContext serverContext() {
        try {
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(keyStore(), "changeit".toCharArray());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(kmf.getKeyManagers(), null, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A client that trusts only GreenMail's certificate. */
    static SSLSocketFactory trustingGreenMail() {
        try {
            KeyStore source = keyStore();
            KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
            trust.load(null, null);
            Enumeration<String> aliases = source.aliases();
            while (aliases.hasMoreElements()) {
                String alias = aliases.nextElement();
                Certificate[] chain = source.getCertificateChain(alias);
                Certificate cert = chain != null ? chain[0] : source.getCertificate(alias);
                trust.setCertificateEntry(alias, cert);
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, tmf.getTrustManagers(), null);
            return context.getSocketFactory();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
