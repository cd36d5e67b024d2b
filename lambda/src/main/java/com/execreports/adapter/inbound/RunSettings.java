package com.execreports.adapter.inbound;

import com.execreports.application.InspectionConfig;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The one configuration of a run, whichever entry point starts it: the command line builds it from
 * its options and the environment, a function from its environment ({@code FunctionSettings}).
 * {@link Wiring} turns it into the run's adapters. The keys (sender, recipients, SES region…) are
 * not part of it: they are read per run from {@link #keys() where it says}.
 *
 * @param handoffs where the handoffs and {@code reports.yml} are
 * @param keys where the configuration keys are: an env file or an SSM path
 * @param archive where each run's files go
 * @param ledger where the delivery ledger is kept
 * @param transport how reports are sent
 * @param sesConfigurationSet the deployment's SES configuration set, or {@code null}; a key of the
 *                            same name overrides it
 * @param inspection whether a run inspects the AWS account
 * @param fanOut whether and above how many reports a run is handed to workers
 * @param worker how many workers send at once, for each worker's share of the SES rate
 */
public record RunSettings(Location handoffs, Location keys, Location archive, Location ledger, TransportKind transport,
                          @Nullable String sesConfigurationSet, Inspection inspection, FanOutSettings fanOut,
                          WorkerSettings worker) {
    /** How reports are sent. */
    public enum TransportKind {
        /** Files in the archive only (the command line's default). */
        OUTBOX,
        SES,
        SMTP,
        /** The key {@code TRANSPORT} decides: {@code ses} (the default) or {@code smtp}; a function's way. */
        BY_KEYS
    }

    /**
     * Whether a run inspects the AWS account.
     *
     * @param config the deployment's setting and tag key
     * @param keysDecide whether the keys may override {@code config} per run (a function's way); the
     *                   command line's {@code --inspect} decides alone
     */
    public record Inspection(InspectionConfig config, boolean keysDecide) {
        /** The command line without {@code --inspect}. */
        public static final Inspection NEVER = new Inspection(InspectionConfig.OFF, false);

        public Inspection {
            Objects.requireNonNull(config, "config");
        }
    }

    public RunSettings {
        Objects.requireNonNull(handoffs, "handoffs");
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(archive, "archive");
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(inspection, "inspection");
        Objects.requireNonNull(fanOut, "fanOut");
        Objects.requireNonNull(worker, "worker");
    }

    public RunSettings withFanOut(FanOutSettings other) {
        return new RunSettings(handoffs, keys, archive, ledger, transport, sesConfigurationSet, inspection, other, worker);
    }

    /** The deployment's inspection setting, which the keys may override per run. */
    public RunSettings withInspection(InspectionConfig other) {
        return new RunSettings(handoffs, keys, archive, ledger, transport, sesConfigurationSet,
                new Inspection(other, true), fanOut, worker);
    }

    public RunSettings withWorker(WorkerSettings other) {
        return new RunSettings(handoffs, keys, archive, ledger, transport, sesConfigurationSet, inspection, fanOut, other);
    }
}
