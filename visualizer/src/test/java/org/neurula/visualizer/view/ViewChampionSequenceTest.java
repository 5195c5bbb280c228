package org.neurula.visualizer.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurula.visualizer.BadInputException;
import org.neurula.visualizer.run.GenomeFiles;
import org.neurula.visualizer.run.RunDirectory;

class ViewChampionSequenceTest {

    @TempDir
    Path dir;

    private static List<ChampionEntry> entries(int... generations) {
        return java.util.Arrays.stream(generations)
                .mapToObj(g -> new ChampionEntry(g, 100 + g, Path.of("gen-" + g + ".json"))).toList();
    }

    @Test
    void startsAtTheFinalChampionOrAtTheOneStandingAtTheGeneration() {
        List<ChampionEntry> e = entries(0, 1, 3, 7);
        assertEquals(3, ChampionSequence.initialIndex(e, null));
        assertEquals(2, ChampionSequence.initialIndex(e, 5), "generation 5: the champion saved in generation 3");
        assertEquals(2, ChampionSequence.initialIndex(e, 3));
        assertEquals(3, ChampionSequence.initialIndex(e, 40));
        assertEquals(0, ChampionSequence.initialIndex(e, 0));
    }

    @Test
    void movesAreClampedToTheEnds() {
        ChampionSequence s = new ChampionSequence(entries(0, 1, 3), 9, p -> {
            throw new AssertionError("not read");
        });
        assertEquals(2, s.index(), "the initial position is clamped too");
        assertTrue(s.hasPrevious());
        assertFalse(s.hasNext());
        assertFalse(s.moveBy(1), "past the end: no move");
        assertTrue(s.moveBy(-1));
        assertEquals(1, s.index());
        assertTrue(s.moveBy(Integer.MIN_VALUE));
        assertEquals(0, s.index());
        assertFalse(s.hasPrevious());
        assertFalse(s.moveTo(-3));
        assertTrue(s.moveTo(Integer.MAX_VALUE));
        assertEquals(2, s.index());
        assertEquals(3, s.entry().generation());
    }

    @Test
    void stepsThroughARunsImprovingChampionsAndReadsEachOnce() {
        ViewFixtures.writeRun(dir);
        ChampionSequence s = ChampionSequence.ofRun(RunDirectory.open(dir), null);
        assertEquals(3, s.size(), "champion.json is the last improving champion: not listed twice");
        assertEquals("generation 7, genome 95, fitness 3.7500, 3 of 3", s.label());
        s.moveBy(-1);
        assertEquals(42, s.current().id());
        assertEquals("generation 3, genome 42, fitness 2.2500, 2 of 3", s.label());
        assertTrue(s.current() == s.current(), "a genome file is read once");
    }

    @Test
    void startsAtTheChampionOfTheGenerationAsked() {
        ViewFixtures.writeRun(dir);
        ChampionSequence s = ChampionSequence.ofRun(RunDirectory.open(dir), 5);
        assertEquals(1, s.index());
        assertEquals(42, s.current().id());
        BadInputException past = assertThrows(BadInputException.class,
                () -> ChampionSequence.ofRun(RunDirectory.open(dir), 12));
        assertTrue(past.getMessage().contains("past the run's last generation (9)"), past.getMessage());
    }

    @Test
    void aFinalChampionNotAmongTheImprovingOnesComesLast() {
        ViewFixtures.writeRun(dir);
        ViewFixtures.writeGenome(dir.resolve("champion.json"), 120, 9, 4.0, false);
        ChampionSequence s = ChampionSequence.ofRun(RunDirectory.open(dir), null);
        assertEquals(4, s.size());
        assertEquals(120, s.current().id());
    }

    @Test
    void aRunWithOnlyChampionJsonHasOneEntry() {
        ViewFixtures.writeGenome(dir.resolve("champion.json"), 5, 2, 1.0, false);
        ChampionSequence s = ChampionSequence.ofRun(RunDirectory.open(dir), null);
        assertEquals(1, s.size());
        assertFalse(s.hasNext());
        assertFalse(s.hasPrevious());
    }

    @Test
    void aSingleGenomeFileIsASequenceOfOne() {
        Path file = ViewFixtures.writeGenome(dir.resolve("mine.json"), -1, -1, Double.NaN, false);
        ChampionSequence s = ChampionSequence.ofGenome(GenomeFiles.read(file));
        assertEquals(1, s.size());
        assertEquals("genome mine.json, 1 of 1", s.label());
    }
}
