package com.execreports.adapter.outbound.local;

import com.execreports.application.port.HandoffSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Handoffs in a local folder and its subfolders. */
public final class FolderHandoffSource implements HandoffSource {
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

    @Override
    public List<SourceFile> list() throws IOException {
        if (!Files.isDirectory(root)) {
            throw new NoSuchFileException(label, null, "not a folder");
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .map(this::entry)
                    .sorted(java.util.Comparator.comparing(SourceFile::path))
                    .toList();
        }
    }

    private SourceFile entry(Path file) {
        try {
            return new SourceFile(relative(file), Files.size(file));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String relative(Path file) {
        return root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
    }

    @Override
    public byte[] read(String path) throws IOException {
        Path file = root.resolve(path).normalize();
        if (!file.startsWith(root.normalize())) {
            throw new NoSuchFileException(path);
        }
        return Files.readAllBytes(file);
    }
}
