package com.execreports.infra;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import software.amazon.awscdk.App;
import software.amazon.awscdk.CfnElement;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.assertions.Template;
import software.constructs.IConstruct;

/**
 * Builds the stack the way {@code cdk synth} does (same app wiring, same cdk.json feature flags, cdk-nag
 * applied) but against a small dummy jar, so no test needs the Lambda build.
 */
final class TestStacks {

    static final String ACCOUNT = "123456789012";
    static final String REGION = "eu-west-1";
    static final Environment ENV = Environment.builder().account(ACCOUNT).region(REGION).build();

    private static final Path TARGET = Path.of("target");
    private static final Path DUMMY_JAR = TARGET.resolve("test-assets/exec-reports-dummy.jar");

    private TestStacks() {
    }

    private static Synthesized defaults;

    /** A synthesized stack and its template. */
    record Synthesized(ExecReportsStack stack, Template template) {

        /** The logical id of a construct's CloudFormation resource, e.g. for Ref / Fn::GetAtt. */
        String logicalId(IConstruct construct) {
            return stack.getLogicalId((CfnElement) construct.getNode().getDefaultChild());
        }

        Map<String, Object> getAtt(IConstruct construct, String attribute) {
            return Map.of("Fn::GetAtt", List.of(logicalId(construct), attribute));
        }

        Map<String, Object> ref(IConstruct construct) {
            return Map.of("Ref", logicalId(construct));
        }
    }

    /** The stack with the default context values (plus the dummy jar), synthesized once per test run. */
    static synchronized Synthesized defaults() {
        if (defaults == null) {
            defaults = synth(Map.of());
        }
        return defaults;
    }

    /** The stack with these context values, synthesized. */
    static Synthesized synth(Map<String, Object> overrides) {
        ExecReportsStack stack = with(overrides);
        return new Synthesized(stack, Template.fromStack(stack));
    }

    /** The stack with these context values on top of cdk.json's and the dummy jar. */
    static ExecReportsStack with(Map<String, Object> overrides) {
        return with(overrides, ENV);
    }

    /**
     * The same in an environment of choice: {@code Environment.builder().build()} is what `cdk synth`
     * sees without AWS credentials, where account, region and partition stay CloudFormation tokens.
     */
    static ExecReportsStack with(Map<String, Object> overrides, Environment env) {
        Map<String, Object> context = new HashMap<>(cdkJsonContext());
        context.put("jarPath", dummyJar().toString());
        context.putAll(overrides);
        App app = App.Builder.create().context(context).build();
        return ExecReportsApp.build(app, env);
    }

    static Path target() {
        return TARGET;
    }

    private static Map<String, Object> cdkJsonContext() {
        try {
            JsonNode context = new ObjectMapper().readTree(Path.of("cdk.json").toFile()).get("context");
            return new ObjectMapper().convertValue(context, new TypeReference<Map<String, Object>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read infra/cdk.json", e);
        }
    }

    /** A valid, tiny zip: the asset only has to exist and be hashable. */
    private static synchronized Path dummyJar() {
        if (Files.isRegularFile(DUMMY_JAR)) {
            return DUMMY_JAR.toAbsolutePath();
        }
        try {
            Files.createDirectories(DUMMY_JAR.getParent());
            try (OutputStream out = Files.newOutputStream(DUMMY_JAR); ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.putNextEntry(new ZipEntry("README.txt"));
                zip.write("stand-in for lambda/target/exec-reports.jar in infra tests\n".getBytes());
                zip.closeEntry();
            }
            return DUMMY_JAR.toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
