package org.neurula.runs.cli;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks the class path a user adds with {@code NEURULA_CLASSPATH} (entries separated by the
 * platform's path separator; a directory, a jar, or {@code dir/*} for every jar in a directory):
 * the JVM silently ignores entries that do not exist, which would make a user's task simply
 * "unknown".
 */
final class UserClassPath {

    private UserClassPath() {
    }

    /** The entries of {@code value} that do not exist; empty for null or blank. */
    static List<String> missing(String value) {
        List<String> missing = new ArrayList<>();
        if (value == null || value.isBlank()) {
            return missing;
        }
        for (String entry : value.split(File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            String path = entry.endsWith("/*") || entry.endsWith(File.separator + "*")
                    ? entry.substring(0, entry.length() - 2) : entry;
            try {
                if (!Files.exists(Path.of(path.isEmpty() ? "." : path))) {
                    missing.add(entry);
                }
            } catch (InvalidPathException e) {
                missing.add(entry);
            }
        }
        return missing;
    }
}
