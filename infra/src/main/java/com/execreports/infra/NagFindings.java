package com.execreports.infra;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import io.github.cdklabs.cdknag.RegexAppliesTo;
import software.constructs.IConstruct;

/**
 * The cdk-nag AwsSolutions findings this stack accepts, each on the one resource it concerns and with
 * the reason. Everything else cdk-nag reports fails synthesis (and the tests).
 */
final class NagFindings {

    static final String IAM5 = "AwsSolutions-IAM5";

    /** Why the account inspection's statement (inspectAws=true) names Resource *; see FunctionPolicy. */
    static final String INSPECTION_REASON = "; the account inspection's statement (" + FunctionPolicy.INSPECT_ACCOUNT
            + ") holds read-only calls only: list actions AWS authorises on * alone, reads without resource-level "
            + "permissions (tag, SES, Cost Explorer), and reads asked of every function, table or API stage of "
            + "the account, whose narrowest ARN pattern would be as wide";

    private NagFindings() {
    }

    static void suppress(ExecReportsStack stack) {
        ExecReportsConfig config = stack.config();
        NagSuppressions.addResourceSuppressions(defaultChild(stack.function().getRole()), functionPolicy(config, true));
        NagSuppressions.addResourceSuppressions(defaultChild(stack.function()), List.of(javaRuntime()));
        NagSuppressions.addResourceSuppressions(defaultChild(stack.queue()), List.of(NagPackSuppression.builder()
                .id("AwsSolutions-SQS3")
                .reason("This queue is itself the failure destination (failed async invocations and "
                        + "undeliverable schedule events); a dead-letter queue behind it would hold the same "
                        + "messages, and its own alarm already tells the owner")
                .build()));
        stack.fanout().ifPresent(fanout -> {
            NagSuppressions.addResourceSuppressions(defaultChild(fanout.worker().getRole()),
                    functionPolicy(config, false));
            NagSuppressions.addResourceSuppressions(defaultChild(fanout.worker()), List.of(javaRuntime()));
            NagSuppressions.addResourceSuppressions(defaultChild(fanout.deadLetterQueue()), List.of(
                    NagPackSuppression.builder()
                            .id("AwsSolutions-SQS3")
                            .reason("This queue is the report queue's dead-letter queue: jobs that failed "
                                    + ReportFanout.MAX_RECEIVE_COUNT + " times wait here for a person, and its alarm"
                                    + " tells the owner; nothing consumes it, so nothing could fail into a queue"
                                    + " behind it")
                            .build()));
        });
    }

    /** The wildcards of {@link FunctionPolicy}; of the SES account state the worker reads only the send rate. */
    private static List<NagPackSuppression> functionPolicy(ExecReportsConfig config, boolean readsSesAccountState) {
        List<NagPackSuppression> suppressions = new ArrayList<>(List.of(
                wildcard(objectsUnder(config.handoffPrefix(), config.archivePrefix(), config.ledgerPrefix()),
                        "S3 object permissions are granted on key patterns: GetObject only under the handoff "
                                + "prefix, GetObject/PutObject only under the archive and ledger prefixes"),
                wildcard("^Resource::arn:.+:ssm:.+:parameter/" + js(config.configPath().substring(1))
                                + "/\\*$",
                        "GetParametersByPath is authorised on the requested path; path/* covers the config "
                                + "prefix and its sub-paths for the recursive read, nothing outside it"),
                wildcard("^Resource::arn:.+:kms:.+:key/\\*$",
                        "SecureStrings use the AWS-managed alias/aws/ssm key, whose id is unknown at synth "
                                + "time (KMS ignores alias ARNs as a Decrypt resource); kms:ViaService=ssm and an "
                                + "encryption-context condition on the config path restrict the grant")));
        if (readsSesAccountState) {
            suppressions.add(NagPackSuppression.builder().id(IAM5).appliesTo(List.of("Resource::*"))
                    .reason("ses:GetIdentityVerificationAttributes and ses:GetSendQuota are read-only and do "
                            + "not support resource-level permissions, so AWS requires Resource *"
                            + (config.inspectAws() ? INSPECTION_REASON : ""))
                    .build());
        } else {
            suppressions.add(NagPackSuppression.builder().id(IAM5).appliesTo(List.of("Resource::*"))
                    .reason("ses:GetSendQuota (the worker's share of the send rate) is read-only and does not "
                            + "support resource-level permissions, so AWS requires Resource *")
                    .build());
        }
        return suppressions;
    }

    private static NagPackSuppression javaRuntime() {
        return NagPackSuppression.builder()
                .id("AwsSolutions-L1")
                .reason("Java 21 is the runtime the Lambda module is built and tested for; moving to a newer "
                        + "Java runtime is a deliberate upgrade checked by that module's tests, not a linter fix")
                .build();
    }

    private static IConstruct defaultChild(IConstruct construct) {
        return Objects.requireNonNull(construct.getNode().getDefaultChild(), "no default child");
    }

    private static NagPackSuppression wildcard(String regex, String reason) {
        return NagPackSuppression.builder().id(IAM5).reason(reason)
                .appliesTo(List.of(RegexAppliesTo.builder().regex("/" + regex + "/").build()))
                .build();
    }

    /**
     * Object ARNs of the created bucket ({@code <Logical.Arn>/prefix*}) or an imported one. Without a
     * concrete account and region the partition, region and account appear as {@code <AWS::...>}, hence
     * {@code .+} rather than {@code [^:]+} between the colons here and above.
     */
    private static String objectsUnder(String... prefixes) {
        StringBuilder alternatives = new StringBuilder();
        for (String prefix : prefixes) {
            alternatives.append(alternatives.isEmpty() ? "" : "|").append(js(prefix));
        }
        return "^Resource::(<[A-Za-z0-9]+\\.Arn>|arn:.+:s3:::[a-z0-9.-]+)/(" + alternatives + ")\\*$";
    }

    /** Escapes a literal for a JavaScript regular expression (cdk-nag matches appliesTo in Node). */
    private static String js(String literal) {
        return literal.replaceAll("[.*+?^${}()|\\[\\]\\\\/]", "\\\\$0");
    }
}
