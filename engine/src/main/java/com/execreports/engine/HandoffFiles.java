package com.execreports.engine;

import java.util.Locale;

/**
 * Which files under the data root are handoffs (SPEC §7): {@code *.md} in any subfolder, except
 * {@code README.md} in any case and anything whose own or folder name starts with '_' or '.'.
 */
public final class HandoffFiles {
    private HandoffFiles() {}

    /** Whether a folder ({@code a/b/}, or "" for the root) is one whose handoffs are read. */
    public static boolean isHandoffFolder(String relativePath) {
        for (String segment : relativePath.split("/")) {
            if (segment.startsWith("_") || segment.startsWith(".")) {
                return false;
            }
        }
        return true;
    }

    public static boolean isHandoff(String relativePath) {
        String[] segments = relativePath.split("/");
        for (String segment : segments) {
            if (segment.startsWith("_") || segment.startsWith(".")) {
                return false;
            }
        }
        String name = segments[segments.length - 1].toLowerCase(Locale.ROOT);
        return name.endsWith(".md") && !name.equals("readme.md");
    }
}
