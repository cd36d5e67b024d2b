package com.execreports.infra;

import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.Tags;

/**
 * The CDK app: {@code npx cdk deploy} runs this through Maven (see {@code cdk.json}). Knobs come from
 * context values, see {@link ExecReportsConfig} and docs/deploy.md.
 */
public final class ExecReportsApp {

    static final String STACK_NAME = "ExecReports";

    private ExecReportsApp() {
    }

    public static void main(String[] args) {
        App app = new App();
        // the CLI sets these from the profile in use; the ARNs in the function policy need them concrete
        Environment env = Environment.builder()
                .account(System.getenv("CDK_DEFAULT_ACCOUNT"))
                .region(System.getenv("CDK_DEFAULT_REGION"))
                .build();
        build(app, env);
        app.synth();
    }

    /**
     * Adds the stack and the cdk-nag AwsSolutions checks to the app, so that an unsuppressed finding
     * fails {@code cdk synth} and {@code cdk deploy} the same way it fails the tests.
     */
    static ExecReportsStack build(App app, Environment env) {
        ExecReportsConfig config = ExecReportsConfig.fromContext(app.getNode()::tryGetContext);
        ExecReportsStack stack = new ExecReportsStack(app, STACK_NAME, StackProps.builder()
                .env(env)
                .description("exec-reports: monthly executive reports by email (infra/)")
                .build(), config);
        Tags.of(app).add("project", "exec-reports");
        Aspects.of(app).add(new AwsSolutionsChecks());
        return stack;
    }
}
