package com.execreports.adapter.outbound.local;

import com.execreports.adapter.outbound.LedgerJson;
import com.execreports.application.port.Ledger;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The command line's ledger: {@code <outbox>/ledger/<period>/<id>.json}. Every operation holds an
 * OS file lock on the period's folder, so two local runs behave like two runs against S3; the
 * version is the content's SHA-256, standing in for an ETag.
 */
public final class FolderLedger implements Ledger {
    /** One lock per ledger folder for the whole JVM: the only shared state, and it is the point. */
    private static final ConcurrentHashMap<Path, ReentrantLock> IN_JVM = new ConcurrentHashMap<>();
    private final Path root;

    public FolderLedger(Path outbox) {
        this.root = outbox.resolve("ledger");
    }

    @Override
    public String describe() {
        return root.toString();
    }

    /** Before anything is built (issue 16): the period's ledger folder can be written. */
    @Override
    public void preflight(String period) {
        WritableFolder.check(root.resolve(period), "the ledger");
    }

    @Override
    public Optional<Versioned> read(String period, String reportId) throws IOException {
        try (Held ignored = lock(period)) {
            return current(file(period, reportId));
        }
    }

    @Override
    public Optional<String> create(String period, String reportId, Entry entry) throws IOException {
        try (Held ignored = lock(period)) {
            Path file = file(period, reportId);
            if (Files.exists(file)) {
                return Optional.empty();
            }
            return Optional.of(write(file, LedgerJson.write(entry)));
        }
    }

    @Override
    public Optional<String> replace(String period, String reportId, Entry entry, String version) throws IOException {
        try (Held ignored = lock(period)) {
            Path file = file(period, reportId);
            Optional<Versioned> current = current(file);
            if (current.isEmpty() || !current.get().version().equals(version)) {
                return Optional.empty();
            }
            return Optional.of(write(file, LedgerJson.write(entry)));
        }
    }

    private Optional<Versioned> current(Path file) throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        byte[] bytes = Files.readAllBytes(file);
        return Optional.of(new Versioned(LedgerJson.read(bytes, file.toString()), hash(bytes)));
    }

    private static String write(Path file, byte[] bytes) throws IOException {
        Path tmp = Files.createTempFile(file.getParent(), ".ledger", ".tmp");
        try {
            Files.write(tmp, bytes);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            // a full disk or a vanished folder leaves no half-written .tmp behind
            Files.deleteIfExists(tmp);
        }
        return hash(bytes);
    }

    private Path file(String period, String reportId) {
        return root.resolve(period).resolve(com.execreports.domain.ReportFiles.ledgerEntry(reportId));
    }

    /**
     * The period's lock: a JVM-wide lock first (a FileLock is held per process, and a second
     * thread asking for it gets an exception instead of waiting), then the OS file lock.
     */
    private Held lock(String period) throws IOException {
        Path dir = root.resolve(period).toAbsolutePath().normalize();
        Files.createDirectories(dir);
        ReentrantLock inJvm = IN_JVM.computeIfAbsent(dir, d -> new ReentrantLock());
        inJvm.lock();
        FileChannel channel = null;
        try {
            channel = FileChannel.open(dir.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            return new Held(inJvm, channel, channel.lock());
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                channel.close();
            }
            inJvm.unlock();
            throw e;
        }
    }

    /** Held locks, released in reverse order. */
    private record Held(ReentrantLock inJvm, FileChannel channel, FileLock fileLock) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            try {
                fileLock.release();
                channel.close();
            } finally {
                inJvm.unlock();
            }
        }
    }

    private static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
