package org.neurula.fitness.boxes;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neurula.fitness.ReferenceScore;
import org.neurula.fitness.Task;
import org.neurula.neat.engine.Evaluator;
import org.neurula.neat.engine.Fitness;
import org.neurula.neat.geometry.Geometry;
import org.neurula.neat.network.Network;

/**
 * The visual discrimination task of Stanley, D'Ambrosio &amp; Gauci (2009, "A hypercube-based encoding for
 * evolving large-scale neural networks", Artificial Life 15(2)), first shown in Gauci &amp; Stanley (GECCO
 * 2007): a visual field shows a small and a large box, and the network must mark the large box's centre
 * on a target field of the same size; the target unit with the highest activation is its answer.
 *
 * <pre>{@code
 * BoxesTask boxes = new BoxesTask(new BoxesConfig(11, 0.0));
 * double error11 = boxes.meanDistanceError(network11);                  // a substrate built for 11 x 11
 * double error33 = boxes.atResolution(33).meanDistanceError(network33); // the same CPPN, re-queried at 33 x 33
 * }</pre>
 *
 * <p><b>From the paper</b> (its text, as quoted in the Javadoc of Encog's and rqme/neat's ports): the field
 * is 11 × 11 during evolution, so the substrate connects 121 inputs to 121 outputs; one box is three
 * times as wide and tall as the other; each evaluation has 75 trials: the small box at 25 uniformly
 * distributed places where it lies wholly in the field, and for each the large box five units to the
 * right, down and diagonally; the large box wraps around to the other side at the border and is moved
 * the least distance that puts it wholly in view; fitness "is calculated from the sum of the squared
 * distances between the target and the point of highest activation over all 75 trials".
 *
 * <p><b>From the authors' released code</b> (HyperNEAT C++, {@code HCUBE_FindClusterExperiment}), where the
 * paper's text leaves it open: the 25 places are the cells with both coordinates odd; a trial earns
 * {@code max(0, 30 − d²)} with d the distance in cells, and every evaluation starts from 10, so
 * <b>fitness = 10 + Σ max(0, 30 − d²)</b> over the 75 trials (at most 2,260; choosing the field's centre
 * every time earns 964); the substrate is activated once per trial; the scaled fields magnify the boxes
 * (small 3 × 3 and large 9 × 9 units at 33 × 33, 5 × 5 and 15 × 15 at 55 × 55) and light each unit with
 * (11 / resolution)², so a box carries the same total input at every resolution. The paper gives no
 * closed formula for the fitness; this is the code's, not a formula printed in the paper.
 *
 * <p><b>Neurula's choices</b>: at resolution 11·s (s odd) every trial is the 11 × 11 trial magnified s
 * times, cell c becoming units s·c .. s·c + s − 1, so the large box's centre is unit s·c + (s − 1)/2 and
 * distances are divided by s (they stay in cells of the 11 × 11 field, and so does the fitness); the
 * highest output wins; when several units share it (saturated output functions often reach exactly
 * 1), the one nearest the centroid of those units wins, so a saturated patch answers at its centre
 * rather than at its first unit (which would not scale with the resolution); NaN never wins (all NaN:
 * unit 0); a recurrent
 * network is reset before each trial; a network counts as solved when its mean distance error is at most
 * {@code solvedError} (0 by default: every centre exact). SharpNEAT 2.x's boxes domain, which places the
 * large box only to the right and draws new random trials per genome, is a different protocol.
 *
 * <p><b>Geometry</b> (2-D): the visual field's units and the target field's units at the same points
 * (input and output k at the same (x, y)): at 11 × 11 {@code Positions.grid(11, 11)} over [−1, 1]², at
 * 11·s the s × s sub-cells of those cells, so every magnified cell's centre unit sits where its
 * 11 × 11 unit sits and the finer fields reach a little past ±1 (see {@code VisualField}); as
 * in the paper, where the CPPN is queried with (x1, y1, x2, y2), the two fields are separate sheets and a
 * decoder tells them apart by their role, not by a coordinate. Unit k is column k mod resolution (x from
 * −1) and row k / resolution (y from −1).
 *
 * <p>An evaluator allocates its input and output arrays once and draws each trial into the same input
 * array.
 */
public final class BoxesTask implements Task {

    /** What every evaluation starts with. */
    public static final double BASE_FITNESS = 10.0;
    /** What one trial earns at most (at distance 0). */
    public static final double TRIAL_CREDIT = 30.0;

    private final BoxesConfig config;
    private final VisualField field;
    private final List<BoxTrial> trials;
    private final Geometry geometry;

    /**
     * The task for a config.
     *
     * @throws IllegalArgumentException naming the key if a value is out of range
     */
    public BoxesTask(BoxesConfig config) {
        config.check();
        this.config = config;
        this.field = new VisualField(config.resolution());
        this.trials = BoxTrial.standardSet();
        this.geometry = new Geometry(field.positions(), field.positions());
    }

    /** The parameters. */
    public BoxesConfig config() {
        return config;
    }

    /** Units along each side of the fields. */
    public int resolution() {
        return config.resolution();
    }

    /** The 75 trials, in cells of the 11 × 11 field. */
    public List<BoxTrial> trials() {
        return trials;
    }

    /** The same task at another resolution (for testing a re-queried substrate without re-evolving). */
    public BoxesTask atResolution(int resolution) {
        return new BoxesTask(new BoxesConfig(resolution, config.solvedError()));
    }

    /** The highest fitness: every trial's answer exact. */
    public double optimum() {
        return BASE_FITNESS + TRIAL_CREDIT * trials.size();
    }

    @Override
    public int inputs() {
        return field.units();
    }

    @Override
    public int outputs() {
        return field.units();
    }

    @Override
    public Geometry geometry() {
        return geometry;
    }

    @Override
    public List<ReferenceScore> referenceScores() {
        return List.of(new ReferenceScore("optimum", optimum(),
                "every trial's most active unit is the large box's centre"));
    }

    @Override
    public Evaluator newEvaluator() {
        double[] input = new double[field.units()];
        double[] output = new double[field.units()];
        return (network, context) -> {
            BoxesScore score = score(network, input, output);
            return new Fitness(score.fitness(), score.meanDistanceError() <= config.solvedError());
        };
    }

    /**
     * Runs the 75 trials on {@code network} and reports the fitness and the mean distance error; what
     * benchmark code reads to compare resolutions.
     *
     * @throws IllegalArgumentException if the network's inputs or outputs do not match the fields
     */
    public BoxesScore score(Network network) {
        return score(network, new double[field.units()], new double[field.units()]);
    }

    /** Name of the measure {@link #measures} gives the mean distance error under. */
    public static final String MEAN_DISTANCE_ERROR = "meanDistanceError";
    /** Name of the measure {@link #measures} gives the fraction of exact trials under. */
    public static final String EXACT_TRIAL_FRACTION = "exactTrialFraction";
    /** Name of the measure {@link #measures} gives the fraction of trials answered in the right 11 × 11 cell under. */
    public static final String CENTRE_CELL_FRACTION = "centreCellFraction";

    /**
     * The network's {@link BoxesScore} beyond its fitness: {@code meanDistanceError} (in cells of the
     * 11 × 11 field, so errors at different resolutions compare directly), {@code exactTrialFraction}
     * (the share of the 75 trials whose answer is the large box's centre unit, from 0 to 1) and
     * {@code centreCellFraction} (the share whose answer lies in the large box's centre cell of the
     * 11 × 11 field: at 11 × 11 the exact share, at 33 × 33 any of that cell's 3 × 3 units, so the
     * precision asked is the same at every resolution).
     *
     * @throws IllegalArgumentException if the network's inputs or outputs do not match the fields
     */
    @Override
    public Map<String, Double> measures(Network network) {
        BoxesScore score = score(network);
        Map<String, Double> measures = new LinkedHashMap<>();
        measures.put(MEAN_DISTANCE_ERROR, score.meanDistanceError());
        measures.put(EXACT_TRIAL_FRACTION, (double) score.exactTrials() / score.trials());
        measures.put(CENTRE_CELL_FRACTION, (double) score.centreCellTrials() / score.trials());
        return Collections.unmodifiableMap(measures);
    }

    /** The mean distance, in cells of the 11 × 11 field, between the network's answers and the large boxes' centres. */
    public double meanDistanceError(Network network) {
        return score(network).meanDistanceError();
    }

    private BoxesScore score(Network network, double[] input, double[] output) {
        if (network.inputCount() != field.units() || network.outputCount() != field.units()) {
            throw new IllegalArgumentException("boxes at resolution " + resolution() + " needs " + field.units()
                    + " inputs and outputs; the network has " + network.inputCount() + " and "
                    + network.outputCount());
        }
        double credit = 0;
        double distance = 0;
        int exact = 0;
        int centreCell = 0;
        for (int t = 0; t < trials.size(); t++) {
            BoxTrial trial = trials.get(t);
            field.draw(trial, input);
            network.reset();
            network.activate(input, output);
            int answer = answer(output);
            double squared = field.squaredDistance(answer, trial);
            credit += Math.max(0.0, TRIAL_CREDIT - squared);
            distance += Math.sqrt(squared);
            if (squared == 0) {
                exact++;
            }
            if (field.inCentreCell(answer, trial)) {
                centreCell++;
            }
        }
        return new BoxesScore(BASE_FITNESS + credit, distance / trials.size(), exact, centreCell, trials.size());
    }

    /**
     * The most active unit of a square field (row-major): when several share the highest value (saturated
     * outputs often do), the one of them nearest their centroid, the first in unit order among equally
     * near ones; NaN never chosen, unit 0 if every output is NaN.
     */
    static int answer(double[] output) {
        int first = 0;
        double highest = Double.NEGATIVE_INFINITY;
        int tied = 0;
        for (int k = 0; k < output.length; k++) {
            if (output[k] > highest) {
                highest = output[k];
                first = k;
                tied = 1;
            } else if (output[k] == highest) {
                tied++;
            }
        }
        if (tied <= 1) {
            return first;
        }
        int side = (int) Math.round(Math.sqrt(output.length));
        double rows = 0.0;
        double columns = 0.0;
        for (int k = first; k < output.length; k++) {
            if (output[k] == highest) {
                rows += k / side;
                columns += k % side;
            }
        }
        double row = rows / tied;
        double column = columns / tied;
        int best = first;
        double nearest = Double.POSITIVE_INFINITY;
        for (int k = first; k < output.length; k++) {
            if (output[k] == highest) {
                double dr = k / side - row;
                double dc = k % side - column;
                double d = dr * dr + dc * dc;
                if (d < nearest) {
                    nearest = d;
                    best = k;
                }
            }
        }
        return best;
    }
}
