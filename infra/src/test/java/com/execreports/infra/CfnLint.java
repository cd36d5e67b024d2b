package com.execreports.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * cfn-lint at the version pinned in {@code tools/requirements-test.txt}, from the repository's
 * {@code .venv/}, which is created and filled here when missing (CI's setup script normally did it).
 */
final class CfnLint {

    static final String REQUIREMENTS = "tools/requirements-test.txt";
    private static final Pattern PIN = Pattern.compile("(?m)^cfn-lint==(\\S+)\\s*$");
    private static final int INSTALL_ATTEMPTS = 4;
    private static final long RETRY_PAUSE_MILLIS = 15_000;

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
     * Installs the pinned requirements into .venv unless the pinned cfn-lint already answers. A lock
     * file serialises the test JVMs of this machine; another tool creating the same venv at the same
     * moment (CI's setup script, a second checkout's tests) makes pip fail now and then, so the
     * install is retried after a pause.
     */
    synchronized void ensureInstalled() {
        String pinned = pinnedVersion();
        if (answers(pinned)) {
            return;
        }
        Path lockFile = Path.of(System.getProperty("java.io.tmpdir"), "exec-reports-venv.lock");
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock ignored = channel.lock()) {
            List<String> failures = new ArrayList<>();
            for (int attempt = 1; attempt <= INSTALL_ATTEMPTS && !answers(pinned); attempt++) {
                Result result = install();
                if (result.exitCode() != 0) {
                    failures.add("attempt " + attempt + ": " + result.output());
                    pause();
                }
            }
            if (!answers(pinned)) {
                throw new IllegalStateException("cannot install cfn-lint==" + pinned + " into " + venv
                        + ":\n" + String.join("\n", failures));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Result install() {
        if (!Files.isExecutable(venv.resolve("bin/python"))) {
            Result created = run(List.of("python3", "-m", "venv", venv.toString()), 5);
            if (created.exitCode() != 0) {
                return created;
            }
        }
        return run(List.of(venv.resolve("bin/python").toString(), "-m", "pip", "install", "--quiet",
                "--disable-pip-version-check", "-r", root.resolve(REQUIREMENTS).toString()), 15);
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

    private static void pause() {
        try {
            Thread.sleep(RETRY_PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
