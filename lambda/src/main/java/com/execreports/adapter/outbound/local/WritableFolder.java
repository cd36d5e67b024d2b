package com.execreports.adapter.outbound.local;

import com.execreports.domain.Printable;
import com.execreports.domain.ConfigurationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * The preflight of the local outbox and ledger (issue 16): found before anything is built, not
 * after every report was composed. Nothing is created; a probe file is written and removed.
 */
final class WritableFolder {
    private WritableFolder() {}

    /**
     * {@code folder}, or the nearest folder above it that exists (where it will be created), is a
     * folder this process can write to; else a configuration error naming the path.
     *
     * @param what how the folder is named in the message ("the outbox", "the ledger")
     */
    static void check(Path folder, String what) {
        Path existing = folder.toAbsolutePath();
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS) && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            throw new ConfigurationException(Printable.escape(folder + ": " + what + " cannot be created"));
        }
        if (!Files.isDirectory(existing)) {
            throw new ConfigurationException(Printable.escape(existing + ": not a folder, so " + what
                    + " cannot be written there"));
        }
        try {
            Files.deleteIfExists(Files.createTempFile(existing, ".exec-reports-probe", ".tmp"));
        } catch (IOException e) {
            throw new ConfigurationException(Printable.escape(existing + ": " + what + " cannot be written ("
                    + Printable.reason(e) + ")"));
        }
    }
}
