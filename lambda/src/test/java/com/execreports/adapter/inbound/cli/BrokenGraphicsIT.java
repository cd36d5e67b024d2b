package com.execreports.adapter.inbound.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.execreports.testing.ChildJvm;
import com.execreports.testing.SampleData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No font problem can stop a run: a JVM whose font configuration is broken ({@code
 * sun.awt.fontconfig} naming no file, so that the JDK's font manager cannot start and throws an
 * {@code InternalError} from the first chart) still sends every report, without charts, and says
 * why. In the no-system-fonts run of tools/test.sh it sees no font at all either.
 */
class BrokenGraphicsIT {
    @Test
    void aGraphicsStackThatThrowsErrorsLeavesTheChartsOutAndSendsEveryReport(@TempDir Path tmp) throws Exception {
        Path data = SampleData.copyTo(tmp.resolve("data"));
        Path outbox = tmp.resolve("out");
        Path log = tmp.resolve("cli.log");
        Process cli = ChildJvm.start(List.of("-Dsun.awt.fontconfig=" + tmp.resolve("no-such-fontconfig.properties")),
                ExecReportsCli.class, List.of("run", "--period", "2026-10", "--data", data.toString(), "--env",
                        data.resolve("demo.env").toString(), "--outbox", outbox.toString()),
                Map.of(), tmp, log);
        assertThat(cli.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String output = Files.readString(log);
        assertThat(cli.exitValue()).as(output).isZero();

        JsonNode summary = new ObjectMapper().readTree(outbox.resolve("2026-10/summary.json").toFile());
        assertThat(summary.get("reports")).hasSize(8).allSatisfy(r -> assertThat(r.get("status").asText()).isEqualTo("sent"));
        assertThat(summary.get("warnings").toString()).contains("could not be drawn");
        try (var files = Files.list(outbox.resolve("2026-10"))) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(f -> f.endsWith(".png"))
                    .contains("cfo.pdf");
        }
    }
}
