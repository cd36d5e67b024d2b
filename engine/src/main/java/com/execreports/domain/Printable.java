package com.execreports.domain;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * Text that reaches a terminal or a log line (issue 16): a file name may hold a newline (forging an
 * output line) or an ANSI escape (repainting the terminal), so every control character is shown
 * escaped, {@code \n} as the two characters '\' 'n' and others as {@code \u001b}.
 */
public final class Printable {
    private Printable() {}

    /** {@code text} with every control character (C0, DEL, C1, and line/paragraph separators) escaped. */
    public static String escape(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                default -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\u202E'
                        || c == '\u200F' || c == '\u200E' ? String.format("\\u%04x", (int) c) : null;
            };
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    /** Why a file-system call failed, in words and without a stack trace: "permission denied", "a link loop"... */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException denied) {
            return denied.getReason() != null ? denied.getReason() : "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file (deleted while the run was reading?)";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            String r = fs.getReason();
            return r.contains("levels of symbolic links") ? "a link loop" : escape(r);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : escape(e.getMessage());
    }
}
