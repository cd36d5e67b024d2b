package com.execreports.adapter.outbound.aws;

import com.execreports.application.port.DeliveryAlarm;
import java.io.IOException;
import java.util.Objects;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sns.SnsClient;

/** The delivery alarm as a message to the stack's alarm topic, which mails the owner. */
public final class SnsDeliveryAlarm implements DeliveryAlarm {
    private final SnsClient sns;
    private final String topicArn;

    public SnsDeliveryAlarm(SnsClient sns, String topicArn) {
        this.sns = Objects.requireNonNull(sns, "sns");
        this.topicArn = Objects.requireNonNull(topicArn, "topicArn");
    }

    @Override
    public void raise(String subject, String message) throws IOException {
        try {
            sns.publish(r -> r.topicArn(topicArn).subject(subject).message(message));
        } catch (SdkException e) {
            throw new IOException("could not publish the delivery alarm to " + topicArn + ": " + e.getMessage(), e);
        }
    }
}
