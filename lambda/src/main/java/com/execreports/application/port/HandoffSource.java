package com.execreports.application.port;

import java.io.IOException;
import java.util.List;

/**
 * Where handoffs and {@code reports.yml} are read from: a folder locally, an S3 prefix on AWS.
 * Paths are relative to the root, with '/' separators. Which files are handoffs is the engine's
 * rule, not the source's: a source lists everything under its root.
 */
public interface HandoffSource {
    /**
     * A file under the root and its size in bytes, known before its body is read; or, with a
     * {@code problem}, an entry that will not be read and why (a link leaving the root, a dangling
     * link or a loop, a special file, a folder that cannot be listed: its path then ends in '/').
     */
    record SourceFile(String path, long size, String problem) {
        public SourceFile(String path, long size) {
            this(path, size, null);
        }

        public static SourceFile refused(String path, String problem) {
            return new SourceFile(path, 0, problem);
        }
    }

    /** Where this source reads from, for messages: {@code data} or {@code s3://bucket/prefix/}. */
    String describe();

    /** Every file under the root, subfolders included, sorted by path. */
    List<SourceFile> list() throws IOException;

    /**
     * The bytes of one file; {@link java.nio.file.NoSuchFileException} when it is absent. Called from
     * several threads at once: the run reads and parses handoffs in parallel.
     */
    byte[] read(String path) throws IOException;
}
