package com.execreports.engine.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The redactor skips a rule whose clue is not in the text; skipping must never change what is
 * redacted. Texts are made of secrets of every rule, their clues in any case, near misses and
 * prose, and compared with a redaction that runs every pattern.
 */
class RedactorCluesProperties {
    private static final List<String> FRAGMENTS = List.of(
            "AKIAIOSFODNN7EXAMPLE", "ASIAY34FZKBOKMUTVV7A", "akia", "Akia", "ASIA",
            "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "AWS_SECRET_ACCESS_KEY:",
            "sk_live_4eC39HqLyjWDarjtT1zdp7dc", "rk_test_abcdefgh12", "whsec_abcdefgh12", "SK_LIVE_", "sk_live",
            "ghp_abcdefghijklmnopqrstuvwx", "GHS_ABCDEFGHIJKLMNOPQRSTUVWX", "gh", "github_pat_11ABCDEFG0123456789_abcdef",
            "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U", "EYJ",
            "xoxb-123456789012-abcdefghij", "XOXP-", "https://hooks.slack.com/services/T000/B000/XXXX",
            "AIzaSyA-1234567890abcdefghijklmnopqrstu", "aiza",
            "postgres://admin:hunter2@db.example.com", "://", "HTTPS://user:pw@host",
            "Authorization: Bearer abc.def-123456", "BEARER", "bearer bonds",
            "password: x1 is on the fridge", "PASSWORD=\"a b\"", "Secret: s3cr3t", "api_key=abc123", "TOKEN: t0k",
            "passwd:", "arn:aws:secretsmanager:us-east-1:1:secret:name",
            "-----BEGIN RSA PRIVATE KEY-----\nMIIEow\n-----END RSA PRIVATE KEY-----", "-----BEGIN PRIVATE KEY-----",
            "-----begin private key-----", "[REDACTED]",
            " ", "\n", "|", ":", "=", "\"", "'", ".", "Café Δ", "İstanbul", "the", "revenue", "K", "ß");

    @Property(tries = 2000)
    void skippingByCluesRedactsExactlyWhatEveryPatternDoes(@ForAll("texts") String text) {
        Redactor.Result withClues = Redactor.redact(text, true);
        Redactor.Result everyPattern = Redactor.redact(text, false);
        assertThat(withClues).isEqualTo(everyPattern);
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> fragment = Arbitraries.oneOf(
                Arbitraries.of(FRAGMENTS),
                Arbitraries.of(FRAGMENTS).map(f -> f.toUpperCase(Locale.ROOT)),
                Arbitraries.of(FRAGMENTS).map(f -> f.toLowerCase(Locale.ROOT)),
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(6));
        return fragment.list().ofMaxSize(12).map(parts -> String.join("", parts));
    }
}
