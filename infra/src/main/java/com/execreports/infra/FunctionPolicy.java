package com.execreports.infra;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import software.amazon.awscdk.ArnComponents;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.Effect;
import software.amazon.awscdk.services.iam.PolicyDocument;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.logs.ILogGroup;
import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.sqs.IQueue;

/**
 * The function's own permissions: exactly the AWS calls the handler makes (SPEC section 6), each
 * statement named by a Sid and scoped to the narrowest resource the service can check; with
 * fan-out, the dispatcher's and the worker's variants of them.
 *
 * <p>Built by hand instead of with {@code bucket.grantRead(...)} and friends: those grant whole
 * buckets and extra actions, and the tests pin every action and resource listed here.
 */
final class FunctionPolicy {

    static final String READ_HANDOFFS = "ReadHandoffs";
    static final String LIST_HANDOFFS_AND_LEDGER = "ListHandoffsAndLedger";
    static final String WRITE_ARCHIVE_AND_LEDGER = "WriteArchiveAndLedger";
    static final String READ_CONFIG = "ReadConfigParameters";
    static final String DECRYPT_CONFIG = "DecryptConfigParametersViaSsm";
    static final String SEND_AS_SENDER = "SendAsSenderIdentity";
    static final String READ_SES_ACCOUNT_STATE = "ReadSesAccountState";
    static final String READ_SES_SEND_RATE = "ReadSesSendRate";
    static final String WRITE_LOGS = "WriteOwnLogs";
    static final String DISPATCH_REPORT_JOBS = "DispatchReportJobs";
    static final String CONSUME_REPORT_JOBS = "ConsumeReportJobs";
    static final String INSPECT_ACCOUNT = "InspectAccountReadOnly";

    /**
     * The live account inspection's calls (README, "Live AWS inspection"), all read-only. Resource "*"
     * for each, because:
     */
    static final List<String> INSPECTION_ACTIONS = List.of(
            // finds every resource's entity tag; the Tagging API supports no resource-level permissions
            "tag:GetResources",
            // a list action: authorised on "*" only; it also returns each function's environment
            "lambda:ListFunctions",
            // asked of every function in the account, so its only narrower form, function:*, is as wide
            "lambda:GetFunctionUrlConfig",
            // a list action: authorised on "*" only
            "dynamodb:ListTables",
            // asked of every table in the account, so its only narrower form, table/*, is as wide
            "dynamodb:DescribeContinuousBackups",
            // SES v1 reads support no resource-level permissions
            "ses:ListIdentities",
            "ses:GetIdentityVerificationAttributes",
            "ses:GetSendQuota",
            // a list action: authorised on "*" only
            "wafv2:ListWebACLs",
            // asked of API Gateway stages, not web ACLs; it calls GetWebACL on whichever ACL it finds
            "wafv2:GetWebACLForResource",
            "wafv2:GetWebACL",
            // Cost Explorer supports no resource-level permissions for GetCostAndUsage
            "ce:GetCostAndUsage");

    private FunctionPolicy() {
    }

    /**
     * The policy document. Statement minimisation is off so each statement stays as written: one job
     * per statement, findable by its Sid in the template and in the IAM console.
     */
    static PolicyDocument document(Stack stack, ExecReportsConfig config, IBucket bucket, ILogGroup logGroup) {
        return build(runStatements(stack, config, bucket, logGroup, true));
    }

    /** The function's statements when it dispatches large runs: plus sending jobs to the report queue. */
    static PolicyDocument dispatcherDocument(Stack stack, ExecReportsConfig config, IBucket bucket, ILogGroup logGroup,
                                             IQueue reportQueue) {
        List<PolicyStatement> statements = runStatements(stack, config, bucket, logGroup, true);
        statements.add(allow(DISPATCH_REPORT_JOBS, List.of("sqs:SendMessage"), List.of(reportQueue.getQueueArn()))
                .build());
        return build(statements);
    }

    /**
     * The fan-out worker's: the same reads, sends and ledger as the function, plus what Lambda's event
     * source mapping calls with the worker's role to feed it from the report queue. Of the SES account
     * reads only the send rate, read once per container to pace its sends at its share of it: the
     * dispatcher checked sender and quota for the whole run, and the worker does not again.
     */
    static PolicyDocument workerDocument(Stack stack, ExecReportsConfig config, IBucket bucket, ILogGroup logGroup,
                                         IQueue reportQueue) {
        List<PolicyStatement> statements = runStatements(stack, config, bucket, logGroup, false);
        statements.add(allow(CONSUME_REPORT_JOBS,
                List.of("sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueAttributes"),
                List.of(reportQueue.getQueueArn())).build());
        // read-only, and SES authorises GetSendQuota on "*" only
        statements.add(allow(READ_SES_SEND_RATE, List.of("ses:GetSendQuota"), List.of("*")).build());
        return build(statements);
    }

    private static List<PolicyStatement> runStatements(Stack stack, ExecReportsConfig config, IBucket bucket,
                                                       ILogGroup logGroup, boolean readsSesAccountState) {
        List<PolicyStatement> statements = new ArrayList<>(List.of(
                listHandoffsAndLedger(config, bucket),
                readHandoffs(config, bucket),
                writeArchiveAndLedger(config, bucket),
                readConfig(stack, config),
                decryptConfig(stack, config),
                sendAsSender(stack, config)));
        if (readsSesAccountState) {
            statements.add(readSesAccountState());
            if (config.inspectAws()) {
                // the main function inspects; fan-out workers build from handoffs alone (docs/deploy.md)
                statements.add(allow(INSPECT_ACCOUNT, INSPECTION_ACTIONS, List.of("*")).build());
            }
        }
        statements.add(writeLogs(logGroup));
        return statements;
    }

    /** Statement minimisation off, as {@link #document} says. */
    private static PolicyDocument build(List<PolicyStatement> statements) {
        return PolicyDocument.Builder.create()
                .minimize(false)
                .statements(statements)
                .build();
    }

    /**
     * ListObjectsV2 is authorised on the bucket; the s3:prefix condition keeps it to two prefixes.
     * The handoffs are listed to find them. The ledger is never listed, but reading a ledger entry that
     * does not exist yet must answer 404 NoSuchKey, and S3 answers that only to a caller allowed to
     * list that key (S3 evaluates s3:ListBucket with the key as s3:prefix); otherwise 403 AccessDenied,
     * which the ledger rightly treats as a failure.
     */
    private static PolicyStatement listHandoffsAndLedger(ExecReportsConfig config, IBucket bucket) {
        return allow(LIST_HANDOFFS_AND_LEDGER, List.of("s3:ListBucket"), List.of(bucket.getBucketArn()))
                .conditions(Map.of("StringLike", Map.of("s3:prefix",
                        List.of(config.handoffPrefix() + "*", config.ledgerPrefix() + "*"))))
                .build();
    }

    private static PolicyStatement readHandoffs(ExecReportsConfig config, IBucket bucket) {
        return allow(READ_HANDOFFS, List.of("s3:GetObject"),
                List.of(bucket.arnForObjects(config.handoffPrefix() + "*"))).build();
    }

    /** GetObject here serves the ledger's conditional writes (If-None-Match / If-Match on its ETag). */
    private static PolicyStatement writeArchiveAndLedger(ExecReportsConfig config, IBucket bucket) {
        return allow(WRITE_ARCHIVE_AND_LEDGER, List.of("s3:GetObject", "s3:PutObject"), List.of(
                bucket.arnForObjects(config.archivePrefix() + "*"),
                bucket.arnForObjects(config.ledgerPrefix() + "*"))).build();
    }

    /**
     * GetParametersByPath is authorised against the requested path, not the parameters it returns.
     * Both spellings of the path are listed because the caller may send it with or without the
     * trailing slash; the wildcard form also covers the deeper levels a recursive read may ask for.
     */
    private static PolicyStatement readConfig(Stack stack, ExecReportsConfig config) {
        String path = config.configPath().substring(1);
        return allow(READ_CONFIG, List.of("ssm:GetParametersByPath"), List.of(
                parameterArn(stack, path),
                parameterArn(stack, path + "/*"))).build();
    }

    /**
     * SecureString values are encrypted with the AWS-managed key alias/aws/ssm, whose key id differs per
     * account and region and cannot be known at synth time; KMS also ignores alias ARNs as a Decrypt
     * resource. So the resource is {@code key/*} of this account and region, and the conditions do the
     * narrowing: only when Parameter Store calls KMS on the function's behalf, and only for parameters
     * under the config path (Parameter Store puts the parameter ARN in the encryption context).
     */
    private static PolicyStatement decryptConfig(Stack stack, ExecReportsConfig config) {
        String path = config.configPath().substring(1);
        return allow(DECRYPT_CONFIG, List.of("kms:Decrypt"), List.of(stack.formatArn(ArnComponents.builder()
                        .service("kms").resource("key").resourceName("*").build())))
                .conditions(Map.of(
                        "StringEquals", Map.of("kms:ViaService", "ssm." + stack.getRegion() + ".amazonaws.com"),
                        "StringLike", Map.of("kms:EncryptionContext:PARAMETER_ARN", parameterArn(stack, path + "/*"))))
                .build();
    }

    /** SendEmail is not called today; it is granted with SendRawEmail as the pair SES documents. */
    private static PolicyStatement sendAsSender(Stack stack, ExecReportsConfig config) {
        return allow(SEND_AS_SENDER, List.of("ses:SendEmail", "ses:SendRawEmail"), List.of(stack.formatArn(
                ArnComponents.builder().service("ses").resource("identity")
                        .resourceName(config.senderIdentity()).build()))).build();
    }

    /**
     * The handler checks the sender's verification state and the sending quota before it sends.
     * Both calls are read-only and SES does not support resource-level permissions for them, so AWS
     * requires the resource "*" here.
     */
    private static PolicyStatement readSesAccountState() {
        return allow(READ_SES_ACCOUNT_STATE,
                List.of("ses:GetIdentityVerificationAttributes", "ses:GetSendQuota"), List.of("*")).build();
    }

    /** Replaces the AWSLambdaBasicExecutionRole managed policy, which allows every log group. */
    private static PolicyStatement writeLogs(ILogGroup logGroup) {
        return allow(WRITE_LOGS, List.of("logs:CreateLogStream", "logs:PutLogEvents"),
                List.of(logGroup.getLogGroupArn())).build();
    }

    private static String parameterArn(Stack stack, String name) {
        return stack.formatArn(ArnComponents.builder().service("ssm").resource("parameter").resourceName(name).build());
    }

    private static PolicyStatement.Builder allow(String sid, List<String> actions, List<String> resources) {
        return PolicyStatement.Builder.create().sid(sid).effect(Effect.ALLOW).actions(actions).resources(resources);
    }
}
