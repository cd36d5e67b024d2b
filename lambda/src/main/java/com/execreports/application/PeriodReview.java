package com.execreports.application;

import com.execreports.application.port.Ledger;
import com.execreports.application.port.Ledger.Listed;
import com.execreports.application.port.Ledger.State;
import java.io.IOException;
import com.execreports.domain.ReportingPeriod;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How one period's reports fared, from its ledger entries: how many went out, and of those how
 * many the provider reported delivered, bounced, complained about or rejected; also what failed
 * or is still in doubt. The next run puts it in its summary and the CEO report's last lines:
 * "8 sent, 7 delivered, 1 bounced: cfo".
 *
 * @param reported whether any entry has a delivery event at all (the outbox and most SMTP
 *                 servers report none)
 */
public record PeriodReview(ReportingPeriod period, int sent, int delivered, List<String> bounced, List<String> complained,
                           List<String> rejected, List<String> failed, List<String> inDoubt, boolean reported) {
    public PeriodReview {
        bounced = List.copyOf(bounced);
        complained = List.copyOf(complained);
        rejected = List.copyOf(rejected);
        failed = List.copyOf(failed);
        inDoubt = List.copyOf(inDoubt);
    }

    /** The period's review, or empty when its ledger has no entries. */
    public static Optional<PeriodReview> of(Ledger ledger, ReportingPeriod period) throws IOException {
        List<Listed> entries = ledger.list(period.toString());
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        int sent = 0;
        int delivered = 0;
        boolean reported = false;
        List<String> bounced = new ArrayList<>();
        List<String> complained = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        List<String> inDoubt = new ArrayList<>();
        for (Listed listed : entries) {
            Ledger.Entry entry = listed.versioned().entry();
            State state = entry.state();
            reported |= !entry.events().isEmpty();
            if (state.wentOut()) {
                sent++;
            }
            switch (state) {
                case DELIVERED -> delivered++;
                case BOUNCED -> bounced.add(listed.reportId());
                case COMPLAINED -> complained.add(listed.reportId());
                case REJECTED -> rejected.add(listed.reportId());
                case FAILED -> failed.add(listed.reportId());
                case CLAIMED -> inDoubt.add(listed.reportId());
                case SENT -> { }
            }
        }
        return Optional.of(new PeriodReview(period, sent, delivered, bounced, complained, rejected, failed, inDoubt,
                reported));
    }

    /** "8 sent, 7 delivered, 1 bounced: cfo". */
    public String line() {
        List<String> parts = new ArrayList<>();
        parts.add(sent + " sent");
        if (reported) {
            parts.add(delivered + " delivered");
        }
        named(parts, bounced, "bounced");
        named(parts, complained, "complained about");
        named(parts, rejected, "rejected");
        named(parts, failed, "failed");
        named(parts, inDoubt, "in doubt");
        String line = String.join(", ", parts);
        return reported || sent == 0 ? line : line + " (delivery not reported by the transport)";
    }

    private static void named(List<String> parts, List<String> ids, String what) {
        if (!ids.isEmpty()) {
            parts.add(ids.size() + " " + what + ": " + String.join(", ", ids));
        }
    }
}
