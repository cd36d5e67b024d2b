package com.execreports.adapter.inbound.cli;

import java.util.List;
import java.util.Objects;

/**
 * The preview of one run ({@code index.html} in {@code <outbox>/<period>/}): every report with its
 * recipients and status, and its page as the recipient sees it.
 *
 * @param warnings how many warnings the run had (they are listed in summary.json)
 */
public record PreviewPage(String period, List<Entry> reports, int warnings) {
    public PreviewPage {
        Objects.requireNonNull(period, "period");
        reports = List.copyOf(reports);
    }

    /**
     * One report of the run. File names are relative to the index page and {@code null} when the
     * run did not write that file.
     *
     * @param subject from {@code <id>.json}; {@code null} when it is missing
     * @param error why it failed or was skipped; {@code null} on success
     */
    public record Entry(String id, String subject, List<String> to, List<String> cc, List<String> bcc, String status,
                        String error, String page, String eml, String pdf) {
        public Entry {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(status, "status");
            to = List.copyOf(to);
            cc = List.copyOf(cc);
            bcc = List.copyOf(bcc);
        }

        /** The status's colour in the list: green when sent, red when failed or in doubt, grey otherwise. */
        public String statusColour() {
            return switch (status) {
                case "sent" -> "#047857";
                case "failed", "in_doubt" -> "#b91c1c";
                default -> "#4b5563";
            };
        }
    }
}
