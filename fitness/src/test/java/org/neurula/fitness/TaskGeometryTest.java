package org.neurula.fitness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neurula.neat.geometry.Geometry;

/** Every registered task places exactly its inputs and outputs, at finite points inside [-1, 1]. */
class TaskGeometryTest {

    static Stream<String> registeredTasks() {
        return TaskRegistry.load().ids().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("registeredTasks")
    void geometryHasOnePointPerInputAndOutput(String id) {
        Task task = defaultTask(TaskRegistry.load().find(id).orElseThrow());
        Geometry geometry = task.geometry();
        assertEquals(task.inputs(), geometry.inputs().count(), id + " input points");
        assertEquals(task.outputs(), geometry.outputs().count(), id + " output points");
        assertEquals(geometry.inputs().dimensions(), geometry.outputs().dimensions(), id);
        for (double c : geometry.inputs().concat(geometry.outputs()).toArray()) {
            assertTrue(c >= -1 && c <= 1, id + " coordinate " + c + " lies in [-1, 1]");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("registeredTasks")
    void noTwoInputsAndNoTwoOutputsShareAPoint(String id) {
        Geometry geometry = defaultTask(TaskRegistry.load().find(id).orElseThrow()).geometry();
        assertEquals(geometry.inputs().count(), distinctPoints(geometry.inputs()), id + " inputs");
        assertEquals(geometry.outputs().count(), distinctPoints(geometry.outputs()), id + " outputs");
    }

    private static long distinctPoints(org.neurula.neat.geometry.Positions positions) {
        return java.util.stream.IntStream.range(0, positions.count())
                .mapToObj(p -> java.util.stream.IntStream.range(0, positions.dimensions())
                        .mapToObj(a -> Double.toString(positions.coordinate(p, a))).toList())
                .distinct().count();
    }

    @SuppressWarnings("unchecked")
    private static <C extends Record> Task defaultTask(TaskProvider<C> provider) {
        return provider.create(provider.defaults());
    }
}
