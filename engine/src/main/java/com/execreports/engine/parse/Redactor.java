package com.execreports.engine.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces credentials pasted into a handoff by mistake with {@value #MARK} (SPEC §3, §7). The
 * parser runs it twice: on the source, before anything else reads it (so a warning can name the
 * line), and on every text a reader will see once markdown is rendered (so {@code sk\_live\_…},
 * entities and emphasis inside a token cannot smuggle one through). Line numbers are preserved: a
 * multi-line private-key block keeps its line breaks.
 *
 * <p>Time is linear in the text: every pattern is scanned once, a private-key block without its
 * END line is redacted to the end of the text in one match, and line numbers come from one table
 * of line starts, never from rescanning.
 */
public final class Redactor {
    public static final String MARK = "[REDACTED]";

    /**
     * A pattern, which group of it is the secret (0: the whole match), and how much of that group
     * is the secret (its length, unless {@code extent} says less).
     */
    private record Rule(Pattern pattern, int group, Extent extent, List<String> clues) {
        static Rule token(String regex, int flags, String... clues) {
            return new Rule(Pattern.compile(regex, flags), 0, null, List.of(clues));
        }

        static Rule token(String regex, String... clues) {
            return token(regex, 0, clues);
        }

        static Rule valueOf(String regex, String... clues) {
            return new Rule(Pattern.compile(regex), 1, null, List.of(clues));
        }

        /** The secret starts where the match ends and runs to where {@code extent} says. */
        static Rule valueAfter(String regex, Extent extent, String... clues) {
            return new Rule(Pattern.compile(regex), 0, extent, List.of(clues));
        }

        int start(Matcher m) {
            return extent == null ? m.start(group) : m.end();
        }

        int end(Matcher m, String text) {
            return extent == null ? m.end(group) : extent.end(text, m.end());
        }

        /**
         * Whether the pattern can match at all: every match contains one of its clues, lower-cased
         * (the case-insensitive rules are ASCII-only, so lower-casing the text loses no match).
         * Most texts the parser redacts are short table cells that hold no clue; skipping the
         * regular expression for them took the parse of 1,000 handoffs from 5 s to under 1 s.
         */
        boolean mayMatch(String lowerCased) {
            for (String clue : clues) {
                if (lowerCased.contains(clue)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Where a value that starts at {@code from} ends. */
    @FunctionalInterface
    private interface Extent {
        int end(String text, int from);
    }

    /**
     * Words that end an unquoted value: "password: x1 is on the fridge" redacts {@code x1} and
     * keeps the sentence, "password: a b" redacts both words (no word of a pass phrase shows).
     */
    private static final Set<String> PROSE = Set.of("is", "are", "was", "were", "be", "been", "in", "on", "at", "for",
            "and", "or", "but", "the", "to", "of", "since", "until", "from", "with", "by", "then", "so", "it", "its",
            "which", "that", "this", "not", "as", "if", "when", "we", "they", "he", "she", "you", "has", "have", "had",
            "will", "can", "should", "must", "still", "now", "please", "per", "via", "into", "onto", "after",
            "before", "because", "while", "where", "here", "there", "is:", "expires", "rotated", "shared");
    private static final String CLAUSE_END = ".,;:!?)";

    /**
     * Where the value after {@code password:} ends, looking no further than the end of the line or
     * table cell: a quoted value at its closing quote (an unclosed one: the end of the line);
     * otherwise after the words up to a word of prose or the end of a clause.
     */
    private static int assignedValue(String text, int from) {
        int n = from;
        while (n < text.length() && text.charAt(n) != '\n' && text.charAt(n) != '|') {
            n++;
        }
        char first = text.charAt(from);
        if (first == '"' || first == '\'') {
            int close = text.indexOf(first, from + 1);
            if (close < 0 || close >= n) {
                int end = n;
                while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
                    end--;
                }
                return end;
            }
            return close + 1;
        }
        int end = from;
        int i = from;
        while (i < n) {
            int wordStart = i;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (end > from && PROSE.contains(text.substring(wordStart, i).toLowerCase(Locale.ROOT))) {
                break;
            }
            int wordEnd = i;
            while (wordEnd > wordStart + 1 && CLAUSE_END.indexOf(text.charAt(wordEnd - 1)) >= 0) {
                wordEnd--;
            }
            end = wordEnd;
            if (wordEnd < i) {
                break;
            }
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
        }
        return end;
    }

    private static final List<Rule> RULES = List.of(
            // PEM and PGP private-key blocks, whole; one without its END line runs to the end of the text
            Rule.token("-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----"
                    + "(?:.*?-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----|.*)", Pattern.DOTALL, "-----begin "),
            Rule.token("\\b(?:AKIA|ASIA)[A-Z0-9]{16}\\b", "akia", "asia"),
            Rule.valueOf("(?i)aws_secret_access_key[\"']?\\s*[:=]\\s*[\"']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])",
                    "aws_secret_access_key"),
            Rule.token("\\b(?:sk_live|sk_test|rk_live|rk_test|whsec)_[A-Za-z0-9]{8,}", "k_live_", "k_test_", "whsec_"),
            Rule.token("\\bgh[pousr]_[A-Za-z0-9]{20,}", "ghp_", "gho_", "ghu_", "ghs_", "ghr_"),
            Rule.token("\\bgithub_pat_[A-Za-z0-9_]{20,}", "github_pat_"),
            // JSON Web Tokens: base64url header (always '{"' → eyJ), payload and signature
            Rule.token("\\beyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}", "eyj"),
            Rule.token("\\bxox[abpr]-[A-Za-z0-9-]{10,}", "xox"),
            Rule.token("https?://hooks\\.slack\\.com/(?:services|workflows|triggers)/[A-Za-z0-9/_-]+", "hooks.slack.com/"),
            Rule.token("\\bAIza[0-9A-Za-z_-]{35}", "aiza"),
            // scheme://user:password@host: only the password
            Rule.valueOf("\\b[A-Za-z][A-Za-z0-9+.-]{0,20}://[^\\s:/@|]{1,256}:([^\\s@/|]{1,256})@", "://"),
            // Authorization: Bearer <token>; a token has a digit ("bearer bonds" is prose)
            Rule.valueOf("(?i)\\bbearer\\s+((?=[A-Za-z._~+/-]{0,512}[0-9])[A-Za-z0-9._~+/-]{8,}=*)", "bearer"),
            /*
             * password: value, secret=value, {"password": "value"}: only the value is the secret (see
             * assignedValue), never past the end of the line or a table bar.
             * "password shared by text" has no ':' or '=' and is prose; nor is a keyword that is a segment
             * of an ARN or path (arn:aws:secretsmanager:...:secret:name).
             */
            Rule.valueAfter("(?i)(?<![:/])(?:password|passwd|secret|api_key|token)[\"']?[ \\t]*[:=][ \\t]*"
                    + "(?=[^\\s|])", Redactor::assignedValue, "password", "passwd", "secret", "api_key", "token"));

    /** The redacted text and the 1-based lines where secrets were found (never the secrets). */
    public record Result(String text, List<Integer> lines) {
        public Result {
            lines = List.copyOf(lines);
        }

        public boolean found() {
            return !lines.isEmpty();
        }
    }

    /**
     * Whether {@code text} holds anything {@link #redact} would replace: the same patterns, for a
     * caller that must report where a credential is without keeping it (a Lambda function's
     * environment variable, given as {@code NAME=value} so that {@code DB_PASSWORD=...} counts too).
     */
    public boolean containsSecret(String text) {
        String lowerCased = text.toLowerCase(Locale.ROOT);
        for (Rule rule : RULES) {
            if (!rule.mayMatch(lowerCased)) {
                continue;
            }
            Matcher m = rule.pattern().matcher(text);
            while (m.find()) {
                if (isSecret(text.substring(rule.start(m), rule.end(m, text)))) {
                    return true;
                }
            }
        }
        return false;
    }

    public Result redact(String text) {
        return redact(text, true);
    }

    /** {@code useClues} false runs every rule's pattern: the reference the clues are tested against. */
    static Result redact(String text, boolean useClues) {
        TreeSet<Integer> lines = new TreeSet<>();
        int[] lineStarts = lineStarts(text);
        String current = text;
        // a replacement only puts MARK in, which is no clue, so the clues of the original text hold
        String lowerCased = text.toLowerCase(Locale.ROOT);
        for (Rule rule : RULES) {
            if (useClues && !rule.mayMatch(lowerCased)) {
                continue;
            }
            String next = replace(current, rule, lineStarts, lines);
            if (next != current) {
                // replacing keeps every line break, but offsets after a replacement moved
                lineStarts = lineStarts(next);
                current = next;
            }
        }
        return new Result(current, new ArrayList<>(lines));
    }

    private static boolean isSecret(String value) {
        return value != null && !value.isBlank() && !value.equals(MARK);
    }

    /** One pass of one rule; {@code starts} are the line starts of {@code text}. */
    private static String replace(String text, Rule rule, int[] starts, TreeSet<Integer> lines) {
        Matcher matcher = rule.pattern().matcher(text);
        StringBuilder out = null;
        int last = 0;
        while (matcher.find()) {
            int start = rule.start(matcher);
            if (start < last) {
                continue;
            }
            int end = rule.end(matcher, text);
            String secret = text.substring(start, end);
            if (start < last || !isSecret(secret)) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, last, start).append(MARK).append(newlinesIn(secret));
            lines.add(lineOf(starts, start));
            last = end;
        }
        if (out == null) {
            return text;
        }
        return out.append(text, last, text.length()).toString();
    }

    private static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (n == starts.length) {
                starts = Arrays.copyOf(starts, n * 2);
            }
            starts[n++] = i + 1;
        }
        return Arrays.copyOf(starts, n);
    }

    private static String newlinesIn(String secret) {
        return "\n".repeat((int) secret.chars().filter(c -> c == '\n').count());
    }

    /** 1-based line of an offset, by binary search over the line starts. */
    private static int lineOf(int[] starts, int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }
}
