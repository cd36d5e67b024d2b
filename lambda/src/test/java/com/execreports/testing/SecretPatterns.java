package com.execreports.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * One credential-shaped value for every secret pattern of SPEC §7, put together at run time so that
 * no literal credential sits in the repository (and no secret scanner stops a push). Each value is
 * distinctive, so a test can search every output for it.
 */
public final class SecretPatterns {
    private static final String TAIL = "Zq7Xw3Vb9Nm2Lk5Jh8Gf4Ds6Ap1Qo0Ie";

    private SecretPatterns() {}

    /** A value after a keyword: only {@link #value} is secret, {@link #text} is how it is written. */
    public record Assignment(String text, String value) {}

    /** Whole-token secrets: the token itself is the secret. */
    public static List<String> tokens() {
        return List.of(
                "AKIA" + "ZQ7XW3VB9NM2LK5J",
                "ASIA" + "ZQ7XW3VB9NM2LK5K",
                "sk_" + "live_" + TAIL.substring(0, 24),
                "sk_" + "test_" + TAIL.substring(1, 25),
                "rk_" + "live_" + TAIL.substring(2, 26),
                "ghp_" + TAIL + "abcd",
                "gho_" + TAIL + "abce",
                "ghu_" + TAIL + "abcf",
                "ghs_" + TAIL + "abcg",
                "ghr_" + TAIL + "abch",
                "github_" + "pat_" + "11ABCDEFG0" + TAIL + "_" + TAIL);
    }

    /** {@code password}, {@code passwd}, {@code secret}, {@code api_key}, {@code token} with ':' or '='. */
    public static List<Assignment> assignments() {
        return List.of(
                new Assignment("password" + ": Pw-Zq7-sailboat", "Pw-Zq7-sailboat"),
                new Assignment("passwd" + "=Router-Zq7-2026", "Router-Zq7-2026"),
                new Assignment("secret" + " = \"open Zq7 sesame\"", "open Zq7 sesame"),
                new Assignment("api_key" + ": mk-Zq7-991-abc", "mk-Zq7-991-abc"),
                new Assignment("TOKEN" + "=tok-Zq7-991abc", "tok-Zq7-991abc"));
    }

    /** The base64 body of {@link #privateKey()}: what must never appear. */
    public static final String KEY_BODY = "MIIEowIBAAKCAQEAzq7xw3vb9nm2lk5jh8gf4ds6ap1qo0ie";

    /** A PEM private-key block of three lines. */
    public static String privateKey() {
        return "-----BEGIN " + "RSA PRIVATE" + " KEY-----\n" + KEY_BODY + "\n-----END " + "RSA PRIVATE" + " KEY-----";
    }

    /** Every secret value: the tokens, the assigned values and the key body. */
    public static List<String> values() {
        List<String> values = new ArrayList<>(tokens());
        assignments().forEach(a -> values.add(a.value()));
        values.add(KEY_BODY);
        return values;
    }

    /**
     * The round-2 shapes of SPEC §7 and the markdown escapes that hid round-1 keys from redaction
     * (issue 16): how each is written in a handoff, and the part that must never be shown.
     */
    public static List<Assignment> roundTwo() {
        String b64 = "eyJ" + "hbGciOiJIUzI1NiJ9";
        String jwt = b64 + ".eyJ" + "zdWIiOiIxMjM0NTY3ODkwIn0" + ".SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";
        String awsSecret = "wJalrXUtnFEMI/K7MDENG/" + "bPxRfiZq7EXAMPLEKY";
        String stripe = "sk_" + "live_" + TAIL.substring(3, 27);
        String github = "ghp_" + TAIL + "wxyz";
        return List.of(
                new Assignment("key " + stripe.replace("_", "\\_") + " in the repo", stripe),
                new Assignment("token " + github.replace("_", "\\_") + " in CI", github),
                new Assignment("aws_secret_access_key" + " = " + awsSecret, awsSecret),
                new Assignment("session " + jwt, jwt),
                new Assignment("bot " + "xox" + "b-123456789012-Zq7defABCDEF", "xox" + "b-123456789012-Zq7defABCDEF"),
                new Assignment("hook https://hooks.slack" + ".com/services/T0000/B0000/Zq7XXXXXXXXXXXXX",
                        "B0000/Zq7XXXXXXXXXXXXX"),
                new Assignment("maps " + "AI" + "za" + "SyZq734567890abcdefghijklmnopqrstuv",
                        "AI" + "za" + "SyZq734567890abcdefghijklmnopqrstuv"),
                new Assignment("db postgres://app:" + "Zq7s3cr3tPw@db.example.com/prod", "Zq7s3cr3tPw"),
                new Assignment("header Authorization: " + "Bearer " + "Zq7abc123def456ghi789", "Zq7abc123def456ghi789"),
                new Assignment("restricted " + "rk_" + "test_" + TAIL.substring(4, 28), "rk_" + "test_" + TAIL.substring(4, 28)),
                new Assignment("webhook " + "wh" + "sec_" + TAIL.substring(5, 29), "wh" + "sec_" + TAIL.substring(5, 29)),
                new Assignment("config {\"" + "password" + "\": \"Zq7hunter2 and more\"}", "Zq7hunter2"),
                new Assignment("password" + ": Zq7first Zq7second", "Zq7second"),
                new Assignment("password" + "=Zq7a1,Zq7b2", "Zq7b2"),
                new Assignment("password" + ": \"Zq7open Zq7sesame", "Zq7sesame"));
    }

    /** A PGP private-key block; {@link #PGP_BODY} must never appear. */
    public static final String PGP_BODY = "lQOYBGZq7abcdefXYZ";

    public static String pgpPrivateKey() {
        return "-----BEGIN PGP " + "PRIVATE KEY BLOCK-----\n" + PGP_BODY + "\n=Zq7d\n-----END PGP "
                + "PRIVATE KEY BLOCK-----";
    }
}
