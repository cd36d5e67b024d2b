package com.execreports.adapter.inbound.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.execreports.testing.SampleData;
import com.execreports.testing.SampleRun;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code preview}: the index page of a run, from what the run wrote, everything escaped. */
class PreviewCommandTest {
    @TempDir
    static Path outbox;
    static String index;
    static String printed;
    static int exit;

    @BeforeAll
    static void runAndPreview() throws IOException {
        SampleRun.run(outbox);
        StringWriter out = new StringWriter();
        exit = ExecReportsCli.execute(new String[] {"preview", "--outbox", outbox.toString(), "--period", "2026-10"},
                new PrintWriter(out), new PrintWriter(new StringWriter()));
        printed = out.toString().strip();
        index = Files.readString(outbox.resolve("2026-10/index.html"));
    }

    @Test
    void printsThePathOfTheIndexPage() {
        assertThat(exit).isZero();
        assertThat(printed).isEqualTo(outbox.resolve("2026-10/index.html").toString());
    }

    @Test
    void listsEveryReportWithSubjectRecipientsAndStatusAndShowsItsPage() {
        for (String id : SampleData.REPORTS) {
            assertThat(index).contains("<iframe src=\"" + id + ".html\"", "href=\"" + id + ".eml\"");
        }
        assertThat(index).contains("CFO report: burn, break-even and policy checks for 2026-10",
                "audit@example.com", ">sent<", "href=\"cfo.pdf\"", "href=\"rental-3028-51st.pdf\"");
        assertThat(index).doesNotContain("href=\"ceo.pdf\"");
    }

    @Test
    void escapesWhatTheRunWrote(@TempDir Path other) throws IOException {
        Path dir = other.resolve("2026-10");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("summary.json"), """
                {"period": "2026-10", "warnings": [], "reports": [{"id": "x", "to": ["a<b>@example.com"], "cc": [],
                 "bcc": [], "status": "failed", "message_id": null, "error": "<script>alert(1)</script> & more"}]}
                """);
        Files.writeString(dir.resolve("x.json"), "{\"subject\": \"Q&A <i>now</i>\"}");
        int code = ExecReportsCli.execute(new String[] {"preview", "--outbox", other.toString(), "--period", "2026-10"},
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        assertThat(code).isZero();
        String page = Files.readString(dir.resolve("index.html"));
        assertThat(page).doesNotContain("<script>", "<i>now", "a<b>")
                .contains("&lt;script&gt;", "Q&amp;A &lt;i&gt;now", "This run wrote no page for this report.");
    }

    @Test
    void withoutARunItSaysWhatToDo(@TempDir Path empty) {
        StringWriter err = new StringWriter();
        int code = ExecReportsCli.execute(new String[] {"preview", "--outbox", empty.toString(), "--period", "2026-10"},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("no run to preview", "summary.json", "exec-reports run --period 2026-10");
    }
}
