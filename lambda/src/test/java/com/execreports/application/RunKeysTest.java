package com.execreports.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.execreports.application.port.KeySource;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The keys of a run: read once, typed where they are read, never shown. */
class RunKeysTest {
    @Test
    void aRunReadsItsKeysOnceAndOnlyWhenSomethingNeedsThem() throws Exception {
        AtomicInteger reads = new AtomicInteger();
        KeySource ssm = new KeySource() {
            @Override
            public String describe() {
                return "ssm:/exec-reports/";
            }

            @Override
            public Map<String, String> load() {
                reads.incrementAndGet();
                return Map.of(RunKeys.SES_REGION, " eu-west-1 ");
            }
        };

        KeySource once = RunKeys.once(ssm);
        assertThat(reads).hasValue(0);
        RunKeys keys = RunKeys.read(once);
        once.load();

        assertThat(reads).hasValue(1);
        assertThat(RunKeys.read(keys)).isSameAs(keys);
        assertThat(keys.describe()).isEqualTo("ssm:/exec-reports/");
        assertThat(keys.sesRegion()).contains("eu-west-1");
    }

    @Test
    void blankIsAbsentAndNoValueIsEverShown() {
        RunKeys keys = new RunKeys("repos.env", Map.of(RunKeys.CONFIGURATION_SET, "  ", RunKeys.SMTP_PASSWORD, "s3cret"));

        assertThat(keys.configurationSet()).isEmpty();
        assertThat(keys.transport()).isEmpty();
        assertThat(keys.raw(RunKeys.CONFIGURATION_SET)).isEqualTo("  ");
        assertThat(keys.toString()).doesNotContain("s3cret").contains("repos.env");
    }
}
