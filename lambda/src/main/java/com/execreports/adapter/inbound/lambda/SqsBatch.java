package com.execreports.adapter.inbound.lambda;

import com.execreports.domain.ConfigurationException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SQS event Lambda hands a worker ({@code {"Records": [{"messageId", "body", "attributes":
 * {"ApproximateReceiveCount"}, ...}]}}) and the partial batch response it expects back
 * ({@code {"batchItemFailures": [{"itemIdentifier": messageId}]}}). Only the fields the worker
 * uses are read.
 */
final class SqsBatch {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One record: a queued job's body, and how often SQS has handed it out so far. */
    record Message(String messageId, String body, int receiveCount) {}

    private SqsBatch() {}

    static List<Message> parse(byte[] event) {
        JsonNode records;
        try {
            records = JSON.readTree(event).path("Records");
        } catch (JsonProcessingException e) {
            throw new ConfigurationException("SQS event: not valid JSON (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!records.isArray()) {
            throw new ConfigurationException("SQS event: no 'Records' list; the worker is fed by the report queue");
        }
        List<Message> messages = new ArrayList<>();
        for (JsonNode record : records) {
            if (!record.path("messageId").isTextual()) {
                throw new ConfigurationException("SQS event: a record without 'messageId'");
            }
            messages.add(new Message(record.get("messageId").asText(), record.path("body").asText(""),
                    record.path("attributes").path("ApproximateReceiveCount").asInt(0)));
        }
        return messages;
    }

    static byte[] response(List<String> failedMessageIds) {
        List<Map<String, String>> failures = failedMessageIds.stream()
                .map(id -> Map.of("itemIdentifier", id))
                .toList();
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("batchItemFailures", failures);
        try {
            return JSON.writeValueAsBytes(response);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the batch response", e);
        }
    }
}
