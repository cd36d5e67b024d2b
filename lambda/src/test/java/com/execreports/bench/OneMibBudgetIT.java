package com.execreports.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.execreports.testing.ChildJvm;
import com.execreports.testing.RepoPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16's budget, as a test of memory, not of time: every shape of 1 MiB handoff builds every
 * report of the sample data in a child JVM limited to 512 MB of heap (-Xmx512m; an
 * OutOfMemoryError or a report not built fails it). The times it prints are recorded in
 * docs/benchmarks.md ("1 MiB handoff budget"); they are not asserted, since this machine is
 * shared. The ten-minute bound only stops a hang.
 */
class OneMibBudgetIT {
    @TempDir
    Path tmp;

    @Test
    void everyShapeOfOneMibHandoffBuildsEveryReportIn512MegabytesOfHeap() throws Exception {
        Path log = tmp.resolve("budget.log");
        // from the repository, where the sample data is found
        // -Dbudget.shapes=token-lines,findings runs only those (the count check then does not apply)
        String only = System.getProperty("budget.shapes", "");
        List<String> shapes = only.isBlank() ? List.of() : List.of(only.split(","));
        Process child = ChildJvm.start(OneMibBudget.class, shapes, Map.of(), RepoPaths.root(), log);

        boolean finished = child.waitFor(10, TimeUnit.MINUTES);
        if (!finished) {
            child.destroyForcibly();
        }
        String output = Files.readString(log);
        System.out.println(output);

        assertThat(finished).as("finished: " + output).isTrue();
        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output).contains("RESULT shapes=" + (shapes.isEmpty() ? OneMibBudget.SHAPES.size() : shapes.size())
                        + " failures=0")
                .doesNotContain("OutOfMemoryError");
    }
}
