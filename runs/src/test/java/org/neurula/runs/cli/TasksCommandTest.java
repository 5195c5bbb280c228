package org.neurula.runs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurula.fitness.Task;
import org.neurula.fitness.TaskRegistry;
import org.neurula.fitness.boxes.BoxesConfig;
import org.neurula.fitness.boxes.BoxesTask;
import org.neurula.neat.engine.Evaluator;
import org.neurula.neat.engine.Fitness;
import org.neurula.neat.geometry.Geometry;
import org.neurula.neat.geometry.Positions;
import org.neurula.runs.CliRun;

/** {@code neurula tasks} lists every task with a one-line geometry. */
class TasksCommandTest {

    @Test
    void everyTaskGetsAGeometryLine() {
        CliRun tasks = CliRun.of("tasks");
        assertEquals(0, tasks.exitCode(), tasks.err());
        String out = tasks.out();
        int providers = TaskRegistry.load().providers().size();
        assertEquals(providers, out.lines().filter(l -> l.startsWith("    geometry: ")).count(), out);
        for (String id : TaskRegistry.load().ids()) {
            assertTrue(out.contains("\n" + id + "\n") || out.startsWith(id + "\n"), id + " listed: " + out);
        }
        assertTrue(out.contains("xor\n"), out);
        assertTrue(out.contains("    geometry: default lines; 2 inputs along y=-1, 1 output at y=1\n"), out);
        assertTrue(out.contains("    geometry: 2-D; 8 inputs in x[-1, 1] y[-1, -0.33]; 2 outputs in x[-0.67, 0.67] y=1\n"),
                out);
        assertTrue(out.contains("    geometry: 2-D; 121 inputs and 121 outputs on the same 11x11 grid, x[-1, 1] y[-1, 1]\n"),
                out);
        assertTrue(out.contains("    resolution             int      default 11\n"), out);
    }

    @Test
    void summariesNameCountsGridsAndBounds() {
        assertEquals("default lines; 1 input at y=-1, 1 output at y=1", TasksCommand.describe(Task.of(1, 1, n -> 0.0)));
        // the finer boxes fields are the sub-cells of the 11 x 11 cells, so they reach a little past 1
        assertEquals("2-D; 1089 inputs and 1089 outputs on the same 33x33 grid, x[-1.07, 1.07] y[-1.07, 1.07]",
                TasksCommand.describe(new BoxesTask(new BoxesConfig(33, 0.0))));
        Task scattered = new Task() {
            @Override
            public int inputs() {
                return 3;
            }

            @Override
            public int outputs() {
                return 3;
            }

            @Override
            public Geometry geometry() {
                Positions p = Positions.of(2, -1, -1, 0.5, 0, 1, 1);
                return new Geometry(p, p);
            }

            @Override
            public Evaluator newEvaluator() {
                return (network, context) -> new Fitness(0.0, false);
            }
        };
        assertEquals("2-D; 3 inputs and 3 outputs on the same points in x[-1, 1] y[-1, 1]",
                TasksCommand.describe(scattered));
    }
}
