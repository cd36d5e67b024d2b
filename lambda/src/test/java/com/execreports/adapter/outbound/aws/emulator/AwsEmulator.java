package com.execreports.adapter.outbound.aws.emulator;

import com.execreports.adapter.outbound.aws.AwsClients;
import java.net.URI;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/**
 * An AWS emulator the adapter and handler tests run against: moto in server mode, or LocalStack
 * when Docker is available. Tests bind clients to {@link #endpoint()}; the process environment
 * is never changed.
 */
public interface AwsEmulator {
    Region REGION = Region.US_EAST_1;
    AwsCredentialsProvider CREDENTIALS = StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing"));

    /** moto or localstack, for messages. */
    String name();

    /** The one endpoint that serves S3, SSM, SES and SQS. */
    URI endpoint();

    /** Every message sent through SES since the last {@link #reset()}, oldest first. */
    List<SentEmail> sentEmails();

    /** Whether {@link SentEmail#destinations()} holds the envelope (moto: yes; LocalStack keeps none). */
    boolean recordsDestinations();

    /** Whether SES knows unverified identities (LocalStack reports every identity as verified). */
    boolean checksSenderVerification();

    /**
     * Whether Lambda, DynamoDB, WAFv2, the tagging API and Cost Explorer are served, with Cost
     * Explorer's answers settable: what the account inspection tests need (moto; LocalStack's
     * community image serves neither WAFv2 nor Cost Explorer).
     */
    boolean servesAccountInspection();

    /**
     * Queues Cost Explorer answers: {@code {"results": [GetCostAndUsage response, ...]}}. Each new
     * request takes the next one, and the same request gets the same answer again.
     */
    void queueCostAndUsage(String resultsJson);

    /** Forgets every bucket, parameter, identity and sent message. */
    void reset();

    /** Clients bound to this emulator, as the production code builds them. */
    default AwsClients clients() {
        return new AwsClients(AwsClients.Settings.forEndpoint(endpoint(), REGION, CREDENTIALS));
    }
}
