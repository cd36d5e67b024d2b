package com.execreports.engine.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
    private record Rule(Pattern pattern, int group, Extent extent) {
        static Rule token(String regex, int flags) {
            return new Rule(Pattern.compile(regex, flags), 0, null);
        }

        static Rule token(String regex) {
            return token(regex, 0);
        }

        static Rule valueOf(String regex) {
            return new Rule(Pattern.compile(regex), 1, null);
        }

        /** The secret starts where the match ends and runs to where {@code extent} says. */
        static Rule valueAfter(String regex, Extent extent) {
            return new Rule(Pattern.compile(regex), 0, extent);
        }

        int start(Matcher m) {
            return extent == null ? m.start(group) : m.end();
        }

        int end(Matcher m, String text) {
            return extent == null ? m.end(group) : extent.end(text, m.end());
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
            if (end > from && PROSE.contains(text.substring(wordStart, i).toLowerCase(java.util.Locale.ROOT))) {
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
                    + "(?:.*?-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----|.*)", Pattern.DOTALL),
            Rule.token("\\b(?:AKIA|ASIA)[A-Z0-9]{16}\\b"),
            Rule.valueOf("(?i)aws_secret_access_key[\"']?\\s*[:=]\\s*[\"']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])"),
            Rule.token("\\b(?:sk_live|sk_test|rk_live|rk_test|whsec)_[A-Za-z0-9]{8,}"),
            Rule.token("\\bgh[pousr]_[A-Za-z0-9]{20,}"),
            Rule.token("\\bgithub_pat_[A-Za-z0-9_]{20,}"),
            // JSON Web Tokens: base64url header (always '{"' → eyJ), payload and signature
            Rule.token("\\beyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}"),
            Rule.token("\\bxox[abpr]-[A-Za-z0-9-]{10,}"),
            Rule.token("https?://hooks\\.slack\\.com/(?:services|workflows|triggers)/[A-Za-z0-9/_-]+"),
            Rule.token("\\bAIza[0-9A-Za-z_-]{35}"),
            // scheme://user:password@host: only the password
            Rule.valueOf("\\b[A-Za-z][A-Za-z0-9+.-]{0,20}://[^\\s:/@|]{1,256}:([^\\s@/|]{1,256})@"),
            // Authorization: Bearer <token>; a token has a digit ("bearer bonds" is prose)
            Rule.valueOf("(?i)\\bbearer\\s+((?=[A-Za-z._~+/-]{0,512}[0-9])[A-Za-z0-9._~+/-]{8,}=*)"),
            /*
             * password: value, secret=value, {"password": "value"}: only the value is the secret (see
             * assignedValue), never past the end of the line or a table bar.
             * "password shared by text" has no ':' or '=' and is prose; nor is a keyword that is a segment
             * of an ARN or path (arn:aws:secretsmanager:...:secret:name).
             */
            Rule.valueAfter("(?i)(?<![:/])(?:password|passwd|secret|api_key|token)[\"']?[ \\t]*[:=][ \\t]*"
                    + "(?=[^\\s|])", Redactor::assignedValue));

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
        for (Rule rule : RULES) {
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
        TreeSet<Integer> lines = new TreeSet<>();
        int[] lineStarts = lineStarts(text);
        String current = text;
        for (Rule rule : RULES) {
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
