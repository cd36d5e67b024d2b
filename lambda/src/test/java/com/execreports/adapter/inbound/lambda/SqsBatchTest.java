package com.execreports.adapter.inbound.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.execreports.domain.ConfigurationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import com.amazonaws.services.lambda.runtime.events.SQSEvent.SQSMessage;
import org.junit.jupiter.api.Test;

class SqsBatchTest {
    static final String EVENT = "com/execreports/adapter/inbound/lambda/SqsBatchTest/sqs-event.json";

    @Test
    void readsEachRecordsIdBodyAndReceiveCountFromTheEventLambdaSends() throws IOException {
        List<SQSMessage> messages = SqsBatch.parse(InvocationEventTest.resource(EVENT).getBytes(StandardCharsets.UTF_8));

        assertThat(messages).extracting(SQSMessage::getMessageId, SQSMessage::getBody, SqsBatch::receiveCount)
                .containsExactly(
                        tuple("059f36b4-87a3-44ab-83d2-661975830a7d",
                                "{\"period\":\"2026-10\",\"reportId\":\"cfo\",\"resend\":false,\"dryRun\":false}", 1),
                        tuple("2e1424d4-f796-459a-8184-9c92662be6da", "not a job", 3));
        assertThat(messages.get(0).getEventSourceArn()).startsWith("arn:aws:sqs:");
    }

    @Test
    void answersWithThePartialBatchResponseLambdaExpects() {
        assertThat(new String(SqsBatch.write(SqsBatch.response(List.of("a-1", "b-2"))), StandardCharsets.UTF_8))
                .isEqualTo("{\"batchItemFailures\":[{\"itemIdentifier\":\"a-1\"},{\"itemIdentifier\":\"b-2\"}]}");
        assertThat(new String(SqsBatch.write(SqsBatch.response(List.of())), StandardCharsets.UTF_8))
                .isEqualTo("{\"batchItemFailures\":[]}");
    }

    @Test
    void anEventThatIsNotFromSqsIsRefused() {
        assertThatThrownBy(() -> SqsBatch.parse("{\"period\": \"2026-10\"}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("SQS event: no 'Records' list");
        assertThatThrownBy(() -> SqsBatch.parse("{\"Records\": [{\"body\": \"x\"}]}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("SQS event: a record without 'messageId'");
    }
}
