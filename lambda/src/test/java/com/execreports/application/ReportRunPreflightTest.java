package com.execreports.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.execreports.application.port.OutgoingMessage;
import com.execreports.application.port.Transport;
import com.execreports.domain.Warning;
import com.execreports.domain.ConfigurationException;
import com.execreports.testing.RepoPaths;
import com.execreports.testing.SampleRun;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SES counts its daily quota in recipients: the run asks the transport about recipients, before any send. */
class ReportRunPreflightTest {
    @TempDir
    Path outbox;

    /** Records what preflight was asked, refuses when told to, and counts deliveries. */
    static final class Recording implements Transport {
        final List<Integer> asked = new ArrayList<>();
        final boolean refuse;
        int delivered;

        Recording(boolean refuse) {
            this.refuse = refuse;
        }

        @Override
        public String name() {
            return "recording";
        }

        @Override
        public List<Warning> preflight(String sender, int recipientCount) {
            asked.add(recipientCount);
            if (refuse) {
                throw new ConfigurationException("quota: " + recipientCount + " recipients is too many");
            }
            return List.of();
        }

        @Override
        public String deliver(OutgoingMessage message) {
            delivered++;
            return message.messageId();
        }
    }

    private RunSummary run(Transport transport, List<String> only) {
        return SampleRun.run(RepoPaths.data(), outbox, transport, new RunRequest(SampleRun.PERIOD, only, false));
    }

    @Test
    void preflightIsAskedForEveryEnvelopeRecipientOfTheRunNotForTheNumberOfMessages() {
        Recording transport = new Recording(false);

        run(transport, List.of());

        // ceo 3, cto 2, accounting 4, cmo 2, cfo 2, three stakeholder reports 2 + 2 + 3: audit copy included
        assertThat(transport.asked).containsExactly(20);
        assertThat(transport.delivered).isEqualTo(8);
    }

    @Test
    void onlyTheSelectedReportsCount() {
        Recording transport = new Recording(false);

        run(transport, List.of("accounting", "cfo"));

        assertThat(transport.asked).containsExactly(4 + 2);
    }

    @Test
    void aRunThePreflightRefusesSendsAndWritesNothing() {
        Recording transport = new Recording(true);

        assertThatThrownBy(() -> run(transport, List.of())).isInstanceOf(ConfigurationException.class)
                .hasMessage("quota: 20 recipients is too many");
        assertThat(transport.delivered).isZero();
        assertThat(outbox.resolve("2026-10")).doesNotExist();
        assertThat(outbox.resolve("ledger")).doesNotExist();
    }
}
