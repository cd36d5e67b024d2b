package com.execreports.adapter.inbound.cli;

import com.execreports.adapter.inbound.EntryPoint;
import com.execreports.application.ExitCodes;
import com.execreports.domain.ConfigurationException;
import com.execreports.domain.Printable;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: {@code java -jar exec-reports.jar run [options]} (SPEC §5), and
 * {@code preview} to review a run's reports in a browser.
 */
@Command(name = "exec-reports", mixinStandardHelpOptions = true, version = "exec-reports 0.1.0",
        description = "Builds the monthly executive reports from handoffs and delivers them.",
        subcommands = {RunCommand.class, PreviewCommand.class})
public final class ExecReportsCli {

    public static void main(String[] args) {
        EntryPoint.start();
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line and returns its exit status; used by tests too. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new ExecReportsCli())
                .setOut(out)
                .setErr(err)
                .setExecutionExceptionHandler((e, line, parsed) -> {
                    if (e instanceof ConfigurationException) {
                        // one problem a line; a file name's own line breaks and escapes never reach the terminal
                        for (String problem : String.valueOf(e.getMessage()).split("\n")) {
                            err.println("exec-reports: " + Printable.escape(problem));
                        }
                        err.println("exec-reports: nothing was sent.");
                        return ExitCodes.BAD_INPUT;
                    }
                    err.println("exec-reports: " + e.getClass().getSimpleName() + ": " + Printable.escape(e.getMessage()));
                    return ExitCodes.UNEXPECTED;
                });
        return cli.execute(args);
    }
}
