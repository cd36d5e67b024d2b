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
}
