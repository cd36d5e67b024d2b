package com.execreports.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.execreports.adapter.inbound.FunctionEnvironment;
import com.execreports.testing.RepoPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The CDK stack names the handlers and sets the environment in {@code infra/.../FunctionNames.java};
 * the function reads {@link FunctionEnvironment}. Renaming either side without the other passes
 * every other test and breaks the deployment: this test fails instead.
 */
class DeploymentDriftTest {
    private static final Pattern CONSTANT = Pattern.compile("static final String (\\w+) = \"([^\"]+)\";");

    private static Map<String, String> infraNames() throws IOException {
        String source = Files.readString(RepoPaths.root()
                .resolve("infra/src/main/java/com/execreports/infra/FunctionNames.java"));
        Map<String, String> names = new LinkedHashMap<>();
        Matcher m = CONSTANT.matcher(source);
        while (m.find()) {
            names.put(m.group(1), m.group(2));
        }
        return names;
    }

    @Test
    void everyHandlerTheStackDeploysIsAStreamHandlerHere() throws Exception {
        Map<String, String> names = infraNames();
        for (String key : new String[] {"HANDLER", "WORKER_HANDLER", "DELIVERY_EVENTS_HANDLER"}) {
            String handler = names.get(key);
            assertThat(handler).as(key).endsWith("::handleRequest");
            Class<?> type = Class.forName(handler.substring(0, handler.indexOf("::")));
            assertThat(RequestStreamHandler.class).as(handler).isAssignableFrom(type);
            assertThat(type.getConstructor()).as(handler + " needs a public no-argument constructor").isNotNull();
        }
    }

    @Test
    void theStackSetsOnlyVariablesTheFunctionReadsAndEveryRequiredOne() throws IOException {
        Set<String> set = new HashSet<>(infraNames().values());
        set.removeIf(v -> v.contains("::"));
        assertThat(FunctionEnvironment.ALL).containsAll(set);
        assertThat(set).contains(FunctionEnvironment.HANDOFF_BUCKET, FunctionEnvironment.HANDOFF_PREFIX,
                FunctionEnvironment.ARCHIVE_PREFIX, FunctionEnvironment.LEDGER_PREFIX,
                FunctionEnvironment.CONFIG_SSM_PREFIX, FunctionEnvironment.REPORT_QUEUE_URL,
                FunctionEnvironment.FANOUT_THRESHOLD, FunctionEnvironment.WORKER_CONCURRENCY);
    }
}
