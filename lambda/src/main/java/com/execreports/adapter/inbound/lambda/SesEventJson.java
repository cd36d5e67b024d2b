package com.execreports.adapter.inbound.lambda;

import com.execreports.application.ProviderEvent;
import com.execreports.application.ProviderEvent.Kind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * SES's email sending event records, as SES publishes them through a configuration set's event
 * destination: wrapped in an EventBridge event ({@code "source": "aws.ses"}, the record in
 * {@code detail}), in an SNS notification delivered to Lambda ({@code Records[].Sns.Message}), or
 * bare. Send, Open, Click and Subscription records are not about delivery and are left out.
 */
final class SesEventJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SesEventJson() {}

    static List<ProviderEvent> parse(byte[] input) throws IOException {
        JsonNode root = JSON.readTree(input);
        List<ProviderEvent> events = new ArrayList<>();
        if (root == null || !root.isObject()) {
            throw new IOException("not an SES event: expected a JSON object");
        }
        if (root.has("Records")) {
            for (JsonNode record : root.path("Records")) {
                JsonNode message = record.path("Sns").path("Message");
                if (message.isTextual()) {
                    record(JSON.readTree(message.asText())).ifPresent(events::add);
                }
            }
        } else if (root.has("detail") && "aws.ses".equals(root.path("source").asText())) {
            record(root.path("detail")).ifPresent(events::add);
        } else {
            record(root).ifPresent(events::add);
        }
        return events;
    }

    /** One record: {@code eventType} with event publishing, {@code notificationType} with identity notifications. */
    static Optional<ProviderEvent> record(JsonNode r) throws IOException {
        String type = r.hasNonNull("eventType") ? r.path("eventType").asText() : r.path("notificationType").asText();
        String messageId = r.path("mail").path("messageId").asText(null);
        if (messageId == null || messageId.isBlank()) {
            throw new IOException("not an SES event: no mail.messageId");
        }
        Instant mailTime = time(r.path("mail").path("timestamp"), Instant.EPOCH);
        return Optional.ofNullable(switch (type) {
            case "Delivery" -> {
                JsonNode d = r.path("delivery");
                yield new ProviderEvent(Kind.DELIVERY, messageId, time(d.path("timestamp"), mailTime),
                        strings(d.path("recipients")), null, false);
            }
            case "Bounce" -> {
                JsonNode b = r.path("bounce");
                String bounceType = b.path("bounceType").asText("Undetermined");
                String detail = bounceType + "/" + b.path("bounceSubType").asText("Undetermined");
                yield new ProviderEvent(Kind.BOUNCE, messageId, time(b.path("timestamp"), mailTime),
                        addresses(b.path("bouncedRecipients")), detail, "Permanent".equals(bounceType));
            }
            case "Complaint" -> {
                JsonNode c = r.path("complaint");
                yield new ProviderEvent(Kind.COMPLAINT, messageId, time(c.path("timestamp"), mailTime),
                        addresses(c.path("complainedRecipients")), c.path("complaintFeedbackType").asText("complaint"),
                        true);
            }
            case "Reject" -> new ProviderEvent(Kind.REJECT, messageId, mailTime, List.of(),
                    r.path("reject").path("reason").asText("rejected"), true);
            case "Rendering Failure" -> new ProviderEvent(Kind.RENDERING_FAILURE, messageId, mailTime, List.of(),
                    r.path("failure").path("errorMessage").asText("rendering failure"), true);
            case "DeliveryDelay" -> {
                JsonNode d = r.path("deliveryDelay");
                yield new ProviderEvent(Kind.DELIVERY_DELAY, messageId, time(d.path("timestamp"), mailTime),
                        addresses(d.path("delayedRecipients")), d.path("delayType").asText("delayed"), false);
            }
            default -> null;
        });
    }

    private static Instant time(JsonNode value, Instant fallback) {
        return value.isTextual() ? Instant.parse(value.asText()) : fallback;
    }

    private static List<String> strings(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(a -> list.add(a.asText()));
        return list;
    }

    private static List<String> addresses(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(a -> list.add(a.path("emailAddress").asText()));
        return list;
    }
}
