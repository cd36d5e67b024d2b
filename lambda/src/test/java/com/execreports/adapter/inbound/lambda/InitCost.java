package com.execreports.adapter.inbound.lambda;

import com.execreports.adapter.outbound.aws.AwsClients;
import com.execreports.adapter.outbound.aws.InspectionClients;
import com.execreports.engine.parse.ReportsConfigParser;
import com.execreports.engine.render.ChartRenderer;
import com.execreports.engine.render.PdfRenderer;
import com.execreports.engine.report.Chart;
import com.execreports.engine.report.Chart.Series;
import com.execreports.engine.report.Chart.Tone;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * What one part of the jar costs a cold JVM when it is first used, and nothing else: bench/init-cost.sh
 * runs {@code InitCost PART} in a fresh JVM per run, on the Lambda's flags, next to {@code InitCost
 * hello}; the difference is the part's init time.
 */
public final class InitCost {
    private InitCost() {}

    public static void main(String[] args) throws Exception {
        String part = args[0];
        Object result = switch (part) {
            case "hello" -> "hello";
            case "sdk-clients" -> {
                AwsClients c = AwsClients.fromEnvironment(System.getenv());
                yield c.s3().serviceName() + c.ssm().serviceName() + c.ses(null).serviceName();
            }
            case "sqs-client" -> AwsClients.fromEnvironment(System.getenv()).sqs().serviceName();
            case "inspection-unused" -> new InspectionClients(AwsClients.fromEnvironment(System.getenv())).region();
            case "inspection-clients" -> {
                InspectionClients c = new InspectionClients(AwsClients.fromEnvironment(System.getenv()));
                yield c.lambda().serviceName() + c.dynamoDb().serviceName() + c.waf().serviceName()
                        + c.tagging().serviceName() + c.costExplorer().serviceName();
            }
            case "events-jackson-tree" -> new ObjectMapper().readTree(sqsEvent()).path("Records").size()
                    + new ObjectMapper().readTree(SCHEDULED).path("time").asText();
            case "events-typed" -> SqsBatch.parse(sqsEvent()).size() + " "
                    + InvocationEvent.parse(SCHEDULED.getBytes(StandardCharsets.UTF_8), Clock.systemUTC());
            case "reports-yml" -> new ReportsConfigParser().parse(Files.readAllBytes(Path.of("data/reports.yml")))
                    .reports().size();
            case "chart" -> new ChartRenderer().png(new Chart("c", "C", Chart.Kind.BARS, Chart.Unit.MONEY,
                    List.of("a", "b"), List.of(Series.bars("x", Tone.PRIMARY, List.of(BigDecimal.ONE, BigDecimal.TEN))),
                    List.of())).length;
            case "pdf" -> new PdfRenderer().pdf("<!DOCTYPE html><html><body><p><b>Report</b> $1,000 – 12%</p>"
                    + "</body></html>", "t").length;
            default -> throw new IllegalArgumentException("unknown part " + part);
        };
        System.out.println(part + " " + result);
    }

    private static final String SCHEDULED = "{\"version\":\"0\",\"id\":\"x\",\"detail-type\":\"Scheduled Event\","
            + "\"source\":\"aws.events\",\"account\":\"123456789012\",\"time\":\"2026-11-01T13:00:00Z\","
            + "\"region\":\"us-east-1\",\"resources\":[],\"detail\":{}}";

    private static byte[] sqsEvent() throws Exception {
        return Files.readAllBytes(Path.of("lambda/src/test/resources/com/execreports/adapter/inbound/lambda/SqsBatchTest/sqs-event.json"));
    }
}
