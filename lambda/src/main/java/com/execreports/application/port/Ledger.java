package com.execreports.application.port;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The delivery ledger: one entry per period and report, written with compare-and-swap, so that
 * repeated or concurrent runs never send the same report twice (claim → send → record). In S3
 * that is {@code If-None-Match: *} to create and {@code If-Match} on the ETag to replace; locally
 * an exclusive file create and a locked version check.
 */
public interface Ledger {
    enum State { CLAIMED, SENT, FAILED }

    /**
     * @param messageId the Message-ID header of the claimed message
     * @param providerMessageId the transport's id (SES message id) once sent
     * @param error why delivery failed, for {@link State#FAILED}
     */
    record Entry(State state, @Nullable String messageId, @Nullable String providerMessageId, @Nullable String error,
                 String runId, Instant updated) {}

    /** An entry and the version it was read at (an ETag in S3). */
    record Versioned(Entry entry, String version) {}

    String describe();

    /**
     * An entry that exists but does not parse (truncated by a full disk, edited by hand): which
     * file or key it is. Its report is in doubt: it may have been sent.
     */
    final class BrokenEntryException extends IOException {
        public BrokenEntryException(String where) {
            super(where + " does not parse", null);
        }
    }

    /**
     * Checked before anything is built, unless a dry run: can this run record outcomes here at all?
     * A problem is a {@link com.execreports.domain.ConfigurationException} naming the path (exit 2,
     * nothing sent). A broken entry is not a problem here: its report alone is in doubt.
     */
    default void preflight(String period) {
    }

    Optional<Versioned> read(String period, String reportId) throws IOException;

    /** Creates the entry only if there is none; the new version, or empty when one already exists. */
    Optional<String> create(String period, String reportId, Entry entry) throws IOException;

    /** Replaces the entry only if it is still at {@code version}; the new version, or empty on a conflict. */
    Optional<String> replace(String period, String reportId, Entry entry, String version) throws IOException;
}
