package com.execreports.adapter.inbound;

import com.execreports.adapter.inbound.Location.Local;
import com.execreports.adapter.inbound.Location.S3;
import com.execreports.adapter.inbound.Location.Ssm;
import com.execreports.adapter.outbound.aws.AwsClients;
import com.execreports.adapter.outbound.aws.HandoffBodyCache;
import com.execreports.adapter.outbound.aws.InspectionClients;
import com.execreports.adapter.outbound.aws.S3Archive;
import com.execreports.adapter.outbound.aws.S3HandoffSource;
import com.execreports.adapter.outbound.aws.S3Ledger;
import com.execreports.adapter.outbound.aws.SendPacer;
import com.execreports.adapter.outbound.aws.SesTransport;
import com.execreports.adapter.outbound.aws.SqsReportQueue;
import com.execreports.adapter.outbound.aws.SsmKeySource;
import com.execreports.adapter.outbound.aws.inspect.AwsAccountInspector;
import com.execreports.adapter.outbound.local.EnvFileKeySource;
import com.execreports.adapter.outbound.local.FolderArchive;
import com.execreports.adapter.outbound.local.FolderHandoffSource;
import com.execreports.adapter.outbound.local.FolderLedger;
import com.execreports.adapter.outbound.local.OutboxTransport;
import com.execreports.adapter.outbound.smtp.SmtpSettings;
import com.execreports.adapter.outbound.smtp.SmtpTransport;
import com.execreports.application.InspectionConfig;
import com.execreports.application.RunKeys;
import com.execreports.application.port.AccountInspector;
import com.execreports.application.port.Archive;
import com.execreports.application.port.HandoffSource;
import com.execreports.application.port.KeySource;
import com.execreports.application.port.Ledger;
import com.execreports.application.port.ReportQueue;
import com.execreports.application.port.Transport;
import com.execreports.domain.ConfigurationException;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import software.amazon.awssdk.services.ses.SesClient;

/**
 * Turns a {@link RunSettings} into the adapters of a run: the one place that knows which adapter
 * serves which location, and how the transport is chosen, bound to its SES region and paced. The
 * command line, the scheduled handler, the fan-out worker and the delivery-event handler all wire
 * through it.
 *
 * <p>The SDK clients are asked for only when a location or the transport is in AWS: the command
 * line passes them lazily, so its local path builds none (the cold-start benchmark counts on it).
 */
public final class Wiring {
    private final RunSettings settings;
    private final Supplier<AwsClients> clients;
    private final SendPacer.Ticker ticker;
    private final Supplier<InspectionClients> inspectionClients;
    /** A worker's SES transports, one per region for the container's life: its pacer's booked time carries over. */
    private final Map<String, SesTransport> workerSes = new ConcurrentHashMap<>();

    /** A function's wiring: its clients live as long as its container. */
    public Wiring(RunSettings settings, AwsClients clients, SendPacer.Ticker ticker) {
        this(settings, () -> clients, ticker);
    }

    /** @param clients asked for only when a location or the transport is in AWS */
    Wiring(RunSettings settings, Supplier<AwsClients> clients, SendPacer.Ticker ticker) {
        this.settings = settings;
        this.clients = once(clients);
        this.ticker = ticker;
        this.inspectionClients = once(() -> new InspectionClients(this.clients.get()));
    }

    /** The command line's wiring: SDK clients built from {@code env} on first use, if ever. */
    public static Wiring lazy(RunSettings settings, Map<String, String> env) {
        return new Wiring(settings, () -> AwsClients.fromEnvironment(env), SendPacer.Ticker.SYSTEM);
    }

    public HandoffSource handoffSource() {
        if (settings.handoffs() instanceof S3 s3) {
            return new S3HandoffSource(clients.get().s3(), s3.bucket(), s3.prefix());
        }
        Local local = local("handoffs", settings.handoffs());
        return new FolderHandoffSource(local.path(), local.shown());
    }

    /**
     * A source for one fan-out job: only what the job's run lists may come from {@code bodies}, the
     * container's cache of handoff bodies.
     */
    public HandoffSource handoffSource(HandoffBodyCache bodies) {
        if (settings.handoffs() instanceof S3 s3) {
            return new S3HandoffSource(clients.get().s3(), s3.bucket(), s3.prefix(), bodies);
        }
        return handoffSource();
    }

    /** Where the keys are; {@link RunKeys#once} makes a run read them once. */
    public KeySource keySource() {
        if (settings.keys() instanceof Ssm ssm) {
            return new SsmKeySource(clients.get().ssm(), ssm.path());
        }
        Local local = local("keys", settings.keys());
        return new EnvFileKeySource(local.path(), local.shown());
    }

    public Archive archive() {
        if (settings.archive() instanceof S3 s3) {
            return new S3Archive(clients.get().s3(), s3.bucket(), s3.prefix());
        }
        return new FolderArchive(local("archive", settings.archive()).path());
    }

    public Ledger ledger() {
        return ledger(settings.ledger(), clients);
    }

    /** A ledger alone, for reading it ({@code history}): SDK clients from {@code env} only for one in S3. */
    public static Ledger ledger(Location at, Map<String, String> env) {
        return ledger(at, once(() -> AwsClients.fromEnvironment(env)));
    }

    private static Ledger ledger(Location at, Supplier<AwsClients> clients) {
        if (at instanceof S3 s3) {
            return new S3Ledger(clients.get().s3(), s3.bucket(), s3.prefix());
        }
        return new FolderLedger(local("ledger", at).path());
    }

    /**
     * A run's transport, SES paced at the account's send rate. The keys are read only when they
     * choose (SES region, SMTP server): the outbox needs none of them.
     */
    public Transport transport(KeySource keys) throws IOException {
        return transport(keys, (client, read) -> new SesTransport(client,
                SendPacer.at(ticker, () -> SesTransport.maxSendRate(client)), configurationSet(read)));
    }

    /**
     * A fan-out worker's transport, SES paced at its share of the account's rate: the workers run in
     * separate containers and share nothing but the account, so each keeps to its share and together
     * they keep to the rate (docs/aws.md). One per SES region for the container's life.
     */
    public Transport workerTransport(KeySource keys) throws IOException {
        return transport(keys, (client, read) -> workerSes.computeIfAbsent(read.sesRegion().orElse(""),
                region -> new SesTransport(client, SendPacer.share(ticker, () -> SesTransport.maxSendRate(client),
                        settings.worker().concurrency()), configurationSet(read))));
    }

    private Transport transport(KeySource keys, BiFunction<SesClient, RunKeys, Transport> ses) throws IOException {
        switch (kind(keys)) {
            case OUTBOX:
                return new OutboxTransport();
            case SMTP:
                return new SmtpTransport(SmtpSettings.from(RunKeys.read(keys)));
            default:
                RunKeys read = RunKeys.read(keys);
                return ses.apply(sesClient(read), read);
        }
    }

    /** The transport {@link RunSettings#transport()} names, or on AWS the key TRANSPORT ({@code ses} when absent). */
    RunSettings.TransportKind kind(KeySource keys) throws IOException {
        if (settings.transport() != RunSettings.TransportKind.BY_KEYS) {
            return settings.transport();
        }
        RunKeys read = RunKeys.read(keys);
        return switch (read.transport().orElse("ses").toLowerCase(Locale.ROOT)) {
            case "ses" -> RunSettings.TransportKind.SES;
            case "smtp" -> RunSettings.TransportKind.SMTP;
            default -> throw new ConfigurationException(read.source() + ": " + RunKeys.TRANSPORT
                    + ": must be ses or smtp");
        };
    }

    /** The keys' configuration set, else the deployment's. */
    private String configurationSet(RunKeys keys) {
        return keys.configurationSet().orElse(settings.sesConfigurationSet());
    }

    /** SES in the keys' SES_REGION, else the default region. */
    private SesClient sesClient(RunKeys keys) {
        return clients.get().ses(keys.sesRegion().orElse(null));
    }

    /**
     * The AWS account's inspector, when this run inspects it: the command line's {@code --inspect}
     * decides alone; on a function the deployment decides and the keys may override it per run.
     * The keys are read only when they may decide or name the tag.
     */
    public Optional<AccountInspector> inspector(KeySource keys) throws IOException {
        Optional<InspectionConfig> inspection = inspection(keys);
        if (inspection.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AwsAccountInspector(inspectionClients.get(), sesClient(RunKeys.read(keys)),
                inspection.get().tagKey()));
    }

    /** This run's inspection setting, when it inspects (see {@link #inspector}). */
    public Optional<InspectionConfig> inspection(KeySource keys) throws IOException {
        RunSettings.Inspection inspection = settings.inspection();
        if (!inspection.keysDecide() && !inspection.config().enabled()) {
            return Optional.empty();
        }
        InspectionConfig config = inspection.config().withKeys(RunKeys.read(keys));
        if (!inspection.keysDecide()) {
            config = config.on();
        }
        return config.enabled() ? Optional.of(config) : Optional.empty();
    }

    /** The report queue, when a run of {@code reports} selected reports is handed to workers. */
    public Optional<ReportQueue> queueFor(int reports) {
        if (!settings.fanOut().dispatches(reports)) {
            return Optional.empty();
        }
        return Optional.of(new SqsReportQueue(clients.get().sqs(), settings.fanOut().queueUrl().orElseThrow()));
    }

    private static Local local(String part, Location location) {
        if (location instanceof Local local) {
            return local;
        }
        throw new IllegalArgumentException("the " + part + " cannot be at " + location);
    }

    private static <T> Supplier<T> once(Supplier<T> factory) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = factory.get();
                }
                return value;
            }
        };
    }
}
