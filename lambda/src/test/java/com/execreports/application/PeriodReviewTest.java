package com.execreports.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.execreports.adapter.outbound.local.FolderLedger;
import com.execreports.application.port.Ledger;
import com.execreports.application.port.Ledger.Entry;
import com.execreports.application.port.Ledger.Event;
import com.execreports.application.port.Ledger.State;
import java.nio.file.Path;
import java.time.Instant;
import com.execreports.domain.ReportingPeriod;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a month fared, in the words of the next run's summary and the CEO report's last section. */
class PeriodReviewTest {
    private static final Instant AT = Instant.parse("2026-11-01T13:00:00Z");
    private static final ReportingPeriod OCTOBER = ReportingPeriod.of(2026, 10);

    @TempDir
    Path outbox;

    private Ledger ledger() {
        return new FolderLedger(outbox);
    }

    private void put(String id, State state, Event... events) throws Exception {
        ledger().create("2026-10", id, new Entry(state, "<" + id + ">", "ses-" + id, null, "run", AT, 1,
                List.of(events)));
    }

    private static Event event(String type) {
        return new Event(type, AT, "x@example.com", "REPORT_X_TO", null);
    }

    @Test
    void aMonthWithoutEntriesHasNoReview() throws Exception {
        assertThat(PeriodReview.of(ledger(), OCTOBER)).isEmpty();
    }

    @Test
    void namesEveryReportThatDidNotArrive() throws Exception {
        put("ceo", State.DELIVERED, event("delivery"));
        put("cto", State.DELIVERED, event("delivery"));
        put("cfo", State.BOUNCED, event("bounce"));
        put("cmo", State.COMPLAINED, event("delivery"), event("complaint"));
        put("accounting", State.SENT);
        put("rental", State.CLAIMED);
        put("yacht", State.FAILED);

        PeriodReview review = PeriodReview.of(ledger(), OCTOBER).orElseThrow();

        assertThat(review.line()).isEqualTo("5 sent, 2 delivered, 1 bounced: cfo, 1 complained about: cmo,"
                + " 1 failed: yacht, 1 in doubt: rental");
    }

    @Test
    void saysSoWhenTheTransportReportsNoDeliveries() throws Exception {
        put("ceo", State.SENT);
        put("cfo", State.SENT);

        assertThat(PeriodReview.of(ledger(), OCTOBER).orElseThrow().line())
                .isEqualTo("2 sent (delivery not reported by the transport)");
    }
}
