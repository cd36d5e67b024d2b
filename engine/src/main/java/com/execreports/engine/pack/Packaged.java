package com.execreports.engine.pack;

import com.execreports.domain.Warning;
import com.execreports.engine.mail.MessageComposer.Composed;
import com.execreports.engine.mail.MessageComposer.Envelope;
import com.execreports.engine.report.Report;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One report packaged for delivery: either a message that may be sent, or one too large to send.
 * Both carry the page for a browser and the files archived beside it (chart PNGs, the PDF copy),
 * and the warnings met while drawing.
 */
public sealed interface Packaged {
    Report report();

    Envelope envelope();

    /** The HTML page for a browser, its charts in {@link #files()}. */
    String page();

    /** Files archived beside the page, by name. */
    Map<String, byte[]> files();

    List<Warning> warnings();

    /** A composed message within the size limit. */
    record Sendable(Report report, Envelope envelope, Composed message, String page, Map<String, byte[]> files,
                    List<Warning> warnings) implements Packaged {
        public Sendable {
            Objects.requireNonNull(message, "message");
            files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * A report whose message would be over the limit.
     *
     * @param bytes the message's size, or, when {@code lowerBound}, the size of its parts alone
     *              (the message was not composed)
     */
    record TooLarge(Report report, Envelope envelope, String page, Map<String, byte[]> files, List<Warning> warnings,
                    long bytes, boolean lowerBound, long limit) implements Packaged {
        public TooLarge {
            files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
            warnings = List.copyOf(warnings);
        }
    }
}
