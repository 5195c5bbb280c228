package org.neurula.visualizer.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code neurula view} in a JVM without a display: a clear error and exit code 2, no stack trace. */
class ViewWithoutDisplayTest {

    @TempDir
    Path dir;

    @Test
    void saysItNeedsADisplayAndExitsWith2() {
        Path run = ViewFixtures.writeRun(dir.resolve("run"));
        Map<String, String> env = new HashMap<>();
        env.put("DISPLAY", null);
        env.put("WAYLAND_DISPLAY", null);
        // Linux JVMs are headless without DISPLAY; elsewhere there is always a screen, so ask for headless
        List<String> options = System.getProperty("os.name", "").startsWith("Linux") ? List.of()
                : List.of("-Djava.awt.headless=true");
        ChildJvm child = ChildJvm.run(dir.resolve("child"), env, options, "view", run.toString());
        assertEquals(2, child.exitCode(), child.err());
        assertTrue(child.err().startsWith("error: view needs a display ("), child.err());
        assertTrue(child.err().contains("use neurula render for a PNG, or run under xvfb-run"), child.err());
        assertEquals(1, child.err().lines().count(), child.err());
        assertFalse(child.err().contains("Exception"), child.err());
        assertFalse(child.err().contains("\tat "), child.err());
    }

    @Test
    void aDisplayNobodyAnswersIsReportedTheSameWay() {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getProperty("os.name", "").startsWith("Linux"),
                "X displays are a Linux matter here");
        int display = 187; // no X server listens there: its socket does not exist
        org.junit.jupiter.api.Assumptions.assumeFalse(java.nio.file.Files.exists(Path.of("/tmp/.X11-unix/X" + display)));
        Path run = ViewFixtures.writeRun(dir.resolve("run"));
        Map<String, String> env = new HashMap<>();
        env.put("DISPLAY", ":" + display);
        env.put("WAYLAND_DISPLAY", null);
        ChildJvm child = ChildJvm.run(dir.resolve("child"), env, List.of(), "view", run.toString());
        assertEquals(2, child.exitCode(), child.err());
        assertTrue(child.err().startsWith("error: view needs a display (cannot connect to the X server at DISPLAY=:"
                + display), child.err());
        assertFalse(child.err().contains("\tat "), child.err());
    }
}
