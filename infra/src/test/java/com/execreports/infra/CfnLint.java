package com.execreports.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * cfn-lint at the version pinned in {@code tools/requirements-test.txt}, from the repository's
 * {@code .venv/}, made by the one setup script when missing or stale.
 */
final class CfnLint {

    static final String REQUIREMENTS = "tools/requirements-test.txt";
    static final String SETUP = "tools/setup-test-tools.sh";
    private static final Pattern PIN = Pattern.compile("(?m)^cfn-lint==(\\S+)\\s*$");

    /** A process's exit code and everything it printed. */
    record Result(int exitCode, String output) {
    }

    private final Path root;
    private final Path venv;

    private CfnLint(Path root) {
        this.root = root;
        this.venv = root.resolve(".venv");
    }

    /** cfn-lint of the repository at this root. */
    static CfnLint at(Path root) {
        return new CfnLint(root);
    }

    /** The repository root: the first folder up from the working directory holding the requirements. */
    static CfnLint forRepository() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve(REQUIREMENTS))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no " + REQUIREMENTS + " above " + Path.of("").toAbsolutePath());
        }
        return at(dir);
    }

    /**
     * Lints one template file for one region. W3005 (a DependsOn that a GetAtt already implies) is
     * ignored: the CDK makes every Lambda function depend on its whole role construct, the role itself
     * and its default policy, and that pairing is the CDK's, harmless, and the same in every CDK app.
     */
    Result lint(Path template, String region) {
        ensureInstalled();
        return run(List.of(venv.resolve("bin/cfn-lint").toString(), "--regions", region,
                "--ignore-checks", "W3005", "--template", template.toAbsolutePath().toString()), 5);
    }

    /**
     * Makes .venv current with the one setup script ({@code tools/setup-test-tools.sh --venv-only},
     * which takes a lock and retries pip) unless the pinned cfn-lint already answers.
     */
    synchronized void ensureInstalled() {
        String pinned = pinnedVersion();
        if (answers(pinned)) {
            return;
        }
        Result setup = run(List.of("bash", SETUP, "--venv-only"), 15);
        if (setup.exitCode() != 0 || !answers(pinned)) {
            throw new IllegalStateException("cannot install cfn-lint==" + pinned + " into " + venv + " with " + SETUP
                    + ":\n" + setup.output());
        }
    }

    private boolean answers(String pinned) {
        Path cfnLint = venv.resolve("bin/cfn-lint");
        if (!Files.isExecutable(cfnLint)) {
            return false;
        }
        Result version = run(List.of(cfnLint.toString(), "--version"), 2);
        return version.exitCode() == 0 && version.output().strip().equals("cfn-lint " + pinned);
    }

    private String pinnedVersion() {
        try {
            Matcher pin = PIN.matcher(Files.readString(root.resolve(REQUIREMENTS)));
            if (!pin.find()) {
                throw new IllegalStateException(REQUIREMENTS + " pins no cfn-lint==<version>");
            }
            return pin.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Result run(List<String> command, int timeoutMinutes) {
        try {
            Process process = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true).start();
            process.getOutputStream().close();
            // read before waiting: a full pipe would block the process
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return new Result(-1, String.join(" ", command) + " timed out");
            }
            return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Result(-1, String.join(" ", command) + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted running " + command, e);
        }
    }
}
