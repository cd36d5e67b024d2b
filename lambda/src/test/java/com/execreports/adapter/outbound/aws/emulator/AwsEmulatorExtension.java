package com.execreports.adapter.outbound.aws.emulator;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.testcontainers.DockerClientFactory;

/**
 * Gives a test class an {@link AwsEmulator}: one per test run, started on first use, reset before
 * each test class and stopped when the run ends (and on JVM exit). LocalStack is used when Docker
 * is available, moto otherwise; {@code -Daws.emulator=moto} or {@code =localstack} forces one.
 */
public final class AwsEmulatorExtension implements BeforeAllCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(AwsEmulatorExtension.class);

    /** The run-wide emulator; the root store closes it when the run ends. */
    private record Shared(AwsEmulator emulator) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            ((AutoCloseable) emulator).close();
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        emulator(context).reset();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == AwsEmulator.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return emulator(context);
    }

    private static AwsEmulator emulator(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(Shared.class, key -> new Shared(start()), Shared.class)
                .emulator();
    }

    private static AwsEmulator start() {
        String forced = System.getProperty("aws.emulator", "");
        boolean localStack = forced.isEmpty() ? DockerClientFactory.instance().isDockerAvailable()
                : forced.equals("localstack");
        try {
            return localStack ? LocalStackEmulator.start() : MotoServer.start();
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the AWS emulator (" + (localStack ? "LocalStack" : "moto")
                    + "): " + e.getMessage(), e);
        }
    }
}
