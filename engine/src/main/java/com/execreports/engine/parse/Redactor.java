package com.execreports.engine.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces credentials pasted into a handoff by mistake with {@value #MARK} (SPEC §3, §7), before
 * anything else reads the text, so no later step can show them. Line numbers are preserved: a
 * multi-line private-key block keeps its line breaks.
 */
public final class Redactor {
    public static final String MARK = "[REDACTED]";

    /** Whole-token secrets: the match itself is the secret. */
    private static final List<Pattern> TOKENS = List.of(
            Pattern.compile("-----BEGIN ([A-Z0-9]+ )*PRIVATE KEY-----.*?-----END ([A-Z0-9]+ )*PRIVATE KEY-----",
                    Pattern.DOTALL),
            // an unterminated key block is still a key: redact to the end of the text
            Pattern.compile("-----BEGIN ([A-Z0-9]+ )*PRIVATE KEY-----.*", Pattern.DOTALL),
            Pattern.compile("\\b(?:AKIA|ASIA)[A-Z0-9]{16}\\b"),
            Pattern.compile("\\b(?:sk_live|sk_test|rk_live)_[A-Za-z0-9]{8,}"),
            Pattern.compile("\\bgh[pousr]_[A-Za-z0-9]{20,}"),
            Pattern.compile("\\bgithub_pat_[A-Za-z0-9_]{20,}"));

    /**
     * {@code password: value}, {@code secret=value} and the like: only the value (group 1) is the
     * secret. A quoted value runs to its closing quote; otherwise to white space or a table bar.
     * "password shared by text" has no ':' or '=' and is prose, not a secret; nor is a keyword that
     * is a segment of an ARN or path ({@code arn:aws:secretsmanager:...:secret:name}).
     */
    private static final Pattern ASSIGNMENT = Pattern.compile(
            "(?i)(?<![:/])(?:password|passwd|secret|api_key|token)\\s*[:=]\\s*(\"[^\"\\n]*\"|'[^'\\n]*'|[^\\s|,;\"']+)");

    /** The redacted text and the 1-based lines where secrets were found (never the secrets). */
    public record Result(String text, List<Integer> lines) {
        public Result {
            lines = List.copyOf(lines);
        }
    }

    /**
     * Whether {@code text} holds anything {@link #redact} would replace: the same patterns, for a
     * caller that must report where a credential is without keeping it (a Lambda function's
     * environment variable, given as {@code NAME=value} so that {@code DB_PASSWORD=...} counts too).
     */
    public boolean containsSecret(String text) {
        for (Pattern token : TOKENS) {
            if (token.matcher(text).find()) {
                return true;
            }
        }
        Matcher assignment = ASSIGNMENT.matcher(text);
        while (assignment.find()) {
            String value = assignment.group(1);
            if (!value.isBlank() && !value.equals(MARK)) {
                return true;
            }
        }
        return false;
    }

    public Result redact(String text) {
        TreeSet<Integer> lines = new TreeSet<>();
        String current = text;
        for (Pattern token : TOKENS) {
            current = replace(current, token.matcher(current), 0, lines);
        }
        current = replace(current, ASSIGNMENT.matcher(current), 1, lines);
        return new Result(current, new ArrayList<>(lines));
    }

    private static String replace(String text, Matcher matcher, int group, TreeSet<Integer> lines) {
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        while (matcher.find()) {
            int start = matcher.start(group);
            int end = matcher.end(group);
            String secret = text.substring(start, end);
            if (secret.equals(MARK) || secret.isBlank()) {
                continue;
            }
            out.append(text, last, start).append(MARK).append(newlinesIn(secret));
            lines.add(lineOf(text, start));
            last = end;
        }
        if (last == 0) {
            return text;
        }
        return out.append(text, last, text.length()).toString();
    }

    private static String newlinesIn(String secret) {
        return "\n".repeat((int) secret.chars().filter(c -> c == '\n').count());
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
