package com.execreports.adapter.inbound.cli;

import com.execreports.adapter.inbound.FanOutSettings;
import com.execreports.adapter.inbound.FunctionEnvironment;
import com.execreports.adapter.inbound.Location;
import com.execreports.adapter.inbound.RunSettings;
import com.execreports.adapter.inbound.WorkerSettings;
import com.execreports.adapter.inbound.Wiring;
import com.execreports.adapter.outbound.aws.S3Ledger;
import com.execreports.application.CheckedRun;
import com.execreports.application.InspectionConfig;
import com.execreports.application.ReportRun;
import com.execreports.application.RunKeys;
import com.execreports.application.RunPreflight;
import com.execreports.application.RunRequest;
import com.execreports.application.RunSummary;
import com.execreports.application.port.AccountInspector;
import com.execreports.application.port.Archive;
import com.execreports.application.port.HandoffSource;
import com.execreports.application.port.KeySource;
import com.execreports.application.port.Ledger;
import com.execreports.application.port.Transport;
import com.execreports.domain.Printable;
import com.execreports.domain.ReportingPeriod;
import com.execreports.engine.pack.ReportPackager;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code run}: builds the reports for a period and delivers them to the outbox, through SES or through SMTP. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Build the reports for a period and deliver them.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every report delivered", "1:an unexpected error",
                "2:bad input or configuration (nothing sent)", "3:some deliveries failed (see summary.json)"})
final class RunCommand implements Callable<Integer> {
    enum TransportKind { outbox, ses, smtp }

    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR|s3://BUCKET/PREFIX", defaultValue = "data",
            description = "Handoffs and reports.yml (default: ${DEFAULT-VALUE}).")
    String data;

    @Option(names = "--env", paramLabel = "FILE|ssm:/PREFIX/",
            description = "Keys and addresses (default: repos.env if present, else data/demo.env).")
    String env;

    @Option(names = "--outbox", paramLabel = "DIR", defaultValue = "out",
            description = "Where <period>/ with .eml, .html, .json and summary.json goes (default: ${DEFAULT-VALUE}).")
    Path outbox;

    @Option(names = "--transport", defaultValue = "outbox",
            description = "outbox (files only), ses (send through Amazon SES) or smtp (any SMTP server: SMTP_HOST,"
                    + " SMTP_PORT, SMTP_USERNAME, SMTP_PASSWORD, SMTP_TLS) (default: ${DEFAULT-VALUE}).")
    TransportKind transport;

    @Option(names = "--period", paramLabel = "YYYY-MM", converter = PeriodConverter.class,
            description = "The month to report on (default: the month before today, UTC).")
    ReportingPeriod period;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "The date overdue actions are judged against (default: today, UTC).")
    java.time.LocalDate asOf;

    @Option(names = "--only", paramLabel = "ID", split = ",", description = "Only these report ids.")
    List<String> only = List.of();

    @Option(names = "--resend", paramLabel = "ID", split = ",",
            description = "Send these reports again although the ledger says they went out (or may have).")
    List<String> resend = List.of();

    @Option(names = "--inspect",
            description = "Also inspect the AWS account (read-only) for findings and the month's cost; "
                    + "resources are assigned by the tag in INSPECT_TAG_KEY (default: entity).")
    boolean inspect;

    private final Clock clock = Clock.systemUTC();

    @Override
    public Integer call() throws java.io.IOException {
        PrintWriter err = spec.commandLine().getErr();
        ReportingPeriod month = period != null ? period : ReportingPeriod.before(clock);
        Map<String, String> env = System.getenv();
        Wiring wiring = Wiring.lazy(settings(env), env);
        HandoffSource source = wiring.handoffSource();
        // read at most once, and before the preflight only when something needs them (SES region,
        // SMTP server, --inspect): the outbox's run reads its env file where it always did
        KeySource keys = RunKeys.once(wiring.keySource());
        Transport delivery = wiring.transport(keys);
        Ledger ledger = wiring.ledger();
        Archive archive = wiring.archive();
        err.println(Printable.escape("exec-reports: " + month + " from " + source.describe() + ", keys from "
                + keys.describe() + ", delivering by " + delivery.name() + " (files in "
                + outbox.resolve(month.toString()) + ")"));
        err.println(Printable.escape("exec-reports: ledger in " + ledger.describe()));
        Optional<AccountInspector> inspector = wiring.inspector(keys);
        if (inspector.isPresent()) {
            err.println("exec-reports: inspecting " + inspector.get().describe() + ", resources assigned by tag '"
                    + wiring.inspection(keys).orElseThrow().tagKey() + "'");
        }
        // the outbox and ledger are checked before anything is built (issue 16)
        java.time.LocalDate day = asOf != null ? asOf : java.time.LocalDate.now(clock.withZone(ZoneOffset.UTC));
        CheckedRun checked = new RunPreflight(source, keys, delivery, archive, ledger)
                .check(new RunRequest(month, only, false, resend, day));
        if (inspector.isPresent()) {
            checked = checked.inspected(inspector.get());
        }
        RunSummary summary = new ReportRun(new ReportPackager(clock), delivery, archive, ledger,
                new StderrRunListener(err), clock).deliver(checked);
        return summary.exitCode();
    }

    /**
     * The options and the environment as one {@link RunSettings}: files and folders unless a
     * location says {@code s3://} or {@code ssm:}. Sending with {@code --data s3://…} keeps the
     * ledger in the bucket, the Lambda's own, so the schedule does not send a report again.
     */
    RunSettings settings(Map<String, String> environment) {
        Location handoffs = Location.dataOrFolder(data);
        String envLocation = env != null ? env : Files.exists(Path.of("repos.env")) ? "repos.env" : "data/demo.env";
        boolean sends = transport != TransportKind.outbox;
        Location ledger = sends && handoffs instanceof Location.S3 s3
                ? new Location.S3(s3.bucket(), S3Ledger.DEFAULT_PREFIX) : new Location.Local(outbox);
        // --inspect alone decides; the environment and the keys may still name the tag
        RunSettings.Inspection inspection = inspect
                ? new RunSettings.Inspection(InspectionConfig.fromEnvironment(environment).on(), false)
                : RunSettings.Inspection.NEVER;
        return new RunSettings(handoffs, Location.keys(envLocation), new Location.Local(outbox), ledger,
                RunSettings.TransportKind.valueOf(transport.name().toUpperCase(Locale.ROOT)),
                environment.get(FunctionEnvironment.SES_CONFIGURATION_SET), inspection, FanOutSettings.OFF,
                new WorkerSettings(WorkerSettings.DEFAULT_CONCURRENCY));
    }

    static final class DateConverter implements ITypeConverter<java.time.LocalDate> {
        @Override
        public java.time.LocalDate convert(String value) {
            try {
                if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                    return java.time.LocalDate.parse(value);
                }
            } catch (java.time.format.DateTimeParseException e) {
                // the same message as any other bad date
            }
            throw new TypeConversionException("'" + value + "' is not a date in YYYY-MM-DD form");
        }
    }

    static final class PeriodConverter implements ITypeConverter<ReportingPeriod> {
        @Override
        public ReportingPeriod convert(String value) {
            return ReportingPeriod.parse(value).orElseThrow(() -> new TypeConversionException(
                    "'" + value + "' is not a month in YYYY-MM form"));
        }
    }
}
