package com.execreports.adapter.outbound.aws;

import static org.assertj.core.api.Assertions.assertThat;

import com.execreports.adapter.outbound.aws.emulator.AwsEmulator;
import com.execreports.adapter.outbound.aws.emulator.AwsEmulatorExtension;
import com.execreports.application.port.Ledger.Entry;
import com.execreports.application.port.Ledger.State;
import com.execreports.application.port.Ledger.Versioned;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.s3.S3Client;

/** The ledger's compare-and-swap against the emulator's S3 conditional writes. */
@ExtendWith(AwsEmulatorExtension.class)
class S3LedgerIT {
    private static final String BUCKET = "ledger-test";
    private static final Instant AT = Instant.parse("2026-11-01T13:00:00Z");
    private static AwsClients clients;
    private static S3Client s3;

    @BeforeAll
    static void bucket(AwsEmulator emulator) {
        clients = emulator.clients();
        s3 = clients.s3();
        s3.createBucket(r -> r.bucket(BUCKET));
    }

    @AfterAll
    static void close() {
        clients.close();
    }

    private static Entry entry(State state, String providerId) {
        return new Entry(state, "<2026-10.cfo.1@example.com>", providerId, null, "run-1", AT);
    }

    @Test
    void createsOnlyOnceAndReplacesOnlyTheVersionItRead() throws IOException {
        S3Ledger ledger = new S3Ledger(s3, BUCKET, null);

        Optional<String> created = ledger.create("2026-10", "cfo", entry(State.CLAIMED, null));
        assertThat(created).isPresent();
        assertThat(ledger.create("2026-10", "cfo", entry(State.CLAIMED, null))).isEmpty();

        Versioned read = ledger.read("2026-10", "cfo").orElseThrow();
        assertThat(read.entry()).isEqualTo(entry(State.CLAIMED, null));
        Optional<String> replaced = ledger.replace("2026-10", "cfo", entry(State.SENT, "ses-1"), read.version());
        assertThat(replaced).isPresent();
        assertThat(ledger.replace("2026-10", "cfo", entry(State.FAILED, null), read.version())).isEmpty();

        assertThat(ledger.read("2026-10", "cfo").orElseThrow().entry()).isEqualTo(entry(State.SENT, "ses-1"));
        assertThat(s3.headObject(r -> r.bucket(BUCKET).key("ledger/2026-10/cfo.json")).contentType())
                .isEqualTo("application/json");
    }

    @Test
    void anAbsentEntryIsEmpty() throws IOException {
        assertThat(new S3Ledger(s3, BUCKET, "ledger/").read("2026-10", "nobody")).isEmpty();
    }
}
