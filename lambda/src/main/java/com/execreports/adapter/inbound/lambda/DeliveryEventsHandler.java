package com.execreports.adapter.inbound.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.execreports.adapter.inbound.EntryPoint;
import com.execreports.adapter.inbound.Wiring;
import com.execreports.adapter.outbound.aws.AwsClients;
import com.execreports.adapter.outbound.aws.SendPacer;
import com.execreports.adapter.outbound.aws.SnsDeliveryAlarm;
import com.execreports.application.DeliveryEvents;
import com.execreports.application.ProviderEvent;
import com.execreports.application.port.DeliveryAlarm;
import com.execreports.engine.render.Json;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The delivery-event function ({@code com.execreports.adapter.inbound.lambda.DeliveryEventsHandler::handleRequest}):
 * the EventBridge rule of the stack's SES configuration set hands it each delivery, bounce,
 * complaint, reject, rendering-failure and delivery-delay event, and it records the event in the
 * ledger entry of the report it belongs to. Logs one JSON line per event, with the report id and
 * the recipient's key, never the address. An event that cannot be recorded (S3 down) fails the
 * invocation, so EventBridge and Lambda retry it.
 */
public class DeliveryEventsHandler implements RequestStreamHandler {
    /** One line per JSON log entry. */
    private static final ObjectMapper LOG = new ObjectMapper();
    private final DeliveryEvents events;
    private final PrintStream log;

    /** Called by the Lambda runtime, once per container. */
    public DeliveryEventsHandler() {
        this(EntryPoint.start());
    }

    private DeliveryEventsHandler(Map<String, String> env) {
        this(LambdaSettings.fromEnvironment(env), AwsClients.fromEnvironment(env), System.out);
    }

    public DeliveryEventsHandler(LambdaSettings settings, AwsClients clients, PrintStream log) {
        this(new Wiring(FunctionSettings.of(settings), clients, SendPacer.Ticker.SYSTEM), settings, clients, log);
    }

    private DeliveryEventsHandler(Wiring wiring, LambdaSettings settings, AwsClients clients, PrintStream log) {
        this(new DeliveryEvents(wiring.ledger(), new CachedKeySource(wiring.keySource(), java.time.Clock.systemUTC(),
                ReportWorkerHandler.KEYS_MAX_AGE), alarm(settings, clients, log)), log);
    }

    DeliveryEventsHandler(DeliveryEvents events, PrintStream log) {
        this.events = events;
        this.log = log;
    }

    private static DeliveryAlarm alarm(LambdaSettings settings, AwsClients clients, PrintStream log) {
        if (settings.alarmTopicArn() == null) {
            // no topic configured: the log line is the alarm
            return (subject, message) -> log.println(LOG.writeValueAsString(Map.of("level", "ERROR", "alarm", message)));
        }
        return new SnsDeliveryAlarm(clients.sns(), settings.alarmTopicArn());
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        List<ProviderEvent> parsed = SesEventJson.parse(input.readAllBytes());
        List<Map<String, Object>> results = new ArrayList<>();
        for (ProviderEvent event : parsed) {
            DeliveryEvents.Outcome outcome = events.record(event);
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("level", outcome.alarmed() ? "ERROR" : "INFO");
            line.put("event", event.kind().label());
            line.put("ses_message_id", event.providerMessageId());
            outcome.entry().ifPresent(ref -> {
                line.put("period", ref.period());
                line.put("report", ref.reportId());
            });
            line.put("state", outcome.state() == null ? null : outcome.state().name().toLowerCase(Locale.ROOT));
            line.put("recorded", outcome.recorded());
            line.put("alarm", outcome.alarmed());
            if (outcome.note() != null) {
                line.put("note", outcome.note());
            }
            log.println(LOG.writeValueAsString(line));
            results.add(line);
        }
        output.write(Json.bytes(Map.of("events", results)));
    }
}
