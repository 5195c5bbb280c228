package org.neurula.runs;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.neurula.fitness.Task;
import org.neurula.neat.engine.EvaluationContext;
import org.neurula.neat.engine.Member;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.genome.NodeKind;
import org.neurula.neat.network.ActivityRecorder;
import org.neurula.neat.network.DecodeResult;
import org.neurula.neat.network.NetworkActivity;
import org.neurula.neat.network.NetworkBlueprint;
import org.neurula.neat.random.Purpose;
import org.neurula.neat.random.RandomSource;
import org.neurula.runs.config.RunConfig;

/**
 * How active a finished run's champion is over one lifetime on its task ({@link ActivityRecorder}):
 * its hidden and output nodes' dormant ratio and sparsity, for a plastic network how far its weights
 * move, and for a pruning network what share of its synapses it removes. The lifetime is the first of
 * the champion's validation trials (same generator), so it is the same for a seed however many threads
 * ran.
 */
public final class ChampionActivity {

    /** The dormancy threshold τ. */
    public static final double DORMANT_THRESHOLD = 0.025;

    private ChampionActivity() {
    }

    /**
     * The champion's activity, or empty when its network cannot be measured here (the genome does not
     * decode under the config, or the run evolved a developmental program's vector).
     */
    public static Optional<NetworkActivity> of(Task task, RunConfig config, Member champion) {
        return of(task, config, champion, config.run().seed());
    }

    /** The activity of {@code champion} of the run with {@code seed}, scored under {@code config}. */
    public static Optional<NetworkActivity> of(Task task, RunConfig config, Member champion, long seed) {
        return record(task, config, champion.genome(), champion.id(), seed).map(ActivityRecorder::activity);
    }

    /**
     * The recorder of one lifetime of {@code genome} (member {@code id} of the run with {@code seed}):
     * the lifetime of its first validation trial, under {@code config}. Empty when the network cannot be
     * measured here (see {@link #of(Task, RunConfig, Member)}) or the task fails on it.
     */
    public static Optional<ActivityRecorder> record(Task task, RunConfig config, Genome genome, long id, long seed) {
        if (config.run().algorithm().equals("ndp")) {
            return Optional.empty();
        }
        ConfigNetworks networks = ConfigNetworks.of(config, task);
        if (!(networks.decoder().decode(genome) instanceof DecodeResult.Decoded(NetworkBlueprint b))) {
            return Optional.empty();
        }
        boolean[] measure = new boolean[b.nodeIds().length];
        for (int i = 0; i < measure.length; i++) {
            NodeKind kind = b.kinds()[i];
            measure[i] = kind != NodeKind.INPUT && kind != NodeKind.BIAS;
        }
        ActivityRecorder recorder = new ActivityRecorder(networks.compiler().compile(b, genome), measure, DORMANT_THRESHOLD);
        RandomSource source = new RandomSource(seed);
        recorder.reset();
        try {
            task.newEvaluator().evaluate(recorder, new EvaluationContext(
                    source.generator(0, id, Purpose.VALIDATION), 0, id, 0));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        return Optional.of(recorder);
    }

    /** The activity's measures as a bench setting reports them, each named {@code activity.<field>}. */
    public static Map<String, Double> measures(NetworkActivity activity) {
        Map<String, Double> measures = new LinkedHashMap<>();
        measures.put("activity.connections", (double) activity.connections());
        measures.put("activity.dormantRatio", activity.dormantRatio());
        measures.put("activity.sparsity", activity.sparsity());
        measures.put("activity.weightDrift", activity.weightDrift());
        measures.put("activity.prunedShare", activity.prunedShare());
        return measures;
    }

    /** The JSON of {@code activity}: the measures {@link #measuresJson} writes, its size and the thresholds. */
    public static ObjectNode toJson(NetworkActivity activity) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("nodes", activity.nodes());
        node.put("lifetimes", activity.lifetimes());
        node.put("activations", activity.activations());
        node.setAll(measuresJson(activity));
        node.put("dormantThreshold", DORMANT_THRESHOLD);
        node.put("nearZero", ActivityRecorder.NEAR_ZERO);
        return node;
    }

    /** The measures of {@code activity} as each metrics.jsonl line holds them: connections and the four shares. */
    public static ObjectNode measuresJson(NetworkActivity activity) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("connections", activity.connections());
        node.put("dormantRatio", activity.dormantRatio());
        node.put("sparsity", activity.sparsity());
        node.put("weightDrift", activity.weightDrift());
        node.put("prunedShare", activity.prunedShare());
        return node;
    }
}
