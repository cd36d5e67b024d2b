package com.execreports.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import software.amazon.awscdk.App;
import software.amazon.awscdk.Environment;

/** The synthesized templates are clean for cfn-lint (no error, no warning, no informational finding). */
class CfnLintIT {

    private static final Environment NO_ACCOUNT_OR_REGION = Environment.builder().build();

    static Stream<Arguments> variants() {
        return Stream.of(
                Arguments.of("defaults", Map.of(), TestStacks.ENV),
                Arguments.of("existing-bucket", Map.of("bucketName", "acme-exec-reports",
                        "ownerEmail", "ops@acme.example", "senderIdentity", "reports@acme.example"), TestStacks.ENV),
                Arguments.of("no-account-or-region", Map.of(), NO_ACCOUNT_OR_REGION),
                Arguments.of("fanout", Map.of("fanout", "true"), TestStacks.ENV),
                Arguments.of("fanout-no-account-or-region", Map.of("fanout", "true"), NO_ACCOUNT_OR_REGION),
                Arguments.of("inspect-aws", Map.of("inspectAws", "true"), TestStacks.ENV),
                Arguments.of("fanout-and-inspect-aws", Map.of("fanout", "true", "inspectAws", "true"), TestStacks.ENV));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void templateIsClean(String name, Map<String, Object> context, Environment env) throws IOException {
        Path template = synthesizedTemplate(name, context, env);

        CfnLint.Result result = CfnLint.forRepository().lint(template, TestStacks.REGION);

        assertThat(result.exitCode()).as("cfn-lint %s:%n%s", template, result.output()).isZero();
    }

    /** The template file exactly as `cdk synth` writes it, copied to infra/target/cfn-lint/. */
    private static Path synthesizedTemplate(String name, Map<String, Object> context, Environment env)
            throws IOException {
        ExecReportsStack stack = TestStacks.with(context, env);
        App app = (App) stack.getNode().getRoot();
        Path synthesized = Path.of(app.synth().getStackArtifact(stack.getArtifactId()).getTemplateFullPath());
        Path copy = TestStacks.target().resolve("cfn-lint/" + name + ".template.json");
        Files.createDirectories(copy.getParent());
        return Files.copy(synthesized, copy, StandardCopyOption.REPLACE_EXISTING);
    }
}
