package com.execreports.infra;

import java.util.Map;
import java.util.function.Function;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.iam.PolicyDocument;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.LoggingFormat;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.logs.LogGroup;
import software.constructs.Construct;

/**
 * One function of the jar with what every such function has: its own log group (fixed name,
 * retention, deleted with the stack), its own role holding only its inline policy, the Java 21
 * runtime, JSON logs, the configured memory and timeout, and a reserved concurrency. The main
 * function and the fan-out worker are both made here and differ only in {@link Props}.
 *
 * <p>Not a {@code Construct} subclass on purpose: a construct of its own would put the log group,
 * role and function one level deeper, which changes their CloudFormation logical IDs, so the next
 * deploy of an existing stack would replace them, and creating the new fixed-name function and log
 * group before deleting the old ones fails. The parts are created in the caller's scope under
 * {@code <id>Logs}, {@code <id>Role} and {@code <id>}, the IDs they always had.
 */
final class ReportsFunction {
    /**
     * @param name the function's (and its log group's) fixed name
     * @param handler {@link FunctionNames#HANDLER} or {@link FunctionNames#WORKER_HANDLER}
     * @param policy the role's only policy, given the function's log group
     * @param reservedConcurrency how many may run at once
     */
    record Props(String name, String description, String roleDescription, String policyName, String handler,
                 Code code, ExecReportsConfig config, Function<LogGroup, PolicyDocument> policy,
                 int reservedConcurrency, Map<String, String> environment) {}

    private final LogGroup logGroup;
    private final Role role;
    private final software.amazon.awscdk.services.lambda.Function function;

    ReportsFunction(Construct scope, String id, Props props) {
        this.logGroup = LogGroup.Builder.create(scope, id + "Logs")
                .logGroupName("/aws/lambda/" + props.name())
                .retention(props.config().logRetention())
                // the logs go with the function; reports and handoffs stay in the bucket
                .removalPolicy(RemovalPolicy.DESTROY)
                .build();
        this.role = Role.Builder.create(scope, id + "Role")
                .description(props.roleDescription())
                .assumedBy(new ServicePrincipal("lambda.amazonaws.com"))
                .inlinePolicies(Map.of(props.policyName(), props.policy().apply(logGroup)))
                .build();
        this.function = software.amazon.awscdk.services.lambda.Function.Builder.create(scope, id)
                .functionName(props.name())
                .description(props.description())
                .runtime(Runtime.JAVA_21)
                .handler(props.handler())
                .code(props.code())
                .memorySize(props.config().memorySize())
                .timeout(Duration.seconds(props.config().timeoutSeconds()))
                .reservedConcurrentExecutions(props.reservedConcurrency())
                .role(role)
                .loggingFormat(LoggingFormat.JSON)
                .logGroup(logGroup)
                .environment(props.environment())
                .build();
    }

    software.amazon.awscdk.services.lambda.Function function() {
        return function;
    }

    LogGroup logGroup() {
        return logGroup;
    }

    Role role() {
        return role;
    }
}
