package com.execreports.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import software.amazon.awscdk.Environment;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.cxapi.SynthesisMessage;

/**
 * cdk-nag AwsSolutionsChecks (applied by {@link ExecReportsApp#build}): no unsuppressed finding, and
 * every suppression is one of the known ones, on its resource, with a reason.
 */
class NagTest {

    /**
     * With this flag (cdk.json sets it) error annotations fail synthesis; the test turns it off to
     * read the findings as annotations and print them in the failure message.
     */
    private static final String ANNOTATIONS_FAIL_SYNTH = "@aws-cdk/core:annotationsInValidationReport";

    static List<Map<String, Object>> variants() {
        return List.of(
                Map.of(),
                Map.of("bucketName", "acme-exec-reports"),
                Map.of("ownerEmail", "ops@acme.example", "senderIdentity", "reports@acme.example"),
                Map.of("fanout", "true", "fanoutThreshold", "50"),
                Map.of("inspectAws", "true"),
                Map.of("fanout", "true", "inspectAws", "true"));
    }

    @ParameterizedTest
    @MethodSource("variants")
    void awsSolutionsFindsNothingUnsuppressed(Map<String, Object> context) {
        assertNoFindings(context, TestStacks.ENV);
    }

    /** Without credentials `cdk synth` has no account or region: ARNs hold tokens, suppressions still match. */
    @ParameterizedTest
    @MethodSource("variants")
    void awsSolutionsFindsNothingUnsuppressedWithoutAccountOrRegion(Map<String, Object> context) {
        assertNoFindings(context, Environment.builder().build());
    }

    private static void assertNoFindings(Map<String, Object> context, Environment env) {
        Map<String, Object> readable = new HashMap<>(context);
        readable.put(ANNOTATIONS_FAIL_SYNTH, false);
        ExecReportsStack stack = TestStacks.with(readable, env);
        Annotations annotations = Annotations.fromStack(stack);

        List<String> errors = describe(annotations.findError("*", Match.stringLikeRegexp("AwsSolutions-.*")));
        List<String> warnings = describe(annotations.findWarning("*", Match.stringLikeRegexp("AwsSolutions-.*")));

        assertThat(errors).as("cdk-nag errors").isEmpty();
        assertThat(warnings).as("cdk-nag warnings").isEmpty();
    }

    @ParameterizedTest
    @MethodSource("variants")
    void everySuppressionIsKnownAndGivesAReason(Map<String, Object> context) {
        Template template = TestStacks.synth(context).template();

        List<String> suppressed = new ArrayList<>();
        forEachSuppression(template, (type, rule) -> {
            suppressed.add(type + " " + rule.get("id"));
            assertThat((String) rule.get("reason")).as(type + " " + rule.get("id")).hasSizeGreaterThan(40);
        });

        List<String> expected = new ArrayList<>(List.of(
                "AWS::IAM::Role AwsSolutions-IAM5", "AWS::IAM::Role AwsSolutions-IAM5",
                "AWS::IAM::Role AwsSolutions-IAM5", "AWS::IAM::Role AwsSolutions-IAM5",
                "AWS::Lambda::Function AwsSolutions-L1",
                "AWS::SQS::Queue AwsSolutions-SQS3"));
        if ("true".equals(context.get("fanout"))) {
            // the worker's role (its statements, of the SES account reads only the send rate), its
            // runtime, the jobs' DLQ
            expected.addAll(List.of(
                    "AWS::IAM::Role AwsSolutions-IAM5", "AWS::IAM::Role AwsSolutions-IAM5",
                    "AWS::IAM::Role AwsSolutions-IAM5", "AWS::IAM::Role AwsSolutions-IAM5",
                    "AWS::Lambda::Function AwsSolutions-L1",
                    "AWS::SQS::Queue AwsSolutions-SQS3"));
        }
        assertThat(suppressed).containsExactlyInAnyOrderElementsOf(expected);
    }

    private interface SuppressionVisitor {
        void visit(String resourceType, Map<String, Object> rule);
    }

    @SuppressWarnings("unchecked")
    private static void forEachSuppression(Template template, SuppressionVisitor visitor) {
        Map<String, Object> resources = (Map<String, Object>) template.toJSON().get("Resources");
        for (Object value : resources.values()) {
            Map<String, Object> resource = (Map<String, Object>) value;
            Map<String, Object> metadata = (Map<String, Object>) resource.getOrDefault("Metadata", Map.of());
            Map<String, Object> nag = (Map<String, Object>) metadata.getOrDefault("cdk_nag", Map.of());
            for (Object rule : (List<Object>) nag.getOrDefault("rules_to_suppress", List.of())) {
                visitor.visit((String) resource.get("Type"), (Map<String, Object>) rule);
            }
        }
    }

    private static List<String> describe(List<SynthesisMessage> messages) {
        return messages.stream().map(m -> m.getId() + ": " + m.getEntry().getData()).toList();
    }
}
