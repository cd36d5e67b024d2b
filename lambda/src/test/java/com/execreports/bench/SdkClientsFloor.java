package com.execreports.bench;

import com.execreports.adapter.outbound.aws.AwsClients;

/**
 * The AWS floor: a JVM that builds the three SDK clients the function uses, exactly as the
 * handler does, and exits without calling AWS. What the function adds beyond this is ours.
 */
public final class SdkClientsFloor {
    private SdkClientsFloor() {}

    public static void main(String[] args) {
        AwsClients clients = AwsClients.fromEnvironment(System.getenv());
        System.out.println(clients.s3().serviceName() + " " + clients.ssm().serviceName() + " "
                + clients.ses(null).serviceName());
    }
}
