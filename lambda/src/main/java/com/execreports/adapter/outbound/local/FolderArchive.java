package com.execreports.adapter.outbound.local;

import com.execreports.application.port.Archive;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The outbox folder: {@code <outbox>/<period>/<name>}, each file written whole or not at all. */
public final class FolderArchive implements Archive {
    private final Path outbox;

    public FolderArchive(Path outbox) {
        this.outbox = outbox;
    }

    @Override
    public String describe() {
        return outbox.toString();
    }

    @Override
    public void write(String period, String name, byte[] content) throws IOException {
        Path dir = outbox.resolve(period);
        Files.createDirectories(dir);
        // write then rename, so a reader never sees half a message
        Path tmp = Files.createTempFile(dir, "." + name, ".tmp");
        try {
            Files.write(tmp, content);
            Files.move(tmp, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            // a full disk or a vanished folder leaves no half-written .tmp behind
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Before anything is built (issue 16): {@code <outbox>/<period>}, or the folder it will be
     * created in, is a folder this process can write to.
     */
    @Override
    public void preflight(String period) {
        WritableFolder.check(outbox.resolve(period), "the outbox");
    }
}
