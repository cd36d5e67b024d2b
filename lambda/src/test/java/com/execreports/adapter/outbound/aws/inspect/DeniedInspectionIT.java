package com.execreports.adapter.outbound.aws.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import com.execreports.adapter.outbound.aws.AwsClients;
import com.execreports.adapter.outbound.aws.InspectionClients;
import com.execreports.adapter.outbound.aws.emulator.AwsEmulator;
import com.execreports.domain.AccountObservations;
import com.execreports.domain.Warning;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import com.execreports.domain.ReportingPeriod;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A role without the inspection's permissions, stood in for by a local server that denies every
 * call the way AWS does (403, AccessDenied in the query protocol's XML, AccessDeniedException in
 * JSON): each denied call is a warning naming its IAM action, and the inspection still returns.
 */
class DeniedInspectionIT {
    private HttpServer server;
    private AwsClients clients;

    @BeforeEach
    void denyEverything() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            String type = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
            boolean query = type.startsWith("application/x-www-form-urlencoded");
            byte[] body = (query
                    ? "<ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>not authorized"
                            + "</Message></Error><RequestId>r-1</RequestId></ErrorResponse>"
                    : "{\"__type\": \"AccessDeniedException\", \"message\": \"not authorized\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", query ? "text/xml" : "application/x-amz-json-1.1");
            exchange.getResponseHeaders().add("x-amzn-ErrorType", query ? "AccessDenied" : "AccessDeniedException");
            exchange.sendResponseHeaders(403, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        clients = new AwsClients(AwsClients.Settings.forEndpoint(
                URI.create("http://127.0.0.1:" + server.getAddress().getPort()), AwsEmulator.REGION,
                AwsEmulator.CREDENTIALS).withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(5)));
    }

    @AfterEach
    void stop() {
        clients.close();
        server.stop(0);
    }

    @Test
    void everyDeniedCallIsAWarningNamingItsActionAndNothingIsInvented() {
        AccountObservations observed = new AwsAccountInspector(new InspectionClients(clients), clients.ses(null),
                "entity").inspect(ReportingPeriod.of(2026, 10));

        assertThat(observed.warnings()).extracting(Warning::file).containsOnly("aws:us-east-1");
        assertThat(observed.warnings()).extracting(Warning::message).containsExactly(
                denied("tag:GetResources", "no resource could be assigned to an entity and all are listed as unassigned"),
                denied("lambda:ListFunctions", "no Lambda function was inspected"),
                denied("dynamodb:ListTables", "no DynamoDB table was inspected"),
                denied("ses:GetSendQuota", "whether SES is in the sandbox was not checked"),
                denied("ses:ListIdentities", "no SES identity was inspected"),
                denied("wafv2:ListWebACLs", "no WAF web ACL was found, so public endpoints were not checked"),
                denied("ce:GetCostAndUsage", "the month's AWS cost was not read"));
        assertThat(observed.tagged()).isEmpty();
        assertThat(observed.untagged().findings()).isEmpty();
        assertThat(observed.untagged().infraSpend()).isNull();
        assertThat(observed.costObserved()).isFalse();
    }

    private static String denied(String action, String leftOut) {
        return action + " was denied, so " + leftOut + " (the role needs it: README, \"Live AWS inspection\")";
    }
}
