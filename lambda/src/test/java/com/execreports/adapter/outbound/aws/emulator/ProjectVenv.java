package com.execreports.adapter.outbound.aws.emulator;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The project-local virtualenv {@code .venv/} with the pinned test tools of
 * {@code tools/requirements-test.txt}. Created on demand, under the file lock the infra module's
 * cfn-lint test takes too ({@code <java.io.tmpdir>/exec-reports-venv.lock}), since both may create
 * it at the same time; a marker holding the requirements' hash says the install finished and is
 * current.
 */
final class ProjectVenv {
    static final String REQUIREMENTS = "tools/requirements-test.txt";
    private static final Duration INSTALL_TIMEOUT = Duration.ofMinutes(10);

    private ProjectVenv() {}

    /** The repository root: the nearest folder above the working directory holding the requirements. */
    static Path repoRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(REQUIREMENTS))) {
                return dir;
            }
        }
        throw new IllegalStateException("no " + REQUIREMENTS + " above " + Path.of("").toAbsolutePath());
    }

    /** The venv's {@code bin/} folder, with the requirements installed. */
    static Path ensure(Path root) throws IOException, InterruptedException {
        Path venv = root.resolve(".venv");
        Path lockFile = Path.of(System.getProperty("java.io.tmpdir"), "exec-reports-venv.lock");
        try (FileChannel channel = FileChannel.open(lockFile,
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = channel.lock()) {
            Path marker = venv.resolve(".requirements-test.sha256");
            String hash = sha256(root.resolve(REQUIREMENTS));
            boolean current = Files.isRegularFile(marker) && Files.readString(marker).strip().equals(hash)
                    && Files.isExecutable(venv.resolve("bin/moto_server"));
            if (!current) {
                if (!Files.isExecutable(venv.resolve("bin/python"))) {
                    run(root, List.of("python3", "-m", "venv", ".venv"));
                }
                run(root, List.of(".venv/bin/pip", "install", "--disable-pip-version-check", "-q", "-r", REQUIREMENTS));
                Files.writeString(marker, hash + "\n");
            }
        }
        return venv.resolve("bin");
    }

    private static void run(Path root, List<String> command) throws IOException, InterruptedException {
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
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
