package org.neurula.visualizer.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neurula.developmental.ndp.GrownGraph;
import org.neurula.neat.config.PruningParameters;
import org.neurula.visualizer.replay.GrowthFrames;

/** The growth slider's logic, without a window (Swing's light components work headless). */
class ViewGrowthControlsTest {

    /**
     * Four cells, all connected, no self-loops: the seed (input), one cell born in cycle 1 and two in
     * cycle 2 (the last is the output).
     */
    private static GrownGraph fourCells() {
        int n = 4;
        boolean[] connected = new boolean[n * n];
        double[] weights = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                connected[i * n + j] = i != j;
                weights[i * n + j] = i != j ? 0.5 + i + j : 0;
            }
        }
        return new GrownGraph(n, connected, weights, 1, new double[n], new int[] {-1, 0, 0, 1},
                new int[] {0, 1, 2, 2});
    }

    @Test
    void theControlsOpenOnTheGrownNetworkAndShowAnyCycleAsked() {
        GrowthFrames.Growth growth = new GrowthFrames.Growth(fourCells(), 1, 1);
        List<Integer> shown = new ArrayList<>();
        GrowthControls controls = new GrowthControls(growth, shown::add);

        assertEquals(3, controls.frames(), "the seed and two growth cycles");
        assertEquals(2, controls.frame());
        assertEquals(List.of(2), shown, "the grown network is drawn at once");
        assertEquals("growth cycle 2 of 2: 4 cells, 9 connections", controls.caption(),
                "4 cells, 3 inputs into each of the 3 that are not the input");
        controls.showFrame(0);
        assertEquals(List.of(2, 0), shown);
        assertEquals("growth cycle 0 of 2: 1 cells, 0 connections", controls.caption());
        assertEquals(1, GrowthFrames.frameGenome(growth, 0).nodes().size(), "growth starts from one cell");
        controls.showFrame(-5);
        assertEquals(0, controls.frame(), "clamped to the seed");
        controls.showFrame(99);
        assertEquals(2, controls.frame(), "clamped to the grown network");
        controls.dispose();
    }

    @Test
    void aPruningNetworkEndsOnThePrunedPicture() {
        boolean[] live = new boolean[9];
        for (int k = 0; k < live.length; k += 2) {
            live[k] = true;
        }
        GrowthFrames.Growth growth = new GrowthFrames.Growth(fourCells(), 1, 1, live,
                PruningParameters.defaults().withEnabled(true));
        List<Integer> shown = new ArrayList<>();
        GrowthControls controls = new GrowthControls(growth, shown::add);

        assertEquals(4, controls.frames(), "three growth pictures, then the pruned network");
        assertEquals(3, controls.frame());
        assertEquals("after pruning (activity, first 20 steps): 5 of 9 connections kept", controls.caption());
        assertEquals(5, GrowthFrames.frameGenome(growth, 3).connections().size());
        controls.dispose();
    }

    @Test
    void playStartsFromTheSeedAtTheEndAndPauseStops() {
        GrowthControls controls = new GrowthControls(new GrowthFrames.Growth(fourCells(), 1, 1), frame -> { });
        controls.togglePlay();
        assertTrue(controls.isPlaying());
        assertEquals(0, controls.frame(), "playing from the grown network starts over from the seed");
        controls.togglePlay();
        assertFalse(controls.isPlaying());
    }
}
