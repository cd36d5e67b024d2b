package com.execreports.adapter.inbound.cli;

import com.execreports.domain.Printable;
import com.execreports.domain.ReportingPeriod;
import com.execreports.adapter.outbound.local.EnvFileKeySource;
import com.execreports.adapter.outbound.local.FolderArchive;
import com.execreports.adapter.outbound.local.FolderHandoffSource;
import com.execreports.adapter.outbound.local.FolderLedger;
import com.execreports.adapter.outbound.local.OutboxTransport;
import com.execreports.application.InspectionConfig;
import com.execreports.application.CheckedRun;
import com.execreports.application.ReportRun;
import com.execreports.application.RunPreflight;
import com.execreports.engine.pack.ReportPackager;
import com.execreports.application.RunRequest;
import com.execreports.application.RunSummary;
import com.execreports.application.port.AccountInspector;
import com.execreports.application.port.HandoffSource;
import com.execreports.application.port.KeySource;
import com.execreports.application.port.Ledger;
import com.execreports.application.port.Transport;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code run}: builds the reports for a period and delivers them to the outbox or through SES. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Build the reports for a period and deliver them.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every report delivered", "1:an unexpected error",
                "2:bad input or configuration (nothing sent)", "3:some deliveries failed (see summary.json)"})
final class RunCommand implements Callable<Integer> {
    enum TransportKind { outbox, ses }

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
            description = "outbox (files only) or ses (send through Amazon SES) (default: ${DEFAULT-VALUE}).")
    TransportKind transport;

    @Option(names = "--period", paramLabel = "YYYY-MM", converter = PeriodConverter.class,
            description = "The month to report on (default: the month before today, UTC).")
    YearMonth period;

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
        YearMonth month = period != null ? period : ReportingPeriod.previous(clock);
        AwsWiring aws = new AwsWiring();
        HandoffSource source = data.startsWith("s3://") ? aws.handoffSource(data)
                : new FolderHandoffSource(Path.of(data), data);
        String envLocation = env != null ? env : Files.exists(Path.of("repos.env")) ? "repos.env" : "data/demo.env";
        KeySource keys = envLocation.startsWith("ssm:") ? aws.keySource(envLocation)
                : new EnvFileKeySource(Path.of(envLocation), envLocation);
        Transport delivery = new OutboxTransport();
        Ledger ledger = new FolderLedger(outbox);
        if (transport == TransportKind.ses) {
            AwsWiring.Ses ses = aws.ses(keys);
            delivery = ses.transport();
            keys = ses.keys();
            if (data.startsWith("s3://")) {
                ledger = aws.sharedLedger(data);
            }
        }
        err.println(Printable.escape("exec-reports: " + month + " from " + source.describe() + ", keys from "
                + keys.describe() + ", delivering by " + delivery.name() + " (files in "
                + outbox.resolve(month.toString()) + ")"));
        err.println(Printable.escape("exec-reports: ledger in " + ledger.describe()));
        Optional<AccountInspector> inspector = Optional.empty();
        if (inspect) {
            // the keys are read once here (the tag key and SES region are among them) and handed on
            Map<String, String> values = keys.load();
            keys = KeySource.loaded(keys.describe(), values);
            InspectionConfig inspection = InspectionConfig.fromEnvironment(System.getenv()).withKeys(values).on();
            inspector = Optional.of(aws.inspector(values, inspection.tagKey()));
            err.println("exec-reports: inspecting " + inspector.get().describe() + ", resources assigned by tag '"
                    + inspection.tagKey() + "'");
        }
        // the outbox and ledger are checked before anything is built (issue 16)
        CheckedRun checked = new RunPreflight(source, keys, delivery, new FolderArchive(outbox), ledger)
                .check(new RunRequest(month, only, false, resend));
        if (inspector.isPresent()) {
            checked = checked.inspected(inspector.get());
        }
        RunSummary summary = new ReportRun(new ReportPackager(clock), delivery, new FolderArchive(outbox), ledger,
                new StderrRunListener(err), clock).deliver(checked);
        return summary.exitCode();
    }

    static final class PeriodConverter implements ITypeConverter<YearMonth> {
        @Override
        public YearMonth convert(String value) {
            if (!ReportingPeriod.matches(value)) {
                throw new TypeConversionException("'" + value + "' is not a month in YYYY-MM form");
            }
            return YearMonth.parse(value);
        }
    }
}
