package com.execreports.adapter.outbound.local;

import com.execreports.application.port.HandoffSource;
import com.execreports.domain.ConfigurationException;
import com.execreports.domain.Printable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

/**
 * Handoffs in a local folder and its subfolders. Only regular files inside the folder are read,
 * after links are resolved (issue 16): a link whose target lies outside the folder, a dangling link,
 * a link loop, a special file (device, pipe, socket, {@code /proc} entry) or a folder that cannot be
 * listed is listed with its problem, never read; the run warns and goes on.
 */
public final class FolderHandoffSource implements HandoffSource {
    /** A file read beyond this is refused without reading the rest (SPEC §1: 1 MiB, plus one byte to tell). */
    private static final int READ_LIMIT = 1024 * 1024 + 1;
    private final Path root;
    private final String label;

    /** @param label how the folder is named in messages (as the user typed it) */
    public FolderHandoffSource(Path root, String label) {
        this.root = root;
        this.label = label;
    }

    @Override
    public String describe() {
        return label;
    }

    /** The folder's real path; a configuration error (exit 2, naming the folder) when it is not a readable folder. */
    private Path realRoot() {
        if (!Files.exists(root)) {
            throw new ConfigurationException(label + ": no such folder");
        }
        if (!Files.isDirectory(root)) {
            throw new ConfigurationException(label + ": not a folder (--data names the folder of handoffs)");
        }
        if (!Files.isReadable(root) || !Files.isExecutable(root)) {
            throw new ConfigurationException(label + ": the folder cannot be read (permission denied)");
        }
        try {
            return root.toRealPath();
        } catch (IOException e) {
            throw new ConfigurationException(label + ": the folder cannot be read (" + reason(e) + ")");
        }
    }

    @Override
    public List<SourceFile> list() throws IOException {
        Path real = realRoot();
        List<SourceFile> files = new ArrayList<>();
        Files.walkFileTree(real, EnumSet.noneOf(java.nio.file.FileVisitOption.class), Integer.MAX_VALUE,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        files.add(entry(real, file, attrs));
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        String path = relative(real, file);
                        files.add(SourceFile.refused(path.isEmpty() ? "" : path + "/", "cannot be listed ("
                                + reason(e) + ")"));
                        return FileVisitResult.CONTINUE;
                    }
                });
        files.sort(Comparator.comparing(SourceFile::path));
        return files;
    }

    private static SourceFile entry(Path real, Path file, BasicFileAttributes attrs) {
        String path = relative(real, file);
        if (attrs.isRegularFile()) {
            return new SourceFile(path, attrs.size());
        }
        if (!attrs.isSymbolicLink()) {
            return SourceFile.refused(path, "not a regular file (a device, pipe or socket); skipped");
        }
        Path target;
        try {
            target = file.toRealPath();
        } catch (NoSuchFileException e) {
            return SourceFile.refused(path, "a link to nothing (dangling link); skipped");
        } catch (FileSystemException e) {
            return SourceFile.refused(path, "a link that cannot be resolved (" + reason(e) + "); skipped");
        } catch (IOException e) {
            return SourceFile.refused(path, "a link that cannot be resolved; skipped");
        }
        if (!target.startsWith(real)) {
            return SourceFile.refused(path, "a link to a file outside the data folder; skipped");
        }
        if (Files.isDirectory(target)) {
            return SourceFile.refused(path, "a link to a folder; not followed");
        }
        if (!Files.isRegularFile(target)) {
            return SourceFile.refused(path, "a link to a special file; skipped");
        }
        try {
            return new SourceFile(path, Files.size(target));
        } catch (IOException e) {
            return SourceFile.refused(path, "cannot be read (" + reason(e) + "); skipped");
        }
    }

    private static String reason(IOException e) {
        return e instanceof NoSuchFileException ? "no such file" : Printable.reason(e);
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
    }

    /**
     * The bytes of one file, only when it is a regular file inside the folder once links are
     * resolved (checked again here: the folder may have changed since it was listed), and at most
     * 1 MiB + 1 bytes of it: a larger file is refused by the parser without being read whole.
     */
    @Override
    public byte[] read(String path) throws IOException {
        Path real = realRoot();
        Path file = real.resolve(path).normalize();
        if (!file.startsWith(real)) {
            throw new NoSuchFileException(path);
        }
        Path target = file.toRealPath();
        if (!target.startsWith(real)) {
            throw new AccessDeniedException(path, null, "a link to a file outside the data folder");
        }
        if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new AccessDeniedException(path, null, "not a regular file");
        }
        try (InputStream in = Files.newInputStream(target)) {
            return in.readNBytes(READ_LIMIT);
        }
    }
}
