package org.neurula.fitness.boxes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neurula.fitness.ScriptedNetwork;
import org.neurula.fitness.TaskRegistry;
import org.neurula.neat.engine.EvaluationContext;
import org.neurula.neat.engine.Fitness;
import org.neurula.neat.geometry.Geometry;

/** The visual discrimination task: its trials, its scoring of hand-written networks, its scaling, its config. */
class BoxesTaskTest {

    private static final EvaluationContext CONTEXT = new EvaluationContext(new SplittableRandom(7), 0, 0, 0);

    private static BoxesTask task(int resolution) {
        return new BoxesTask(new BoxesConfig(resolution, 0.0));
    }

    /** A network whose most active output is always the field's centre unit. */
    private static ScriptedNetwork centreAnswer(int resolution) {
        int units = resolution * resolution;
        return new ScriptedNetwork(units, units) {
            @Override
            public void activate(double[] in, double[] out) {
                java.util.Arrays.fill(out, 0.0);
                out[(resolution / 2) * resolution + resolution / 2] = 1.0;
            }
        };
    }

    @Test
    void theTrialSetHas75TrialsOver25SmallBoxPlacesAndThreeOffsets() {
        List<BoxTrial> trials = BoxTrial.standardSet();
        assertEquals(75, trials.size());
        Map<LargeBoxOffset, Integer> perOffset = new EnumMap<>(LargeBoxOffset.class);
        Set<List<Integer>> smallPlaces = new HashSet<>();
        for (BoxTrial t : trials) {
            perOffset.merge(t.offset(), 1, Integer::sum);
            smallPlaces.add(List.of(t.smallColumn(), t.smallRow()));
            assertEquals(1, t.smallColumn() % 2, "small boxes on odd columns: " + t);
            assertEquals(1, t.smallRow() % 2, "small boxes on odd rows: " + t);
            // the large box is the small one moved by the offset, wrapped around and moved into view
            assertEquals(BoxTrial.place(t.smallColumn() + t.offset().dx()), t.largeColumn(), t.toString());
            assertEquals(BoxTrial.place(t.smallRow() + t.offset().dy()), t.largeRow(), t.toString());
            // a 3 x 3 box around the centre lies within the 11 x 11 field
            assertTrue(t.largeColumn() - 1 >= 0 && t.largeColumn() + 1 <= 10, t.toString());
            assertTrue(t.largeRow() - 1 >= 0 && t.largeRow() + 1 <= 10, t.toString());
            // the boxes never touch: the large box's centre is at least 4 cells from the small box along some
            // axis, so at least two free cells lie between the boxes
            int apart = Math.max(Math.abs(t.largeColumn() - t.smallColumn()), Math.abs(t.largeRow() - t.smallRow()));
            assertTrue(apart >= 4, apart + " cells apart in " + t);
        }
        assertEquals(25, smallPlaces.size());
        assertEquals(Map.of(LargeBoxOffset.RIGHT, 25, LargeBoxOffset.DOWN, 25, LargeBoxOffset.DIAGONAL, 25), perOffset);
        assertEquals(List.of(5, 0), List.of(LargeBoxOffset.RIGHT.dx(), LargeBoxOffset.RIGHT.dy()));
        assertEquals(List.of(0, -5), List.of(LargeBoxOffset.DOWN.dx(), LargeBoxOffset.DOWN.dy()));
        assertEquals(List.of(5, -5), List.of(LargeBoxOffset.DIAGONAL.dx(), LargeBoxOffset.DIAGONAL.dy()));
    }

    @Test
    void largeBoxesWrapAroundTheBorderAndMoveIntoView() {
        assertEquals(6, BoxTrial.place(1 + 5), "no wrap");
        assertEquals(9, BoxTrial.place(5 + 5), "centre 10 would stick out: moved one cell in");
        assertEquals(1, BoxTrial.place(7 + 5), "12 wraps to 1");
        assertEquals(3, BoxTrial.place(9 + 5), "14 wraps to 3");
        assertEquals(7, BoxTrial.place(1 - 5), "-4 wraps to 7");
        assertEquals(1, BoxTrial.place(5 - 5), "centre 0 would stick out: moved one cell in");
        BoxTrial first = BoxTrial.standardSet().getFirst();
        assertEquals(new BoxTrial(1, 1, 6, 1, LargeBoxOffset.RIGHT), first);
        assertThrows(IllegalArgumentException.class, () -> new BoxTrial(1, 1, 10, 5, LargeBoxOffset.RIGHT));
        assertThrows(IllegalArgumentException.class, () -> new BoxTrial(11, 1, 5, 5, LargeBoxOffset.RIGHT));
    }

    @ParameterizedTest(name = "{0} x {0}")
    @ValueSource(ints = {11, 33, 55})
    void everyDrawnBoxLiesInTheFieldAndCarriesTheSameTotalInput(int resolution) {
        VisualField field = new VisualField(resolution);
        int s = resolution / 11;
        double[] image = new double[field.units()];
        for (BoxTrial t : BoxTrial.standardSet()) {
            field.draw(t, image);
            int lit = 0;
            double total = 0;
            for (double v : image) {
                if (v != 0) {
                    lit++;
                    assertEquals(1.0 / (s * s), v, 1e-15);
                }
                total += v;
            }
            assertEquals(s * s + 9 * s * s, lit, "a 1x1 and a 3x3 box, magnified " + s + " times: " + t);
            assertEquals(10.0, total, 1e-9);
            int centre = field.centre(t.largeRow()) * resolution + field.centre(t.largeColumn());
            assertTrue(image[centre] > 0, "the large box covers its centre unit");
        }
    }

    @ParameterizedTest(name = "{0} x {0}")
    @ValueSource(ints = {11, 33, 55})
    void anOracleScoresTheMaximumWithNoDistanceError(int resolution) {
        BoxesTask task = task(resolution);
        LargeBoxOracle oracle = new LargeBoxOracle(resolution);
        BoxesScore score = task.score(oracle);
        assertEquals(10 + 30 * 75, score.fitness(), 1e-9);
        assertEquals(task.optimum(), score.fitness(), 1e-9);
        assertEquals(0.0, score.meanDistanceError(), 0.0);
        assertEquals(75, score.exactTrials());
        assertEquals(75, score.trials());
        Fitness fitness = task.newEvaluator().evaluate(oracle, CONTEXT);
        assertEquals(2260.0, fitness.value(), 1e-9);
        assertTrue(fitness.solved());
        assertEquals(List.of(2260.0), task.referenceScores().stream().map(r -> r.value()).toList());
    }

    /**
     * The centre (5, 5) against the 75 large-box centres. Right: columns 6, 8, 9, 1, 3 (squared column
     * offsets 1, 9, 16, 16, 4) at rows 1..9 odd (squared row offsets 16, 4, 0, 4, 16); down: the mirror image,
     * rows 7, 9, 1, 2, 4. Summing max(0, 30 - d^2): right 105 + 65 + 34 + 34 + 90 = 328, down 328 too;
     * diagonal (both offsets from {1, 4, 9, 16, 16}) 99 + 84 + 59 + 28 + 28 = 298. Fitness 10 + 954 = 964.
     */
    @Test
    void aNetworkAlwaysAnsweringTheCentreGetsTheHandComputedFitness() {
        Fitness fitness = task(11).newEvaluator().evaluate(centreAnswer(11), CONTEXT);
        assertEquals(964.0, fitness.value(), 1e-9);
        assertFalse(fitness.solved());
        BoxesScore score = task(11).score(centreAnswer(11));
        assertTrue(score.meanDistanceError() > 3 && score.meanDistanceError() < 6, score.toString());
        assertEquals(0, score.exactTrials(), "the centre is never a large box's centre");
    }

    @ParameterizedTest(name = "{0} x {0}")
    @ValueSource(ints = {11, 33})
    void anOraclesMeasuresAreNoErrorAndEveryTrialExact(int resolution) {
        Map<String, Double> measures = task(resolution).measures(new LargeBoxOracle(resolution));
        assertEquals(List.of(BoxesTask.MEAN_DISTANCE_ERROR, BoxesTask.EXACT_TRIAL_FRACTION,
                BoxesTask.CENTRE_CELL_FRACTION), List.copyOf(measures.keySet()), "listed in this order");
        assertEquals(0.0, measures.get("meanDistanceError"), 0.0);
        assertEquals(1.0, measures.get("exactTrialFraction"), 0.0);
        assertEquals(1.0, measures.get("centreCellFraction"), 0.0);
    }

    /** At 33 x 33, a network that answers {@code dx} units right of each trial's large-box centre unit. */
    private static ScriptedNetwork rightOfTheCentre(int dx) {
        VisualField field = new VisualField(33);
        List<BoxTrial> trials = BoxTrial.standardSet();
        return new ScriptedNetwork(33 * 33, 33 * 33) {
            private int trial;

            @Override
            public void activate(double[] in, double[] out) {
                BoxTrial t = trials.get(trial++ % trials.size());
                java.util.Arrays.fill(out, 0.0);
                out[field.centre(t.largeRow()) * 33 + field.centre(t.largeColumn()) + dx] = 1.0;
            }
        };
    }

    @Test
    void anAnswerOneFineUnitOffTheCentreIsInTheCentreCellButNotExact() {
        BoxesScore score = task(33).score(rightOfTheCentre(1));
        assertEquals(0, score.exactTrials());
        assertEquals(75, score.centreCellTrials(), "one fine unit right of the centre stays in the centre cell");
        assertEquals(1.0 / 3, score.meanDistanceError(), 1e-12, "a third of an 11 x 11 cell");
        assertEquals(0, task(33).score(rightOfTheCentre(2)).centreCellTrials(), "two fine units off leave the cell");
        assertEquals(task(11).score(centreAnswer(11)).exactTrials(), task(11).score(centreAnswer(11)).centreCellTrials(),
                "at 11 x 11 the centre cell is the centre unit");
    }

    @Test
    void aCentreAnsweringNetworksMeasuresAreItsScoresErrorAndNoExactTrial() {
        for (int resolution : new int[] {11, 33}) {
            BoxesTask task = task(resolution);
            Map<String, Double> measures = task.measures(centreAnswer(resolution));
            assertEquals(task.score(centreAnswer(resolution)).meanDistanceError(), measures.get("meanDistanceError"),
                    0.0);
            assertEquals(0.0, measures.get("exactTrialFraction"), 0.0);
            // the same error at both resolutions: measures compare across resolutions as scores do
            assertEquals(task(11).score(centreAnswer(11)).meanDistanceError(), measures.get("meanDistanceError"),
                    1e-12);
        }
        assertThrows(UnsupportedOperationException.class,
                () -> task(11).measures(centreAnswer(11)).put("other", 1.0), "measures are read-only");
        assertThrows(IllegalArgumentException.class, () -> task(33).measures(centreAnswer(11)),
                "a network of the wrong size is rejected as score rejects it");
    }

    @Test
    void distancesAreInCellsOfThe11x11FieldSoScoresCompareAcrossResolutions() {
        BoxesScore at11 = task(11).score(centreAnswer(11));
        BoxesScore at33 = task(11).atResolution(33).score(centreAnswer(33));
        assertEquals(at11.fitness(), at33.fitness(), 1e-9);
        assertEquals(at11.meanDistanceError(), at33.meanDistanceError(), 1e-12);
        assertEquals(at11.meanDistanceError(), task(55).meanDistanceError(centreAnswer(55)), 1e-12);
    }

    @Test
    void oneUnitOffAt33x33IsAThirdOfACell() {
        BoxesTask task = task(33);
        LargeBoxOracle oracle = new LargeBoxOracle(33);
        ScriptedNetwork shifted = new ScriptedNetwork(33 * 33, 33 * 33) {
            private final double[] peak = new double[33 * 33];

            @Override
            public void activate(double[] in, double[] out) {
                oracle.activate(in, peak);
                java.util.Arrays.fill(out, 0.0);
                out[BoxesTask.answer(peak) + 1] = 1.0; // one unit to the right of the true centre
            }
        };
        BoxesScore score = task.score(shifted);
        assertEquals(1.0 / 3, score.meanDistanceError(), 1e-12);
        assertEquals(10 + 75 * (30 - 1.0 / 9), score.fitness(), 1e-9);
        assertEquals(0, score.exactTrials());
    }

    @Test
    void theEvaluatorDrawsEveryTrialIntoOneInputArrayAndResetsBeforeEach() {
        List<double[]> inputsSeen = new ArrayList<>();
        int[] resets = {0};
        ScriptedNetwork recorder = new ScriptedNetwork(121, 121) {
            @Override
            public void activate(double[] in, double[] out) {
                inputsSeen.add(in);
                java.util.Arrays.fill(out, 0.0);
            }

            @Override
            public void reset() {
                resets[0]++;
            }
        };
        var evaluator = task(11).newEvaluator();
        evaluator.evaluate(recorder, CONTEXT);
        evaluator.evaluate(recorder, CONTEXT);
        assertEquals(150, inputsSeen.size());
        assertEquals(150, resets[0]);
        for (double[] in : inputsSeen) {
            assertSame(inputsSeen.getFirst(), in, "one input array for all trials and evaluations");
        }
    }

    @Test
    void theMostActiveUnitIsTheFirstOfTheHighestAndNaNNeverWins() {
        assertEquals(1, BoxesTask.answer(new double[] {0.2, 0.9, 0.9, 0.1}));
        assertEquals(2, BoxesTask.answer(new double[] {Double.NaN, 0.1, 0.5, Double.NaN}));
        assertEquals(0, BoxesTask.answer(new double[] {Double.NaN, Double.NaN}));
        assertEquals(0, BoxesTask.answer(new double[] {-1, -1}));
        // a saturated 3 × 3 patch in a 5 × 5 field answers at its centre (row 2, column 3 = unit 13)
        double[] patch = new double[25];
        for (int r = 1; r <= 3; r++) {
            for (int c = 2; c <= 4; c++) {
                patch[r * 5 + c] = 1.0;
            }
        }
        assertEquals(13, BoxesTask.answer(patch));
        // two tied units: the centroid lies between them, both equally near, the first wins
        double[] two = new double[9];
        two[0] = 1.0;
        two[8] = 1.0;
        assertEquals(0, BoxesTask.answer(two));
    }

    @Test
    void geometryPutsBothSheetsOnOneGridOverTheSquareAt11() {
        BoxesTask task = task(11);
        Geometry g = task.geometry();
        assertEquals(121, task.inputs());
        assertEquals(121, task.outputs());
        assertEquals(2, g.dimensions());
        assertEquals(g.inputs(), g.outputs(), "input k and output k at the same (x, y)");
        assertEquals(-1.0, g.inputs().coordinate(0, 0));
        assertEquals(-1.0, g.inputs().coordinate(0, 1));
        assertEquals(1.0, g.inputs().coordinate(120, 0));
        assertEquals(1.0, g.inputs().coordinate(120, 1));
        // unit k: column k mod 11 along x, row k / 11 along y, exactly Positions.grid's points
        int k = 3 * 11 + 7;
        assertEquals(-1 + 2.0 * 7 / 10, g.inputs().coordinate(k, 0));
        assertEquals(-1 + 2.0 * 3 / 10, g.inputs().coordinate(k, 1));
    }

    @ParameterizedTest
    @ValueSource(ints = {33, 55})
    void finerFieldsPlaceTheirUnitsOnTheSubCellsOfThe11By11Cells(int resolution) {
        int s = resolution / 11;
        Geometry g = task(resolution).geometry();
        Geometry coarse = task(11).geometry();
        assertEquals(g.inputs(), g.outputs(), "input k and output k at the same (x, y)");
        for (int row = 0; row < 11; row++) {
            for (int column = 0; column < 11; column++) {
                // the centre unit of every magnified cell sits where that cell's unit sits at 11 x 11
                int fine = (s * row + (s - 1) / 2) * resolution + s * column + (s - 1) / 2;
                int unit = row * 11 + column;
                assertEquals(coarse.inputs().coordinate(unit, 0), g.inputs().coordinate(fine, 0), 1e-12);
                assertEquals(coarse.inputs().coordinate(unit, 1), g.inputs().coordinate(fine, 1), 1e-12);
            }
        }
        // evenly spaced, 1/s of a 0.2-wide cell apart, reaching a little past the square
        for (int j = 1; j < resolution; j++) {
            assertEquals(0.2 / s, g.inputs().coordinate(j, 0) - g.inputs().coordinate(j - 1, 0), 1e-12);
        }
        double edge = 1.0 + 0.1 * (s - 1) / s;
        assertEquals(-edge, g.inputs().coordinate(0, 0), 1e-12);
        assertEquals(edge, g.inputs().coordinate(resolution * resolution - 1, 1), 1e-12);
    }

    @Test
    void aNetworkOfTheWrongSizeIsRejectedWithBothSizes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> task(33).score(new LargeBoxOracle(11)));
        assertTrue(e.getMessage().contains("1089") && e.getMessage().contains("121"), e.getMessage());
    }

    @Test
    void badConfigIsRejectedWithTheKeyAndWhatIsAllowed() {
        BoxesProvider provider = new BoxesProvider();
        for (int resolution : new int[] {0, 10, 12, 22, 44, 121, -11}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> provider.create(new BoxesConfig(resolution, 0.0)));
            assertTrue(e.getMessage().startsWith("resolution must be 11 times an odd number (11, 33, 55, 77 or 99)"),
                    e.getMessage());
            assertTrue(e.getMessage().endsWith("was " + resolution), e.getMessage());
        }
        for (double error : new double[] {-0.5, Double.NaN, Double.POSITIVE_INFINITY}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> provider.create(new BoxesConfig(11, error)));
            assertTrue(e.getMessage().startsWith("solvedError must be a finite number >= 0"), e.getMessage());
        }
        assertEquals(new BoxesConfig(11, 0.0), provider.defaults());
        assertEquals(77 * 77, provider.create(new BoxesConfig(77, 0.5)).inputs());
    }

    @Test
    void registeredAsBoxes() {
        var provider = TaskRegistry.load().find("boxes").orElseThrow();
        assertInstanceOf(BoxesProvider.class, provider);
        assertTrue(provider.description().contains("75 trials"), provider.description());
    }
}
