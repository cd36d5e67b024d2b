package com.execreports.application;

import static com.execreports.testing.HandoffMarkdown.handoff;
import static org.assertj.core.api.Assertions.assertThat;

import com.execreports.application.port.HandoffSource;
import com.execreports.domain.ReportingPeriod;
import com.execreports.domain.Warning;
import com.execreports.engine.Portfolio;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Handoffs are read and parsed in parallel; what comes out is in the listing's order all the same. */
class PortfolioLoaderTest {
    @Test
    void warningsAndEntitiesKeepTheListingsOrderWhateverOrderTheReadsFinishIn() throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        for (int i = 0; i < 12; i++) {
            String entity = "e" + (char) ('a' + i);
            files.put(entity + ".md", i % 3 == 1
                    // a pasted key: a warning naming this file
                    ? handoff(entity).text("Notes", "token: sk_live_abcdefgh12345678").bytes()
                    : handoff(entity).bytes());
        }
        // the first files take longest, so later ones finish first; every fourth cannot be read
        HandoffSource source = new HandoffSource() {
            @Override
            public String describe() {
                return "test";
            }

            @Override
            public List<SourceFile> list() {
                List<SourceFile> listed = new ArrayList<>();
                files.forEach((path, bytes) -> listed.add(new SourceFile(path, bytes.length)));
                return listed;
            }

            @Override
            public byte[] read(String path) throws IOException {
                int index = new ArrayList<>(files.keySet()).indexOf(path);
                try {
                    Thread.sleep(5L * (files.size() - index));
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                if (index % 4 == 3) {
                    throw new AccessDeniedException(path);
                }
                return files.get(path);
            }
        };

        Portfolio portfolio = new PortfolioLoader(source).load(ReportingPeriod.of("2026-10"));

        assertThat(portfolio.warnings()).extracting(Warning::file)
                .containsExactly("eb.md", "ed.md", "ee.md", "eh.md", "ek.md", "el.md");
        assertThat(portfolio.warnings()).filteredOn(w -> w.file().equals("ed.md")).singleElement()
                .extracting(Warning::message).asString().contains("cannot be read");
        assertThat(portfolio.entities().keySet())
                .containsExactlyInAnyOrder("ea", "eb", "ec", "ee", "ef", "eg", "ei", "ej", "ek");
    }
}
