package com.execreports.adapter.inbound.cli;

import com.execreports.adapter.inbound.Location;
import com.execreports.adapter.inbound.Wiring;
import com.execreports.adapter.outbound.aws.S3Ledger;
import com.execreports.application.port.Ledger;
import com.execreports.application.port.Ledger.Entry;
import com.execreports.application.port.Ledger.Event;
import com.execreports.application.port.Ledger.Listed;
import com.execreports.engine.render.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import com.execreports.domain.ReportingPeriod;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code history}: what went out, per period and report, from the delivery ledger — the local one
 * in the outbox, or the bucket's for {@code --data s3://…} — with the provider's delivery events
 * where it reported any. Reads only; sends nothing.
 */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = "Show per period and report what was sent, when, to how many, and what became of it.")
final class HistoryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR|s3://BUCKET/PREFIX", defaultValue = "data",
            description = "With s3://…, the bucket's ledger (shared with the Lambda); a folder means the outbox's"
                    + " (default: ${DEFAULT-VALUE}).")
    String data;

    @Option(names = "--outbox", paramLabel = "DIR", defaultValue = "out",
            description = "The outbox whose ledger/ to read when --data is a folder (default: ${DEFAULT-VALUE}).")
    Path outbox;

    @Option(names = "--period", paramLabel = "YYYY-MM", converter = RunCommand.PeriodConverter.class,
            description = "Only this month (default: every month in the ledger).")
    ReportingPeriod period;

    @Option(names = "--json", description = "Print JSON for machines instead of the table.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        // the bucket's ledger is the Lambda's, kept beside the handoffs under its default prefix
        Location at = Location.dataOrFolder(data) instanceof Location.S3 s3
                ? new Location.S3(s3.bucket(), S3Ledger.DEFAULT_PREFIX) : new Location.Local(outbox);
        Ledger ledger = Wiring.ledger(at, System.getenv());
        List<String> periods = period != null ? List.of(period.toString()) : ledger.periods();
        Map<String, List<Listed>> byPeriod = new LinkedHashMap<>();
        for (String p : periods) {
            byPeriod.put(p, ledger.list(p));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new String(Json.bytes(json(ledger, byPeriod)), StandardCharsets.UTF_8));
        } else {
            table(out, ledger, byPeriod);
        }
        out.flush();
        return 0;
    }

    private static Map<String, Object> json(Ledger ledger, Map<String, List<Listed>> byPeriod) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("ledger", ledger.describe());
        List<Map<String, Object>> periods = new ArrayList<>();
        byPeriod.forEach((p, entries) -> {
            Map<String, Object> period = new LinkedHashMap<>();
            period.put("period", p);
            List<Map<String, Object>> reports = new ArrayList<>();
            for (Listed listed : entries) {
                Entry e = listed.versioned().entry();
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("id", listed.reportId());
                r.put("status", status(e));
                r.put("message_id", e.messageId());
                r.put("provider_message_id", e.providerMessageId());
                r.put("time", e.updated().toString());
                r.put("recipients", e.recipients());
                r.put("error", e.error());
                List<Map<String, Object>> events = new ArrayList<>();
                for (Event ev : e.events()) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("type", ev.type());
                    m.put("time", ev.time().toString());
                    m.put("recipient", ev.recipient());
                    m.put("recipient_key", ev.recipientKey());
                    m.put("detail", ev.detail());
                    events.add(m);
                }
                r.put("events", events);
                reports.add(r);
            }
            period.put("reports", reports);
            periods.add(period);
        });
        root.put("periods", periods);
        return root;
    }

    private static void table(PrintWriter out, Ledger ledger, Map<String, List<Listed>> byPeriod) {
        if (byPeriod.values().stream().allMatch(List::isEmpty)) {
            out.println("No deliveries recorded in " + ledger.describe() + ".");
            return;
        }
        byPeriod.forEach((p, entries) -> {
            if (entries.isEmpty()) {
                return;
            }
            out.println(p);
            for (Listed listed : entries) {
                Entry e = listed.versioned().entry();
                String id = e.providerMessageId() != null ? e.providerMessageId() : e.messageId();
                out.printf(Locale.ROOT, "  %-28s %-10s %s  %s  %s%n", listed.reportId(), status(e), e.updated(),
                        e.recipients() == null ? "? recipients" : e.recipients() + (e.recipients() == 1
                                ? " recipient " : " recipients"), id == null ? "-" : id);
                if (e.error() != null) {
                    out.println("      " + e.error());
                }
                for (Event ev : e.events()) {
                    out.printf(Locale.ROOT, "      %-16s %-26s %-20s %s%n", ev.type().replace('_', ' '),
                            ev.recipientKey() != null ? ev.recipientKey()
                                    : ev.recipient() != null ? "(not in the keys)" : "(whole message)",
                            ev.detail() == null ? "" : ev.detail(), ev.time());
                }
            }
        });
    }

    /** The state as the summary names it: a bare claim is {@code in_doubt}. */
    private static String status(Entry e) {
        return switch (e.state()) {
            case CLAIMED -> "in_doubt";
            default -> e.state().name().toLowerCase(Locale.ROOT);
        };
    }
}
