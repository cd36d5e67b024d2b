package com.execreports.adapter.outbound.aws;

import static org.assertj.core.api.Assertions.assertThat;

import com.execreports.adapter.outbound.aws.emulator.AwsEmulator;
import com.execreports.adapter.outbound.aws.emulator.AwsEmulatorExtension;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.sqs.model.Message;

/** The delivery alarm reaches the alarm topic: read back through a queue subscribed to it. */
@ExtendWith(AwsEmulatorExtension.class)
class SnsDeliveryAlarmIT {
    @Test
    void publishesSubjectAndMessageToTheTopic(AwsEmulator emulator) throws Exception {
        try (AwsClients clients = emulator.clients()) {
            String topic = clients.sns().createTopic(r -> r.name("exec-reports-alarms")).topicArn();
            String queueUrl = clients.sqs().createQueue(r -> r.queueName("alarm-reader")).queueUrl();
            String queueArn = clients.sqs().getQueueAttributes(r -> r.queueUrl(queueUrl)
                    .attributeNamesWithStrings("QueueArn")).attributesAsStrings().get("QueueArn");
            clients.sns().subscribe(r -> r.topicArn(topic).protocol("sqs").endpoint(queueArn));

            new SnsDeliveryAlarm(clients.sns(), topic).raise("exec-reports: report cfo for 2026-10 bounce",
                    "report 'cfo' for 2026-10 bounced (Permanent/General) for a recipient in REPORT_CFO_TO");

            List<Message> received = clients.sqs().receiveMessage(r -> r.queueUrl(queueUrl).waitTimeSeconds(5)
                    .maxNumberOfMessages(10)).messages();
            assertThat(received).singleElement().satisfies(m -> {
                JsonNode envelope = new ObjectMapper().readTree(m.body());
                assertThat(envelope.path("Subject").asText()).isEqualTo("exec-reports: report cfo for 2026-10 bounce");
                assertThat(envelope.path("Message").asText()).contains("REPORT_CFO_TO").contains("'cfo'");
            });
        }
    }
}
