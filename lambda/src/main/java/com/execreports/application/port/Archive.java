package com.execreports.application.port;

import java.io.IOException;

/**
 * Where a run's files go: {@code <outbox>/<period>/} locally, {@code s3://bucket/archive/<period>/}
 * on AWS. The archive is the audit trail: it holds exactly what was sent.
 */
public interface Archive {
    /** Where files go, for messages. */
    String describe();

    /** Writes (replacing) {@code <period>/<name>}. */
    void write(String period, String name, byte[] content) throws IOException;

    /**
     * Checked before anything is built: can this run write here at all? A problem is a
     * {@link com.execreports.domain.ConfigurationException} naming the path (exit 2, nothing sent).
     */
    default void preflight(String period) {
    }
}
