package com.execreports.adapter.inbound.cli;

import com.execreports.adapter.outbound.aws.AwsClients;
import com.execreports.adapter.outbound.aws.AwsLocations;
import com.execreports.adapter.outbound.aws.InspectionClients;
import com.execreports.adapter.outbound.aws.S3HandoffSource;
import com.execreports.adapter.outbound.aws.S3Ledger;
import com.execreports.adapter.outbound.aws.SendPacer;
import com.execreports.adapter.outbound.aws.SesTransport;
import com.execreports.adapter.outbound.aws.SsmKeySource;
import com.execreports.adapter.outbound.aws.inspect.AwsAccountInspector;
import com.execreports.application.DeliveryConfig;
import com.execreports.application.port.AccountInspector;
import com.execreports.application.port.HandoffSource;
import com.execreports.application.port.KeySource;
import com.execreports.application.port.Ledger;
import com.execreports.application.port.Transport;
import java.io.IOException;
import java.util.Map;
import software.amazon.awssdk.services.ses.SesClient;

/**
 * The command line's way to the AWS adapters. SDK clients are built only when an s3:, ssm: or ses
 * option asks for them, so the local path never pays for them; AWS_ENDPOINT_URL points them all
 * at an emulator.
 */
final class AwsWiring {
    private AwsClients clients;

    private AwsClients clients() {
        if (clients == null) {
            clients = AwsClients.fromEnvironment(System.getenv());
        }
        return clients;
    }

    HandoffSource handoffSource(String location) {
        AwsLocations.S3Location s3 = AwsLocations.s3(location);
        return new S3HandoffSource(clients().s3(), s3.bucket(), s3.prefix());
    }

    KeySource keySource(String location) {
        return new SsmKeySource(clients().ssm(), AwsLocations.ssm(location));
    }

    /**
     * The ledger beside the handoffs' bucket, shared with the Lambda, so a report sent from the
     * command line is not sent again by the schedule (and the other way round).
     */
    Ledger sharedLedger(String dataLocation) {
        return new S3Ledger(clients().s3(), AwsLocations.s3(dataLocation).bucket(), S3Ledger.DEFAULT_PREFIX);
    }

    /** The AWS account of the run's credentials, inspected read-only; SES in the keys' SES_REGION. */
    AccountInspector inspector(Map<String, String> keys, String tagKey) {
        return new AwsAccountInspector(new InspectionClients(clients()), clients().ses(keys.get(DeliveryConfig.REGION)),
                tagKey);
    }

    /** SES bound to the keys' SES_REGION; the keys are read once and handed on. */
    record Ses(Transport transport, KeySource keys) {}

    Ses ses(KeySource keys) throws IOException {
        Map<String, String> values = keys.load();
        SesClient ses = clients().ses(values.get(DeliveryConfig.REGION));
        return new Ses(new SesTransport(ses, SendPacer.at(SendPacer.Ticker.SYSTEM, () -> SesTransport.maxSendRate(ses))),
                KeySource.loaded(keys.describe(), values));
    }
}
