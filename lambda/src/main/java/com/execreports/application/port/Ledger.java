package com.execreports.application.port;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import java.util.regex.Pattern;

/**
 * The delivery ledger: one entry per period and report, written with compare-and-swap, so that
 * repeated or concurrent runs never send the same report twice (claim → send → record). In S3
 * that is {@code If-None-Match: *} to create and {@code If-Match} on the ETag to replace; locally
 * an exclusive file create and a locked version check.
 *
 * <p>After the send, the provider's delivery events (SES: delivery, bounce, complaint, reject…)
 * are added to the same entry, found through {@link #find} by the provider's message id.
 */
public interface Ledger {
    /**
     * {@code CLAIMED}, {@code SENT} and {@code FAILED} are written by runs; the others by the
     * provider's delivery events, after {@code SENT}.
     */
    enum State {
        CLAIMED, SENT, FAILED, DELIVERED, BOUNCED, COMPLAINED, REJECTED;

        /** The transport took the message: it is never sent again on its own. */
        public boolean wentOut() {
            return this != CLAIMED && this != FAILED;
        }
    }

    /**
     * One delivery event from the provider, as recorded.
     *
     * @param type {@code delivery}, {@code bounce}, {@code complaint}, {@code reject},
     *             {@code rendering_failure} or {@code delivery_delay}
     * @param recipient the one address the event is about, or {@code null} for the whole message
     * @param recipientKey the configuration key that holds that address ({@code REPORT_CFO_TO}), or {@code null}
     * @param detail e.g. {@code Permanent/General} for a bounce, {@code abuse} for a complaint
     */
    record Event(String type, Instant time, String recipient, String recipientKey, String detail) {}

    /**
     * @param messageId the Message-ID header of the claimed message
     * @param providerMessageId the transport's id (SES message id) once sent
     * @param error why delivery failed, for {@link State#FAILED}
     * @param recipients how many envelope recipients the message has (the count, never the list);
     *                   {@code null} in entries written before it was recorded
     * @param events the provider's delivery events, oldest first
     */
    record Entry(State state, @Nullable String messageId, @Nullable String providerMessageId, @Nullable String error,
                 String runId, Instant updated, @Nullable Integer recipients, List<Event> events) {
        public Entry {
            events = events == null ? List.of() : List.copyOf(events);
        }

        public Entry(State state, @Nullable String messageId, @Nullable String providerMessageId,
                     @Nullable String error, String runId, Instant updated) {
            this(state, messageId, providerMessageId, error, runId, updated, null, List.of());
        }

        /** The same entry in another state, with one more event; {@code updated} stays the run's time. */
        public Entry with(State newState, Event event) {
            List<Event> all = new java.util.ArrayList<>(events);
            all.add(event);
            return new Entry(newState, messageId, providerMessageId, error, runId, updated, recipients, all);
        }
    }

    /** An entry and the version it was read at (an ETag in S3). */
    record Versioned(Entry entry, String version) {}

    /** An entry of a period's listing. */
    record Listed(String reportId, Versioned versioned) {}

    /** Where an entry is: the answer of {@link #find}. */
    record Ref(String period, String reportId) {}

    /** What a provider message id may look like to be indexed: SES's ids, never a Message-ID header. */
    Pattern INDEXABLE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,199}");

    /** What a period folder is called. */
    Pattern PERIOD = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");

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

    /** Every entry of {@code period}, by report id; empty when the period has none. */
    List<Listed> list(String period) throws IOException;

    /** The periods that have entries, oldest first. */
    List<String> periods() throws IOException;

    /** Notes which entry a provider message id belongs to; ids not {@link #INDEXABLE} are ignored. */
    void index(String providerMessageId, Ref entry) throws IOException;

    /** The entry a provider message id was indexed for. */
    Optional<Ref> find(String providerMessageId) throws IOException;
}
