package com.execreports.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the repository's folders from wherever Maven runs the tests (root or lambda/). */
public final class RepoPaths {
    private RepoPaths() {}

    public static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isRegularFile(dir.resolve("data/reports.yml"))) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("no data/reports.yml above " + Path.of("").toAbsolutePath());
    }

    public static Path data() {
        return root().resolve("data");
    }
}
