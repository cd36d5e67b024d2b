package com.execreports.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.execreports.testing.SampleData;
import com.execreports.adapter.outbound.local.FolderArchive;
import com.execreports.adapter.outbound.local.OutboxTransport;
import com.execreports.application.RunSummary.ReportOutcome;
import com.execreports.application.RunSummary.Status;
import com.execreports.application.port.ReportQueue;
import com.execreports.application.port.ReportQueue.Job;
import com.execreports.domain.ConfigurationException;
import com.execreports.testing.RepoPaths;
import com.execreports.testing.SampleRun;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dispatch half of fan-out over the sample data, with an in-memory queue. */
class ReportDispatcherTest {
    @TempDir
    Path out;

    /** Keeps what it is given; refuses the reports it is told to. */
    static final class RecordingQueue implements ReportQueue {
        final List<Job> jobs = new ArrayList<>();
        final List<String> refuse = new ArrayList<>();

        @Override
        public String describe() {
            return "memory";
        }

        @Override
        public void send(List<Job> batch) throws IOException {
            batch.stream().filter(j -> !refuse.contains(j.reportId())).forEach(jobs::add);
            if (batch.stream().anyMatch(j -> refuse.contains(j.reportId()))) {
                throw new IOException("1 of " + batch.size() + " reports not dispatched to memory: " + refuse);
            }
        }
    }

    private final RecordingQueue queue = new RecordingQueue();

    private RunSummary dispatch(Path data, RunRequest request) {
        CheckedRun checked = SampleRun.check(data, new OutboxTransport(), request);
        return new ReportDispatcher(queue, new FolderArchive(out), SampleRun.SILENT).dispatch(checked);
    }

    @Test
    void queuesOneJobPerSelectedReportAndBuildsNothing() throws IOException {
        RunSummary summary = dispatch(RepoPaths.data(), new RunRequest(SampleRun.PERIOD, List.of(), false,
                List.of("cfo")));

        assertThat(queue.jobs).extracting(Job::reportId).containsExactlyElementsOf(SampleData.REPORTS);
        assertThat(queue.jobs).allSatisfy(j -> {
            assertThat(j.period()).isEqualTo(SampleRun.PERIOD);
            assertThat(j.dryRun()).isFalse();
            assertThat(j.resend()).isEqualTo(j.reportId().equals("cfo"));
        });
        assertThat(summary.reports()).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(Status.SKIPPED);
            assertThat(r.error()).isEqualTo("dispatched to the report queue; a worker builds and sends it (outcome in"
                    + " " + r.id() + ".summary.json)");
        });
        assertThat(summary.exitCode()).isZero();
        ReportOutcome cfo = summary.reports().get(4);
        assertThat(cfo.to()).containsExactly("cfo@example.com");
        assertThat(cfo.bcc()).containsExactly("audit@example.com");
        try (var files = Files.list(out.resolve("2026-10"))) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("summary.json");
        }
    }

    @Test
    void aDryRunAndTheOnlyListAreHandedOn() {
        dispatch(RepoPaths.data(), new RunRequest(SampleRun.PERIOD, List.of("cmo", "ceo"), true));

        assertThat(queue.jobs).containsExactly(new Job(SampleRun.PERIOD, "cmo", false, true),
                new Job(SampleRun.PERIOD, "ceo", false, true));
    }

    @Test
    void aBadConfigurationDispatchesNothing() throws IOException {
        Path data = copyOfSampleData();
        Files.writeString(data.resolve("demo.env"), Files.readString(data.resolve("demo.env"))
                .replace("REPORT_CMO_TO=", "REPORT_CMO_TO_UNUSED="));

        assertThatThrownBy(() -> SampleRun.check(data, new OutboxTransport(), new RunRequest(SampleRun.PERIOD, List.of(), false)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("REPORT_CMO_TO: report 'cmo' has no recipients");
        assertThat(queue.jobs).isEmpty();
    }

    @Test
    void aQueueThatRefusesSomeJobsFailsTheDispatchAndArchivesNoSummary() {
        queue.refuse.add("cto");

        assertThatThrownBy(() -> dispatch(RepoPaths.data(), new RunRequest(SampleRun.PERIOD, List.of(), false)))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("not dispatched");
        assertThat(queue.jobs).hasSize(7);
        assertThat(out.resolve("2026-10/summary.json")).doesNotExist();
    }

    private Path copyOfSampleData() throws IOException {
        Path copy = out.resolve("data");
        try (var files = Files.walk(RepoPaths.data())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = copy.resolve(RepoPaths.data().relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
        return copy;
    }
}
