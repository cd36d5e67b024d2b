package com.execreports.adapter.inbound.lambda;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.events.SQSEvent.SQSMessage;
import com.execreports.domain.ConfigurationException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The SQS event Lambda hands a worker and the partial batch response it expects back, as the types
 * of aws-lambda-java-events ({@link SQSEvent}, {@link SQSBatchResponse}). The worker is a stream
 * handler (so that a batch that is not one is logged and refused with a clear message, not a
 * runtime stack trace), and reads and writes these types with the project's Jackson: the event's
 * keys differ from the types' properties in case only ({@code Records}, {@code eventSourceARN}).
 */
final class SqsBatch {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private SqsBatch() {}

    static List<SQSMessage> parse(byte[] event) {
        JsonNode tree;
        try {
            tree = JSON.readTree(event);
        } catch (JsonProcessingException e) {
            throw new ConfigurationException("SQS event: not valid JSON (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JsonNode records = tree == null ? null : tree.get("Records");
        if (records == null || !records.isArray()) {
            throw new ConfigurationException("SQS event: no 'Records' list; the worker is fed by the report queue");
        }
        for (JsonNode record : records) {
            if (!record.path("messageId").isTextual()) {
                throw new ConfigurationException("SQS event: a record without 'messageId'");
            }
        }
        try {
            List<SQSMessage> messages = JSON.treeToValue(tree, SQSEvent.class).getRecords();
            return messages == null ? List.of() : messages;
        } catch (JsonProcessingException e) {
            throw new ConfigurationException("SQS event: " + e.getOriginalMessage());
        }
    }

    /** How often SQS has handed the message out so far, from its ApproximateReceiveCount; 0 when not said. */
    static int receiveCount(SQSMessage message) {
        String count = message.getAttributes() == null ? null : message.getAttributes().get("ApproximateReceiveCount");
        try {
            return count == null ? 0 : Integer.parseInt(count);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static SQSBatchResponse response(List<String> failedMessageIds) {
        return new SQSBatchResponse(failedMessageIds.stream().map(SQSBatchResponse.BatchItemFailure::new).toList());
    }

    static byte[] write(SQSBatchResponse response) {
        try {
            return JSON.writeValueAsBytes(response);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the batch response", e);
        }
    }
}
