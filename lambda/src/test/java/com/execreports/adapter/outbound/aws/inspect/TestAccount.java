package com.execreports.adapter.outbound.aws.inspect;

import com.execreports.adapter.outbound.aws.AwsClients;
import com.execreports.adapter.outbound.aws.InspectionClients;
import com.execreports.adapter.outbound.aws.emulator.AwsEmulator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import com.execreports.domain.ReportingPeriod;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.lambda.model.FunctionUrlAuthType;
import software.amazon.awssdk.services.wafv2.model.Scope;

/**
 * Test-data builder for an AWS account in the emulator: tagged Lambda functions (created, never
 * invoked, so no Docker is needed), DynamoDB tables, web ACLs, SES identities and Cost Explorer's
 * answer. Credential-shaped values are assembled at run time by the callers, never written here.
 */
public final class TestAccount {
    /** Stripe-shaped, put together at run time: no credential-shaped literal in the sources. */
    public static final String STRIPE_KEY = "sk_" + "live_" + "51Jada" + "BookingDeposit" + "0042";
    /** The value of an untagged function's {@code DB_PASSWORD}. */
    public static final String DB_PASSWORD = "Winter" + "2026" + "!cron";

    private final AwsEmulator emulator;
    private final AwsClients clients;
    private final InspectionClients inspection;
    private String role;

    public TestAccount(AwsEmulator emulator, AwsClients clients) {
        this.emulator = emulator;
        this.clients = clients;
        this.inspection = new InspectionClients(clients);
    }

    /**
     * The sample businesses' account, as the system this replaces found it: JADA's booking Lambda
     * holds a live Stripe key, runs on a deprecated runtime behind a public URL, and its table has
     * no point-in-time recovery; Queen of San Diego's resources are in order; an untagged cron job
     * holds a database password; SES is in the sandbox; and Cost Explorer has the month's bill.
     */
    public TestAccount sampleBusinesses(ReportingPeriod month) {
        return function("jada-booking", "python3.8",
                        Map.of("STRIPE_SECRET_KEY", STRIPE_KEY, "TABLE_NAME", "jada-bookings"),
                        tag("entity", "jada"), FunctionUrlAuthType.NONE)
                .table("jada-bookings", tag("entity", "jada"), false)
                .function("qsd-availability", "java21", Map.of("LOG_LEVEL", "info"),
                        tag("entity", "QueenOfSanDiego"), FunctionUrlAuthType.AWS_IAM)
                .table("qsd-charters", tag("entity", "queenofsandiego"), true)
                .function("legacy-cron", "nodejs16.x", Map.of("DB_PASSWORD", DB_PASSWORD), Map.of(), null)
                .webAcl("shared-acl", Map.of())
                .sesIdentity("reports@example.com")
                .costs(month, "entity", Map.of("jada", "12.345", "queenofsandiego", "20", "", "5.10"));
    }

    /** A function with these environment variables and tags; {@code url} null = no function URL. */
    public TestAccount function(String name, String runtime, Map<String, String> env, Map<String, String> tags,
                                FunctionUrlAuthType url) {
        inspection.lambda().createFunction(r -> r.functionName(name).runtime(runtime).role(role())
                .handler("index.handler").code(c -> c.zipFile(SdkBytes.fromByteArray(zip())))
                .environment(e -> e.variables(env)).tags(tags));
        if (url != null) {
            inspection.lambda().createFunctionUrlConfig(r -> r.functionName(name).authType(url));
        }
        return this;
    }

    public TestAccount table(String name, Map<String, String> tags, boolean pointInTimeRecovery) {
        inspection.dynamoDb().createTable(r -> r.tableName(name).billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(KeySchemaElement.builder().attributeName("id").keyType(KeyType.HASH).build())
                .attributeDefinitions(AttributeDefinition.builder().attributeName("id")
                        .attributeType(ScalarAttributeType.S).build())
                .tags(tags.entrySet().stream().map(t -> software.amazon.awssdk.services.dynamodb.model.Tag.builder()
                        .key(t.getKey()).value(t.getValue()).build()).toList()));
        if (pointInTimeRecovery) {
            inspection.dynamoDb().updateContinuousBackups(r -> r.tableName(name)
                    .pointInTimeRecoverySpecification(p -> p.pointInTimeRecoveryEnabled(true)));
        }
        return this;
    }

    public TestAccount webAcl(String name, Map<String, String> tags) {
        inspection.waf().createWebACL(r -> r.name(name).scope(Scope.REGIONAL).defaultAction(a -> a.allow(x -> { }))
                .visibilityConfig(v -> v.sampledRequestsEnabled(false).cloudWatchMetricsEnabled(false).metricName(name))
                .tags(tags.entrySet().stream().map(t -> software.amazon.awssdk.services.wafv2.model.Tag.builder()
                        .key(t.getKey()).value(t.getValue()).build()).toList()));
        return this;
    }

    public TestAccount sesIdentity(String emailAddress) {
        clients.ses(null).verifyEmailIdentity(r -> r.emailAddress(emailAddress));
        return this;
    }

    /** Cost Explorer's answer for {@code month}: the amount per tag value, "" for untagged costs. */
    public TestAccount costs(ReportingPeriod month, String tagKey, Map<String, String> amounts) {
        String groups = amounts.entrySet().stream().map(a -> "{\"Keys\": [\"" + tagKey + "$" + a.getKey()
                        + "\"], \"Metrics\": {\"UnblendedCost\": {\"Amount\": \"" + a.getValue() + "\", \"Unit\": \"USD\"}}}")
                .collect(Collectors.joining(", "));
        emulator.queueCostAndUsage("{\"results\": [{\"ResultsByTime\": [{\"TimePeriod\": {\"Start\": \""
                + month.firstDay() + "\", \"End\": \"" + month.next().firstDay() + "\"}, \"Total\": {},"
                + " \"Groups\": [" + groups + "], \"Estimated\": true}]}]}");
        return this;
    }

    public static Map<String, String> tag(String key, String value) {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put(key, value);
        return tags;
    }

    /** moto lets a function be created only with a role it knows. */
    private String role() {
        if (role == null) {
            try (IamClient iam = IamClient.builder().endpointOverride(emulator.endpoint()).region(Region.AWS_GLOBAL)
                    .credentialsProvider(AwsEmulator.CREDENTIALS)
                    .httpClient(UrlConnectionHttpClient.create()).build()) {
                role = iam.createRole(r -> r.roleName("test-function-role").assumeRolePolicyDocument(
                        "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Principal\":"
                                + " {\"Service\": \"lambda.amazonaws.com\"}, \"Action\": \"sts:AssumeRole\"}]}"))
                        .role().arn();
            }
        }
        return role;
    }

    private static byte[] zip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("index.py"));
            zip.write("def handler(event, context):\n    return None\n".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
