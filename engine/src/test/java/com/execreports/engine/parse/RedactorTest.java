package com.execreports.engine.parse;

import static com.execreports.testing.HandoffMarkdown.handoff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Named.named;

import com.execreports.domain.Items.Finding;
import com.execreports.domain.Items.Kpi;
import com.execreports.domain.Warning;
import com.execreports.engine.parse.HandoffParser.Parsed;
import com.execreports.testing.HandoffMarkdown;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SPEC §3 and §7, secrets: every credential pattern is replaced by [REDACTED], only the secret and
 * not the sentence around it, with the line reported and the value never repeated. Credential-shaped
 * strings are assembled at run time so that no literal one sits in this source file.
 */
class RedactorTest {
    private static final String ALNUM_36 = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final String AWS_ID_TAIL = "ABCDEFGHIJKLMNOP";

    private final Redactor redactor = new Redactor();

    @ParameterizedTest(name = "{0}")
    @MethodSource("tokens")
    void aWholeTokenSecretIsReplacedAndTheSentenceKept(String secret) {
        Redactor.Result result = redactor.redact("We found " + secret + " in the deploy script.");

        assertThat(result.text()).isEqualTo("We found [REDACTED] in the deploy script.");
        assertThat(result.lines()).containsExactly(1);
    }

    static Stream<Arguments> tokens() {
        return Stream.of(
                token("AWS access key id (AKIA)", "AKIA" + AWS_ID_TAIL),
                token("AWS temporary key id (ASIA)", "ASIA" + AWS_ID_TAIL),
                token("Stripe live secret key", "sk_" + "live_" + ALNUM_36.substring(0, 24)),
                token("Stripe test secret key", "sk_" + "test_" + ALNUM_36.substring(0, 24)),
                token("Stripe restricted live key", "rk_" + "live_" + ALNUM_36.substring(0, 24)),
                token("GitHub personal token", "ghp_" + ALNUM_36),
                token("GitHub OAuth token", "gho_" + ALNUM_36),
                token("GitHub user-to-server token", "ghu_" + ALNUM_36),
                token("GitHub server-to-server token", "ghs_" + ALNUM_36),
                token("GitHub refresh token", "ghr_" + ALNUM_36),
                token("GitHub fine-grained token", "github_" + "pat_" + "11ABCDEFG0123456789_" + ALNUM_36));
    }

    private static Arguments token(String name, String secret) {
        return Arguments.of(named(name, secret));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("assignments")
    void onlyTheValueAfterAKeywordIsReplaced(Assignment a) {
        Redactor.Result result = redactor.redact(a.before() + a.assignment() + a.after());

        assertThat(result.text()).isEqualTo(a.before() + a.keyword() + a.separator() + "[REDACTED]" + a.after());
        assertThat(result.lines()).containsExactly(1);
    }

    /** "keyword separator value" inside a sentence; put together at run time, never as one literal. */
    record Assignment(String before, String keyword, String separator, String value, String after) {
        String assignment() {
            return keyword + separator + value;
        }
    }

    static Stream<Arguments> assignments() {
        return Stream.of(
                assignment("password, then a colon", "The wifi ", "password", ": ", "x1y2z3", " is on the fridge."),
                assignment("passwd, then an equals sign", "Router ", "passwd", "=", "hunter22", " since May."),
                assignment("secret, then a double-quoted value", "Set ", "secret", " = ", "\"open sesame now\"",
                        " in the panel."),
                assignment("secret, then a single-quoted value", "Set ", "secret", " = ", "'open sesame now'", " there."),
                assignment("api_key, then a colon", "Mailer ", "api_key", ": ", "mk-991-abc", " is shared."),
                assignment("token, then an equals sign", "Webhook ", "token", "=", "tok991abc", ", rotate it."),
                assignment("keyword in capitals", "", "PASSWORD", ": ", "Winter2026", " for the admin."),
                assignment("value in a table cell", "| admin | ", "password", ": ", "Winter2026", " | yes |"));
    }

    private static Arguments assignment(String name, String before, String keyword, String separator, String value,
                                        String after) {
        return Arguments.of(named(name, new Assignment(before, keyword, separator, value, after)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tokens")
    void everyTokenPatternIsDetectedWithoutRedacting(String secret) {
        assertThat(redactor.containsSecret("STRIPE_KEY=" + secret)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("assignments")
    void everyAssignmentIsDetected(Assignment a) {
        assertThat(redactor.containsSecret(a.before() + a.assignment() + a.after())).isTrue();
    }

    @Test
    void anEnvironmentVariableNamedLikeASecretIsDetectedAndOtherNamesAreNot() {
        assertThat(redactor.containsSecret("DB_" + "PASSWORD" + "=hunter22")).isTrue();
        assertThat(redactor.containsSecret("API_" + "TOKEN" + "=t0k")).isTrue();
        assertThat(redactor.containsSecret("TABLE_NAME=jada-bookings")).isFalse();
        assertThat(redactor.containsSecret("SECRET_ARN=arn:aws:secretsmanager:us-east-1:1:secret:x")).isFalse();
        assertThat(redactor.containsSecret("TOKEN_TTL_SECONDS=300")).isFalse();
        assertThat(redactor.containsSecret("PASSWORD=" + Redactor.MARK)).isFalse();
    }

    @Test
    void aPrivateKeyBlockIsReplacedWholeAndKeepsTheLineCount() {
        String begin = "-----BEGIN " + "RSA PRIVATE" + " KEY-----";
        String end = "-----END " + "RSA PRIVATE" + " KEY-----";
        String text = String.join("\n", "The studio pasted this key:", begin, "MIIEowIBAAKCAQEA0Z3VS5JJcds3xfn",
                "/ygWep4PAtGoSo5a9Zz0m5ZtWq2", end, "and then left.");

        Redactor.Result result = redactor.redact(text);

        assertThat(result.text()).isEqualTo("The studio pasted this key:\n[REDACTED]\n\n\n\nand then left.");
        assertThat(result.text().lines().count()).isEqualTo(text.lines().count());
        assertThat(result.lines()).containsExactly(2);
    }

    @Test
    void anOpensshKeyBlockIsAPrivateKeyBlockToo() {
        String text = "-----BEGIN " + "OPENSSH PRIVATE" + " KEY-----\nb3BlbnNzaC1rZXktdjE\n-----END "
                + "OPENSSH PRIVATE" + " KEY-----";

        assertThat(redactor.redact(text).text()).isEqualTo("[REDACTED]\n\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The password shared by text last week still works.",
        "Ask for the secret recipe; the token system is fine.",
        "AKIA is how AWS key ids start.",
        "The key lives at arn:aws:secretsmanager:us-east-1:123456789012:secret:stripe-live in Secrets Manager."})
    void proseAboutSecretsIsNotASecret(String prose) {
        Redactor.Result result = redactor.redact(prose);

        assertThat(result.text()).isEqualTo(prose);
        assertThat(result.lines()).isEmpty();
    }

    @Test
    void everyLineWithASecretIsReportedOnceInOrder() {
        String text = String.join("\n", "clean", "key AKIA" + AWS_ID_TAIL, "clean",
                "password" + ": a1 and " + "token" + "=b2", "clean", "ghp_" + ALNUM_36);

        Redactor.Result result = redactor.redact(text);

        assertThat(result.lines()).containsExactly(2, 4, 6);
        assertThat(result.text()).isEqualTo(String.join("\n", "clean", "key [REDACTED]", "clean",
                "password" + ": [REDACTED] and " + "token" + "=[REDACTED]", "clean", "[REDACTED]"));
    }

    @Test
    void throughTheParserTheWarningNamesFileAndLineAndNeverTheValue() {
        String awsKey = "AKIA" + AWS_ID_TAIL;
        String password = "Pw-" + "hunter2-sailboat";
        HandoffMarkdown md = handoff("acme")
                .table("KPIs", "kpi | value | target | unit | tracked", "Keys rotated " + awsKey + " | 1 | 1 | | yes")
                .bullets("Findings", "[critical][security] The admin " + "password" + ": " + password
                        + " is on a sticky note.");

        Parsed parsed = new HandoffParser().parse("clients/acme.md", md.bytes());

        assertThat(parsed.warnings()).extracting(Warning::file, Warning::line).containsExactly(
                tuple("clients/acme.md", md.lineOf("Keys rotated")),
                tuple("clients/acme.md", md.lineOf("sticky note")));
        assertThat(parsed.warnings()).allSatisfy(w -> {
            assertThat(w.message()).contains("redacted");
            assertThat(w.display()).doesNotContain(awsKey).doesNotContain(password);
        });
        assertThat(parsed.handoff()).get().satisfies(h -> {
            assertThat(h.kpis()).extracting(Kpi::kpi).containsExactly("Keys rotated [REDACTED]");
            assertThat(h.findings()).extracting(Finding::text)
                    .containsExactly("The admin " + "password" + ": [REDACTED] is on a sticky note.");
        });
    }

    @Test
    void aRedactedKeyBlockDoesNotShiftTheLinesOfLaterWarnings() {
        String begin = "-----BEGIN " + "PRIVATE" + " KEY-----";
        String end = "-----END " + "PRIVATE" + " KEY-----";
        HandoffMarkdown md = handoff("acme")
                .text("Notes", begin, "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC", "AoIBAQC7", end)
                .table("Costs", "item | category | monthly_min", "Hosting bill | infrastructure | about forty");

        Parsed parsed = new HandoffParser().parse("acme.md", md.bytes());

        assertThat(parsed.warnings()).extracting(Warning::line)
                .containsExactly(md.lineOf("BEGIN"), md.lineOf("Hosting bill"));
        assertThat(parsed.warnings()).allSatisfy(w -> assertThat(w.display()).doesNotContain("MIIEvQ"));
    }

    @Test
    void aRedactedValueIsNotRedactedTwice() {
        assertThat(redactor.redact("password" + ": [REDACTED]").lines()).isEmpty();
    }

    @Test
    void theResultHoldsNoSecretWhenSeveralPatternsOverlap() {
        String stripe = "sk_" + "live_" + ALNUM_36.substring(0, 24);

        Redactor.Result result = redactor.redact("secret" + "=" + stripe + " and " + "api_key" + ": " + stripe);

        assertThat(result.text()).doesNotContain(stripe)
                .isEqualTo("secret" + "=[REDACTED] and " + "api_key" + ": [REDACTED]");
    }

    // ---- round 2 (issue 16): the wider shapes, and what a reader sees after markdown ----------------

    static Stream<Arguments> roundTwoTokens() {
        String b64 = "eyJ" + "hbGciOiJIUzI1NiJ9";
        return Stream.of(
                token("JWT", b64 + ".eyJ" + "zdWIiOiIxMjM0NTY3ODkwIn0" + ".SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"),
                token("Slack bot token", "xox" + "b-123456789012-abcdefABCDEF"),
                token("Slack user token", "xox" + "p-123456789012-abcdefABCDEF"),
                token("Slack webhook URL", "https://hooks.slack" + ".com/services/T0000/B0000/XXXXXXXXXXXXXXXX"),
                token("Google API key", "AI" + "za" + "SyA1234567890abcdefghijklmnopqrstuv"),
                token("Stripe restricted test key", "rk_" + "test_" + ALNUM_36.substring(0, 24)),
                token("Stripe webhook secret", "wh" + "sec_" + ALNUM_36.substring(0, 24)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("roundTwoTokens")
    void aRoundTwoTokenIsReplacedAndTheSentenceKept(String secret) {
        Redactor.Result result = redactor.redact("We found " + secret + " in the deploy script.");

        assertThat(result.text()).isEqualTo("We found [REDACTED] in the deploy script.");
        assertThat(result.lines()).containsExactly(1);
        assertThat(redactor.containsSecret("X=" + secret)).isTrue();
    }

    static Stream<Arguments> roundTwoValues() {
        String awsSecret = "wJalrXUtnFEMI/K7MDENG/" + "bPxRfiCYEXAMPLEKEY";
        return Stream.of(
                Arguments.of(named("AWS secret access key", new String[] {
                        "aws_secret_access_key" + " = " + awsSecret, "aws_secret_access_key = [REDACTED]", awsSecret})),
                Arguments.of(named("password inside a URL", new String[] {
                        "db at postgres://app:" + "s3cr3tPw@db.example.com/prod",
                        "db at postgres://app:[REDACTED]@db.example.com/prod", "s3cr3tPw"})),
                Arguments.of(named("Bearer token", new String[] {
                        "Authorization: " + "Bearer " + "abc123def456ghi789", "Authorization: Bearer [REDACTED]",
                        "abc123def456ghi789"})),
                Arguments.of(named("password key in JSON", new String[] {
                        "{\"" + "password" + "\": \"hunter2 and more\"}", "{\"password\": [REDACTED]}", "hunter2"})),
                Arguments.of(named("a pass phrase: no word of it shows", new String[] {
                        "password" + ": a b", "password: [REDACTED]", " b"})),
                Arguments.of(named("commas inside the value", new String[] {
                        "password" + "=a1,b2", "password=[REDACTED]", "b2"})),
                Arguments.of(named("an unclosed quote runs to the end of the line", new String[] {
                        "password" + ": \"open sesame", "password: [REDACTED]", "sesame"})));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("roundTwoValues")
    void aRoundTwoValueIsReplaced(String[] c) {
        Redactor.Result result = redactor.redact(c[0]);

        assertThat(result.text()).isEqualTo(c[1]).doesNotContain(c[2]);
        assertThat(result.lines()).containsExactly(1);
    }

    @Test
    void aPgpPrivateKeyBlockIsReplacedWhole() {
        String text = "-----BEGIN PGP " + "PRIVATE KEY BLOCK-----\nlQOYBGXabc\n=abcd\n-----END PGP " + "PRIVATE KEY BLOCK-----";

        assertThat(redactor.redact(text).text()).isEqualTo("[REDACTED]\n\n\n");
    }

    @Test
    void anEscapedKeyIsRedactedOnceRenderedWithItsLineNamed() {
        String escaped = "sk\\_" + "live\\_" + ALNUM_36.substring(0, 24);
        String rendered = "sk_" + "live_" + ALNUM_36.substring(0, 24);
        String ghp = "ghp\\_" + ALNUM_36;
        HandoffMarkdown md = handoff("acme")
                .table("KPIs", "kpi | value | target | unit | tracked", "Logins " + ghp + " | 1 | 1 | | yes")
                .bullets("Findings", "[high][security] key " + escaped + " in the repo")
                .text("Notes", "Also &#115;k_" + "live_" + ALNUM_36.substring(0, 24) + " by mail.");

        Parsed parsed = new HandoffParser().parse("acme.md", md.bytes());

        assertThat(parsed.warnings()).extracting(Warning::line).containsExactlyInAnyOrder(
                md.lineOf("Logins"), md.lineOf("in the repo"), md.lineOf("by mail"));
        assertThat(parsed.handoff()).get().satisfies(h -> {
            assertThat(h.findings()).extracting(Finding::text).containsExactly("key [REDACTED] in the repo");
            assertThat(h.kpis()).extracting(Kpi::kpi).containsExactly("Logins [REDACTED]");
            assertThat(h.narrative().toString()).doesNotContain(rendered).contains("[REDACTED]");
        });
    }

    @Test
    void aLineOfManySecretsIsRedactedWhole() {
        String text = ("token" + ":a ").repeat(10_000) + "\n" + ("password" + "=x\n").repeat(10_000);

        Redactor.Result result = redactor.redact(text);

        assertThat(result.text()).doesNotContain(":a ").doesNotContain("=x\n");
        assertThat(result.lines()).hasSize(10_001).startsWith(1, 2, 3).endsWith(10_001);
    }
}
