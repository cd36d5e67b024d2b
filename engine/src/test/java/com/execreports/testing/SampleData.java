package com.execreports.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The repository's sample {@code data/} folder, found from wherever Maven runs the tests (the root
 * or {@code lambda/}), and copied whole so that a test may change its copy freely.
 */
public final class SampleData {
    /**
     * The ids of the sample reports in {@code data/reports.yml}, in its order: the one list every
     * test that goes through all of them uses.
     */
    public static final List<String> REPORTS = List.of("ceo", "cto", "accounting", "cmo", "cfo", "rental-3028-51st",
            "expert-yacht-delivery", "dangerouscentaur-portfolio");

    private SampleData() {}

    /** The repository's {@code data/} folder: the first one above the working directory holding reports.yml. */
    public static Path folder() {
        return RepoPaths.data();
    }

    /** Copies the sample data, subfolders included, into {@code target} (created) and returns it. */
    public static Path copyTo(Path target) {
        Path source = folder();
        try (Stream<Path> walk = Files.walk(source)) {
            List<Path> paths = walk.toList();
            for (Path path : paths) {
                Path copy = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(path, copy);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
