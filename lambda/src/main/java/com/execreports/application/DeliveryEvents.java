package com.execreports.application;

import com.execreports.application.port.DeliveryAlarm;
import com.execreports.application.port.KeySource;
import com.execreports.application.port.Ledger;
import com.execreports.application.port.Ledger.Entry;
import com.execreports.application.port.Ledger.Event;
import com.execreports.application.port.Ledger.Ref;
import com.execreports.application.port.Ledger.State;
import com.execreports.application.port.Ledger.Versioned;
import com.execreports.domain.ReportDefinition;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Records the provider's delivery events against the report they belong to: the ledger entry is
 * found by the provider's message id, the event is added to it (once, however often the provider
 * repeats it), and the entry's state follows: {@code delivered}, {@code bounced},
 * {@code complained} or {@code rejected}, the worst news winning. A permanent bounce, a complaint
 * or a rejection also raises the alarm, naming the report and the recipient's configuration key
 * ({@code REPORT_CFO_TO}), never an address.
 */
public final class DeliveryEvents {
    /** What became of one event. */
    public record Outcome(Optional<Ref> entry, State state, boolean recorded, boolean alarmed, String note) {}

    private static final int ATTEMPTS = 5;
    private static final List<State> WORSE_LAST = List.of(State.SENT, State.DELIVERED, State.REJECTED, State.BOUNCED,
            State.COMPLAINED);

    private final Ledger ledger;
    private final KeySource keys;
    private final DeliveryAlarm alarm;

    public DeliveryEvents(Ledger ledger, KeySource keys, DeliveryAlarm alarm) {
        this.ledger = ledger;
        this.keys = keys;
        this.alarm = alarm;
    }

    public Outcome record(ProviderEvent event) throws IOException {
        Optional<Ref> ref = ledger.find(event.providerMessageId());
        if (ref.isEmpty()) {
            return new Outcome(ref, null, false, false, "no report was sent with message id "
                    + event.providerMessageId() + " (another sender using the same configuration set, or sent"
                    + " before delivery events were recorded)");
        }
        Ref at = ref.get();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<Versioned> current = ledger.read(at.period(), at.reportId());
            if (current.isEmpty()) {
                return new Outcome(ref, null, false, false, "the ledger entry of report '" + at.reportId() + "' for "
                        + at.period() + " is gone");
            }
            Entry entry = current.get().entry();
            if (!event.providerMessageId().equals(entry.providerMessageId())) {
                return new Outcome(ref, entry.state(), false, false, "report '" + at.reportId() + "' was sent again"
                        + " since; the event is about the earlier message");
            }
            List<Event> fresh = new ArrayList<>();
            for (Event e : events(event, at.reportId())) {
                if (!entry.events().contains(e)) {
                    fresh.add(e);
                }
            }
            if (fresh.isEmpty()) {
                return new Outcome(ref, entry.state(), false, false, "already recorded");
            }
            State next = next(entry.state(), event.kind());
            Entry updated = entry;
            for (Event e : fresh) {
                updated = updated.with(next, e);
            }
            if (ledger.replace(at.period(), at.reportId(), updated, current.get().version()).isPresent()) {
                boolean alarmed = false;
                if (event.alarming()) {
                    raise(at, event, fresh);
                    alarmed = true;
                }
                return new Outcome(ref, next, true, alarmed, null);
            }
            // another event or a run changed the entry meanwhile: read it again
        }
        throw new IOException("the ledger entry of report '" + at.reportId() + "' for " + at.period()
                + " kept changing; the event was not recorded");
    }

    /** One ledger event per recipient (or one for the whole message). */
    private List<Event> events(ProviderEvent event, String reportId) throws IOException {
        if (event.recipients().isEmpty()) {
            return List.of(new Event(event.kind().label(), event.time(), null, null, event.detail()));
        }
        Map<String, String> values = keys.load();
        List<Event> events = new ArrayList<>();
        for (String recipient : event.recipients()) {
            events.add(new Event(event.kind().label(), event.time(), recipient, keyOf(values, reportId, recipient),
                    event.detail()));
        }
        return events;
    }

    /** The configuration key that holds {@code address} for this report, or {@code null} when none does any more. */
    static String keyOf(Map<String, String> values, String reportId, String address) {
        String prefix = ReportDefinition.keyPrefixOf(reportId);
        for (String key : List.of(prefix + "_TO", prefix + "_CC", RunKeys.AUDIT_BCC)) {
            String value = values.get(key);
            if (value != null && Arrays.stream(value.split(","))
                    .anyMatch(a -> a.strip().equalsIgnoreCase(address.strip()))) {
                return key;
            }
        }
        return null;
    }

    private static State next(State current, ProviderEvent.Kind kind) {
        State implied = switch (kind) {
            case DELIVERY -> State.DELIVERED;
            case BOUNCE -> State.BOUNCED;
            case COMPLAINT -> State.COMPLAINED;
            case REJECT, RENDERING_FAILURE -> State.REJECTED;
            case DELIVERY_DELAY -> current;
        };
        if (!current.wentOut()) {
            return current;
        }
        return WORSE_LAST.indexOf(implied) > WORSE_LAST.indexOf(current) ? implied : current;
    }

    private void raise(Ref at, ProviderEvent event, List<Event> fresh) throws IOException {
        List<String> keysNamed = fresh.stream()
                .map(e -> e.recipientKey() != null ? e.recipientKey() : "an address no longer in the report's keys")
                .distinct().toList();
        String whom = event.recipients().isEmpty() ? " for every recipient"
                : " for a recipient in " + String.join(", ", keysNamed);
        String what = switch (event.kind()) {
            case BOUNCE -> "bounced (" + event.detail() + ")";
            case COMPLAINT -> "drew a complaint (" + event.detail() + ")";
            case REJECT -> "was rejected by SES (" + event.detail() + ")";
            case RENDERING_FAILURE -> "could not be rendered by SES (" + event.detail() + ")";
            default -> event.kind().label();
        };
        String subject = "exec-reports: report " + at.reportId() + " for " + at.period() + " "
                + event.kind().label().replace('_', ' ');
        String message = "exec-reports: report '" + at.reportId() + "' for " + at.period() + " " + what + whom
                + " (SES message id "
                + event.providerMessageId() + ").\n"
                + (event.kind() == ProviderEvent.Kind.COMPLAINT
                ? "Someone marked the report as spam. Ask them (the key says which list) whether they still want it;"
                        + " remove the address from that key if not. Complaints count against the SES account.\n"
                : "Check the address in that key (exec-reports history --period " + at.period()
                        + " shows the event), correct it, then send the report again on purpose with"
                        + " --resend " + at.reportId() + " (Lambda: {\"period\": \"" + at.period() + "\", \"resend\": [\""
                        + at.reportId() + "\"]}).\n")
                + "See docs/deploy.md, \"When a report bounces\".";
        // SNS takes subjects of at most 100 characters
        alarm.raise(subject.length() > 100 ? subject.substring(0, 100) : subject, message);
    }
}
