package org.neurula.visualizer.run;

import org.neurula.runs.output.GenomeFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurula.runs.CliRun;
import org.neurula.visualizer.BadInputException;

class RunDirectoryTest {

    @TempDir
    static Path dir;
    static Path xor;

    @BeforeAll
    static void run() {
        xor = dir.resolve("xor");
        CliRun run = CliRun.of("run", "../examples/xor.yaml", "--seed", "5", "--out", xor.toString());
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void improvingChampionsAreListedByGenerationAndPickedAtOrBeforeAGeneration() {
        RunDirectory run = RunDirectory.open(xor);
        List<ChampionFile> champions = run.improvingChampions();
        assertTrue(champions.size() >= 2, "XOR improves more than once");
        for (int i = 1; i < champions.size(); i++) {
            assertTrue(champions.get(i).generation() > champions.get(i - 1).generation());
        }
        ChampionFile second = champions.get(1);
        GenomeFile atSecond = run.championAt(second.generation());
        assertEquals(second.id(), atSecond.id());
        if (champions.size() > 2 && champions.get(2).generation() > second.generation() + 1) {
            assertEquals(second.id(), run.championAt(second.generation() + 1).id(), "the newest at or before");
        }
        assertEquals(run.champion().id(), champions.getLast().id(), "champion.json is the last improving champion");
        assertEquals("xor", run.name());
        assertTrue(run.configYaml().orElseThrow().contains("task"));
        assertTrue(run.summary().isPresent());
    }

    @Test
    void aLineCutShortByAKilledRunDoesNotHideTheOthers(@TempDir Path copy) throws IOException {
        Files.writeString(copy.resolve("metrics.jsonl"), "{\"generation\":0}\n{\"generation\":1}\n{\"genera");
        assertEquals(1, RunDirectory.open(copy).lastGeneration());
    }

    @Test
    void emptyDirectoriesAndEarlyGenerationsAreRefusedWithAHint(@TempDir Path empty) {
        BadInputException e = assertThrows(BadInputException.class, () -> RunDirectory.open(empty));
        assertTrue(e.getMessage().contains("not a run directory"), e.getMessage());
        e = assertThrows(BadInputException.class, () -> RunDirectory.open(xor).championAt(-1));
        assertTrue(e.getMessage().contains("before the first saved champion"), e.getMessage());
    }
}
