package org.neurula.runs.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where a new run may write: a run directory belongs to one run, so {@code neurula run} writes only
 * into a directory that is new or empty, or, when told to replace it, into one that holds an earlier
 * run (which is deleted first). Nothing is deleted when a directory is refused.
 */
final class RunDirectories {

    private RunDirectories() {
    }

    /** {@code runs/<name>-<timestamp>}, with a numbered suffix if a run of the same second took it. */
    static Path fresh(String name) {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path base = Path.of("runs", name + "-" + stamp);
        Path dir = base;
        for (int k = 2; Files.exists(dir); k++) {
            dir = base.resolveSibling(base.getFileName() + "-" + k);
        }
        return dir;
    }

    /**
     * Makes {@code dir} ready for a new run.
     *
     * @param replace whether an earlier run in {@code dir} may be deleted
     * @return null when the run may write there, else what is wrong and what to do
     * @throws IOException if an earlier run cannot be deleted
     */
    static String claim(Path dir, boolean replace) throws IOException {
        if (!Files.exists(dir)) {
            return null;
        }
        if (!Files.isDirectory(dir)) {
            return dir + " is a file, not a directory; give --out a directory to write the run into";
        }
        List<Path> entries;
        try (Stream<Path> list = Files.list(dir)) {
            entries = list.toList();
        }
        if (entries.isEmpty()) {
            return null;
        }
        boolean earlierRun = Files.isRegularFile(dir.resolve("config.yaml"));
        if (!earlierRun) {
            return dir + " is not empty and holds no run (no config.yaml); a run writes only into a new or empty "
                    + "directory: choose another --out";
        }
        if (!replace) {
            return dir + " already holds a run; choose another --out, continue that run with 'neurula resume "
                    + dir + "', or add --replace to delete it and start over";
        }
        for (Path entry : entries) {
            try (Stream<Path> tree = Files.walk(entry)) {
                for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        return null;
    }
}
