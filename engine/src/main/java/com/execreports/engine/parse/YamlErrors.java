package com.execreports.engine.parse;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** The 1-based line a YAML error is on, relative to the YAML text. */
final class YamlErrors {
    private YamlErrors() {}

    /**
     * SnakeYAML's problem mark points at the offending character; Jackson's own location points
     * at the end of the last good token, which is a line early when the error opens a line.
     */
    /** The key of a "duplicate field" error (strict duplicate detection), or {@code null}. */
    static String duplicateKey(JsonProcessingException e) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^Duplicate (?:field|Object property) '(.*)'")
                .matcher(String.valueOf(e.getOriginalMessage()));
        return m.find() ? m.group(1) : null;
    }

    static int line(JsonProcessingException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarkedYAMLException marked) {
                Mark mark = marked.getProblemMark() != null ? marked.getProblemMark() : marked.getContextMark();
                if (mark != null) {
                    return mark.getLine() + 1;
                }
            }
        }
        return e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
    }
}
