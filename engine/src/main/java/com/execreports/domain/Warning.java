package com.execreports.domain;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A problem in the input that did not stop the run. Names the file (relative to the data root)
 * and the 1-based line; never quotes cell text or a secret (SPEC §7).
 *
 * @param file data-root-relative path, or a configuration source name
 * @param line 1-based line, or {@code null} when the problem concerns the whole file
 * @param message what was wrong and what was left out
 */
public record Warning(String file, @Nullable Integer line, String message) {
    public Warning {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    public static Warning at(String file, int line, String message) {
        return new Warning(file, line, message);
    }

    public static Warning of(String file, String message) {
        return new Warning(file, null, message);
    }

    /** "file:line: message", the form used on stderr and in logs. */
    public String display() {
        String where = Printable.escape(file);
        return Printable.escape(line == null ? where + ": " + message : where + ":" + line + ": " + message);
    }
}
