package com.execreports.adapter.outbound.aws.emulator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The project-local virtualenv {@code .venv/} with the pinned test tools of
 * {@code tools/requirements-test.txt}, made by the one setup script,
 * {@code tools/setup-test-tools.sh --venv-only} (which does nothing when it is current, and takes
 * a lock so that this module and infra's cfn-lint test may both ask at once).
 */
final class ProjectVenv {
    static final String SETUP = "tools/setup-test-tools.sh";
    private static final Duration INSTALL_TIMEOUT = Duration.ofMinutes(10);

    private ProjectVenv() {}

    /** The repository root: the nearest folder above the working directory holding the setup script. */
    static Path repoRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(SETUP))) {
                return dir;
            }
        }
        throw new IllegalStateException("no " + SETUP + " above " + Path.of("").toAbsolutePath());
    }

    /** The venv's {@code bin/} folder, with the requirements installed. */
    static Path ensure(Path root) throws IOException, InterruptedException {
        List<String> command = List.of("bash", SETUP, "--venv-only");
        Path log = Files.createTempFile("venv-setup", ".log");
        Process process = new ProcessBuilder(command).directory(root.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(INSTALL_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not finish in " + INSTALL_TIMEOUT);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed (exit " + process.exitValue()
                    + "):\n" + Files.readString(log, StandardCharsets.UTF_8));
        }
        Files.deleteIfExists(log);
        return root.resolve(".venv/bin");
    }
}
