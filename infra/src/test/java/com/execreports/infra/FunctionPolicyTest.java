package com.execreports.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.execreports.infra.TestStacks.Synthesized;

import software.amazon.awscdk.assertions.Match;

/**
 * Least privilege: every statement the function's role holds, with its exact actions, resources and
 * conditions. The only {@code *} resource is the one AWS requires (the two read-only SES calls).
 */
class FunctionPolicyTest {

    private static final String ACCOUNT_REGION = TestStacks.REGION + ":" + TestStacks.ACCOUNT;

    private final Synthesized synth = TestStacks.defaults();
    private final PolicyStatements statements = PolicyStatements.of(synth);

    private Object objects(String prefix) {
        return Map.of("Fn::Join", List.of("", List.of(synth.getAtt(synth.stack().storage().bucket(), "Arn"),
                "/" + prefix + "*")));
    }

    @Test
    void roleHoldsExactlyTheseStatementsAndNoManagedPolicy() {
        assertThat(statements.sids()).containsExactly(
                FunctionPolicy.LIST_HANDOFFS_AND_LEDGER, FunctionPolicy.READ_HANDOFFS, FunctionPolicy.WRITE_ARCHIVE_AND_LEDGER,
                FunctionPolicy.READ_CONFIG, FunctionPolicy.DECRYPT_CONFIG, FunctionPolicy.SEND_AS_SENDER,
                FunctionPolicy.READ_SES_ACCOUNT_STATE, FunctionPolicy.WRITE_LOGS);
        synth.template().hasResourceProperties("AWS::IAM::Role", Map.of(
                "AssumeRolePolicyDocument", Map.of("Statement", List.of(Map.of(
                        "Action", "sts:AssumeRole", "Effect", "Allow",
                        "Principal", Map.of("Service", "lambda.amazonaws.com")))),
                "ManagedPolicyArns", Match.absent()));
        synth.template().resourceCountIs("AWS::IAM::ManagedPolicy", 0);
    }

    @Test
    void listsOnlyTheHandoffAndLedgerPrefixes() {
        // the ledger prefix: without it a missing ledger entry reads as 403 AccessDenied, not 404 NoSuchKey
        assertThat(statements.bySid(FunctionPolicy.LIST_HANDOFFS_AND_LEDGER)).isEqualTo(Map.of(
                "Sid", FunctionPolicy.LIST_HANDOFFS_AND_LEDGER, "Effect", "Allow",
                "Action", "s3:ListBucket",
                "Resource", synth.getAtt(synth.stack().storage().bucket(), "Arn"),
                "Condition", Map.of("StringLike", Map.of("s3:prefix", List.of("handoffs/*", "ledger/*")))));
    }

    @Test
    void readsOnlyTheHandoffPrefix() {
        assertThat(statements.bySid(FunctionPolicy.READ_HANDOFFS)).isEqualTo(Map.of(
                "Sid", FunctionPolicy.READ_HANDOFFS, "Effect", "Allow",
                "Action", "s3:GetObject",
                "Resource", objects("handoffs/")));
    }

    @Test
    void writesOnlyTheArchiveAndLedgerPrefixes() {
        assertThat(statements.bySid(FunctionPolicy.WRITE_ARCHIVE_AND_LEDGER)).isEqualTo(Map.of(
                "Sid", FunctionPolicy.WRITE_ARCHIVE_AND_LEDGER, "Effect", "Allow",
                "Action", List.of("s3:GetObject", "s3:PutObject"),
                "Resource", List.of(objects("archive/"), objects("ledger/"))));
    }

    @Test
    void readsParametersOnlyUnderTheConfigPath() {
        assertThat(statements.bySid(FunctionPolicy.READ_CONFIG)).isEqualTo(Map.of(
                "Sid", FunctionPolicy.READ_CONFIG, "Effect", "Allow",
                "Action", "ssm:GetParametersByPath",
                "Resource", List.of(
                        "arn:aws:ssm:" + ACCOUNT_REGION + ":parameter/exec-reports",
                        "arn:aws:ssm:" + ACCOUNT_REGION + ":parameter/exec-reports/*")));
    }

    @Test
    void decryptsOnlyThroughSsmAndOnlyTheConfigParameters() {
        assertThat(statements.bySid(FunctionPolicy.DECRYPT_CONFIG)).isEqualTo(Map.of(
                "Sid", FunctionPolicy.DECRYPT_CONFIG, "Effect", "Allow",
                "Action", "kms:Decrypt",
                // key/*: the AWS-managed alias/aws/ssm key id is not known at synth time; see FunctionPolicy
                "Resource", "arn:aws:kms:" + ACCOUNT_REGION + ":key/*",
                "Condition", Map.of(
                        "StringEquals", Map.of("kms:ViaService", "ssm." + TestStacks.REGION + ".amazonaws.com"),
                        "StringLike", Map.of("kms:EncryptionContext:PARAMETER_ARN",
                                "arn:aws:ssm:" + ACCOUNT_REGION + ":parameter/exec-reports/*"))));
    }

    @Test
    void sendsOnlyAsTheSenderIdentity() {
        assertThat(statements.bySid(FunctionPolicy.SEND_AS_SENDER)).isEqualTo(Map.of(
                "Sid", FunctionPolicy.SEND_AS_SENDER, "Effect", "Allow",
                "Action", List.of("ses:SendEmail", "ses:SendRawEmail"),
                // a send naming a configuration set is authorised against the set too
                "Resource", List.of("arn:aws:ses:" + ACCOUNT_REGION + ":identity/example.com",
                        "arn:aws:ses:" + ACCOUNT_REGION + ":configuration-set/exec-reports")));
    }

    @Test
    void readsSesAccountStateWithTheStarAwsRequires() {
        // GetIdentityVerificationAttributes and GetSendQuota support no resource-level permissions
        assertThat(statements.bySid(FunctionPolicy.READ_SES_ACCOUNT_STATE)).isEqualTo(Map.of(
                "Sid", FunctionPolicy.READ_SES_ACCOUNT_STATE, "Effect", "Allow",
                "Action", List.of("ses:GetIdentityVerificationAttributes", "ses:GetSendQuota"),
                "Resource", "*"));
    }

    @Test
    void writesOnlyItsOwnLogGroup() {
        assertThat(statements.bySid(FunctionPolicy.WRITE_LOGS)).isEqualTo(Map.of(
                "Sid", FunctionPolicy.WRITE_LOGS, "Effect", "Allow",
                "Action", List.of("logs:CreateLogStream", "logs:PutLogEvents"),
                "Resource", Map.of("Fn::GetAtt", List.of(logGroupLogicalId(), "Arn"))));
    }

    @Test
    void theOnlyOtherPoliciesLetTheFunctionsReportFailuresToTheQueue() {
        // the run function's, and the delivery-event function's (its asynchronous invokes' failures)
        synth.template().resourceCountIs("AWS::IAM::Policy", 2);
        synth.template().hasResourceProperties("AWS::IAM::Policy", Map.of(
                "Roles", List.of(synth.ref(synth.stack().deliveryEvents().function().getRole())),
                "PolicyDocument", Map.of("Statement", List.of(Map.of(
                        "Effect", "Allow",
                        "Action", List.of("sqs:GetQueueAttributes", "sqs:GetQueueUrl", "sqs:SendMessage"),
                        "Resource", synth.getAtt(synth.stack().queue(), "Arn"))))));
        synth.template().hasResourceProperties("AWS::IAM::Policy", Map.of(
                "Roles", List.of(synth.ref(synth.stack().function().getRole())),
                "PolicyDocument", Map.of("Statement", List.of(Map.of(
                        "Effect", "Allow",
                        "Action", List.of("sqs:GetQueueAttributes", "sqs:GetQueueUrl", "sqs:SendMessage"),
                        "Resource", synth.getAtt(synth.stack().queue(), "Arn"))))));
    }

    @Test
    void settingsChangeTheScopeNotTheShape() {
        Synthesized custom = TestStacks.synth(Map.of(
                "handoffPrefix", "in/", "archivePrefix", "out/", "ledgerPrefix", "sent-ledger/",
                "configPrefix", "/acme/reports/", "senderIdentity", "reports@acme.example"));
        PolicyStatements customStatements = PolicyStatements.of(custom);
        String parameters = "arn:aws:ssm:" + ACCOUNT_REGION + ":parameter/acme/reports";

        assertThat(customStatements.bySid(FunctionPolicy.LIST_HANDOFFS_AND_LEDGER).get("Condition"))
                .isEqualTo(Map.of("StringLike", Map.of("s3:prefix", List.of("in/*", "sent-ledger/*"))));
        assertThat(resourcesOf(customStatements.bySid(FunctionPolicy.WRITE_ARCHIVE_AND_LEDGER)))
                .allSatisfy(resource -> assertThat(resource.toString()).containsPattern("/(out|sent-ledger)/\\*"));
        assertThat(customStatements.bySid(FunctionPolicy.READ_CONFIG).get("Resource"))
                .isEqualTo(List.of(parameters, parameters + "/*"));
        assertThat(customStatements.bySid(FunctionPolicy.SEND_AS_SENDER).get("Resource"))
                .isEqualTo(List.of("arn:aws:ses:" + ACCOUNT_REGION + ":identity/reports@acme.example",
                        "arn:aws:ses:" + ACCOUNT_REGION + ":configuration-set/exec-reports"));
    }

    @Test
    void liveInspectionAddsOneNamedReadOnlyStatementAndNothingElse() {
        PolicyStatements inspecting = PolicyStatements.of(TestStacks.synth(Map.of("inspectAws", "true")));

        assertThat(inspecting.sids()).containsExactly(
                FunctionPolicy.LIST_HANDOFFS_AND_LEDGER, FunctionPolicy.READ_HANDOFFS, FunctionPolicy.WRITE_ARCHIVE_AND_LEDGER,
                FunctionPolicy.READ_CONFIG, FunctionPolicy.DECRYPT_CONFIG, FunctionPolicy.SEND_AS_SENDER,
                FunctionPolicy.READ_SES_ACCOUNT_STATE, FunctionPolicy.INSPECT_ACCOUNT, FunctionPolicy.WRITE_LOGS);
        assertThat(inspecting.bySid(FunctionPolicy.INSPECT_ACCOUNT)).isEqualTo(Map.of(
                "Sid", FunctionPolicy.INSPECT_ACCOUNT, "Effect", "Allow",
                "Action", List.of("tag:GetResources", "lambda:ListFunctions", "lambda:GetFunctionUrlConfig",
                        "dynamodb:ListTables", "dynamodb:DescribeContinuousBackups", "ses:ListIdentities",
                        "ses:GetIdentityVerificationAttributes", "ses:GetSendQuota", "wafv2:ListWebACLs",
                        "wafv2:GetWebACLForResource", "wafv2:GetWebACL", "ce:GetCostAndUsage"),
                "Resource", "*"));
        for (Map<String, Object> statement : inspecting.statements()) {
            if (!FunctionPolicy.INSPECT_ACCOUNT.equals(statement.get("Sid"))) {
                assertThat(statement).isEqualTo(statements.bySid((String) statement.get("Sid")));
            }
        }
    }

    @Test
    void everyInspectionActionIsARead() {
        assertThat(FunctionPolicy.INSPECTION_ACTIONS)
                .allSatisfy(action -> assertThat(action).matches("[a-z0-9]+:(Get|List|Describe)[A-Za-z]+"));
    }

    @Test
    void noStatementButTheReadOnlyOnesHasAStarResource() {
        PolicyStatements inspecting = PolicyStatements.of(TestStacks.synth(Map.of("inspectAws", "true")));
        for (Map<String, Object> statement : inspecting.statements()) {
            if (!List.of(FunctionPolicy.READ_SES_ACCOUNT_STATE, FunctionPolicy.INSPECT_ACCOUNT)
                    .contains(statement.get("Sid"))) {
                assertThat(resourcesOf(statement)).as(statement.get("Sid").toString()).doesNotContain("*");
            }
        }
    }

    private String logGroupLogicalId() {
        return synth.template().findResources("AWS::Logs::LogGroup").keySet().iterator().next();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> resourcesOf(Map<String, Object> statement) {
        Object resource = statement.get("Resource");
        return resource instanceof List<?> list ? new ArrayList<>((List<Object>) list) : List.of(resource);
    }
}
