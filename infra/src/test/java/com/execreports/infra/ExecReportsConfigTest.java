package com.execreports.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import software.amazon.awscdk.services.logs.RetentionDays;

class ExecReportsConfigTest {

    private static ExecReportsConfig read(Map<String, Object> context) {
        return ExecReportsConfig.fromContext(context::get);
    }

    private static Map<String, Object> with(String key, Object value) {
        Map<String, Object> context = new HashMap<>();
        context.put(key, value);
        return context;
    }

    @Test
    void defaultsMatchTheDocumentedOnes() {
        ExecReportsConfig config = read(Map.of());

        assertThat(config).isEqualTo(new ExecReportsConfig(Optional.empty(), "handoffs/", "archive/", "ledger/",
                "/exec-reports/", "example.com", Optional.empty(), "cron(0 13 1 * ? *)", 1769, 300, 90, 730,
                "../lambda/target/exec-reports.jar", new ExecReportsConfig.Fanout(false, 200), false));
        assertThat(config.logRetention()).isEqualTo(RetentionDays.THREE_MONTHS);
        assertThat(config.configPath()).isEqualTo("/exec-reports");
    }

    @Test
    void readsStringsFromTheCommandLineAndNumbersFromCdkJson() {
        Map<String, Object> context = new HashMap<>();
        context.put("memorySize", "1536");          // -c memorySize=1536
        context.put("timeoutSeconds", 600.0);       // "timeoutSeconds": 600 in cdk.json, via jsii
        context.put("logRetentionDays", 365);
        context.put("bucketName", "acme-exec-reports");
        context.put("ownerEmail", " ops@acme.example ");
        context.put("senderIdentity", "reports@acme.example");

        ExecReportsConfig config = read(context);

        assertThat(config.memorySize()).isEqualTo(1536);
        assertThat(config.timeoutSeconds()).isEqualTo(600);
        assertThat(config.logRetention()).isEqualTo(RetentionDays.ONE_YEAR);
        assertThat(config.bucketName()).contains("acme-exec-reports");
        assertThat(config.ownerEmail()).contains("ops@acme.example");
        assertThat(config.senderIdentity()).isEqualTo("reports@acme.example");
    }

    @Test
    void inspectionIsOffUnlessTurnedOnFromTheCommandLineOrCdkJson() {
        assertThat(read(Map.of()).inspectAws()).isFalse();
        assertThat(read(with("inspectAws", "true")).inspectAws()).isTrue();   // -c inspectAws=true
        assertThat(read(with("inspectAws", true)).inspectAws()).isTrue();     // "inspectAws": true in cdk.json
        assertThat(read(with("inspectAws", "FALSE")).inspectAws()).isFalse();
        assertThatThrownBy(() -> read(with("inspectAws", "yes"))).hasMessageContaining("inspectAws 'yes'");
    }

    @Test
    void blankOptionalValuesMeanAbsent() {
        Map<String, Object> context = with("bucketName", "");
        context.put("ownerEmail", "  ");

        ExecReportsConfig config = read(context);

        assertThat(config.bucketName()).isEmpty();
        assertThat(config.ownerEmail()).isEmpty();
    }

    @Test
    void fanOutIsOffUntilAskedForAndItsThresholdIsAWholeNumber() {
        Map<String, Object> context = new HashMap<>();
        context.put("fanout", "true");             // -c fanout=true
        context.put("fanoutThreshold", 50.0);      // "fanoutThreshold": 50 in cdk.json, via jsii

        assertThat(read(context).fanout()).isEqualTo(new ExecReportsConfig.Fanout(true, 50));
        assertThat(read(with("fanout", false)).fanout()).isEqualTo(ExecReportsConfig.Fanout.OFF);
        assertThatThrownBy(() -> read(with("fanout", "yes"))).hasMessageContaining("fanout 'yes' is neither true nor false");
        assertThatThrownBy(() -> read(with("fanoutThreshold", "-1"))).hasMessageContaining("fanoutThreshold");
    }

    @Test
    void rejectsOverlappingPrefixes() {
        Map<String, Object> context = with("archivePrefix", "handoffs/archive/");

        assertThatThrownBy(() -> read(context)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("overlap");
    }

    @Test
    void rejectsPrefixesWithoutTrailingSlash() {
        assertThatThrownBy(() -> read(with("handoffPrefix", "handoffs")))
                .hasMessageContaining("must be non-empty, end with '/'");
        assertThatThrownBy(() -> read(with("configPrefix", "exec-reports")))
                .hasMessageContaining("configPrefix");
    }

    @Test
    void rejectsAWildcardOrListAsSenderIdentity() {
        assertThatThrownBy(() -> read(with("senderIdentity", "*"))).hasMessageContaining("senderIdentity");
        assertThatThrownBy(() -> read(with("senderIdentity", "a.example,b.example")))
                .hasMessageContaining("senderIdentity");
    }

    @Test
    void rejectsValuesAwsWouldRefuseAtDeployTime() {
        assertThatThrownBy(() -> read(with("logRetentionDays", 100))).hasMessageContaining("logRetentionDays");
        assertThatThrownBy(() -> read(with("timeoutSeconds", 901))).hasMessageContaining("timeoutSeconds");
        assertThatThrownBy(() -> read(with("memorySize", "lots"))).hasMessageContaining("not a whole number");
        assertThatThrownBy(() -> read(with("schedule", "0 13 1 * ? *"))).hasMessageContaining("schedule");
        assertThatThrownBy(() -> read(with("bucketName", "Not_A_Bucket"))).hasMessageContaining("bucketName");
        assertThatThrownBy(() -> read(with("ownerEmail", "ops"))).hasMessageContaining("ownerEmail");
        assertThatThrownBy(() -> read(with("archiveRetentionDays", 30))).hasMessageContaining("archiveRetentionDays");
    }
}
