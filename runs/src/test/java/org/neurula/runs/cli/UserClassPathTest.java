package org.neurula.runs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link UserClassPath} names exactly the NEURULA_CLASSPATH entries that do not exist. */
class UserClassPathTest {

    @TempDir
    Path dir;

    @Test
    void namesOnlyTheEntriesThatDoNotExist() throws IOException {
        Path jar = Files.writeString(dir.resolve("tasks.jar"), "");
        String missingJar = dir.resolve("taks.jar").toString();
        String missingDir = dir.resolve("nowhere") + File.separator + "*";
        String value = String.join(File.pathSeparator, jar.toString(), missingJar, "", dir + File.separator + "*",
                missingDir);
        assertEquals(List.of(missingJar, missingDir), UserClassPath.missing(value));
        assertEquals(List.of(), UserClassPath.missing(null));
        assertEquals(List.of(), UserClassPath.missing("  "));
    }
}
