package org.neurula.runs.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neurula.fitness.Task;
import org.neurula.neat.engine.Member;
import org.neurula.neat.genome.PruningGenes;
import org.neurula.neat.network.DecodeResult;
import org.neurula.neat.network.Network;
import org.neurula.runs.ChampionActivity;
import org.neurula.runs.ChampionValidation;
import org.neurula.runs.ConfigNetworks;
import org.neurula.runs.GenomeEncoding;
import org.neurula.runs.config.RunConfig;

/**
 * A setting a benchmark scores each run's champion in, without re-evolving it: the config the run
 * evolved under ({@value #EVOLVED}), or that config with one override, such as
 * {@code --rescore task.resolution=33}. The champion's genome is decoded again under the setting's
 * config (a CPPN regrows its substrate for the overridden task's geometry) and scored by the setting's
 * task: its fitness (one evaluation for a deterministic task; the mean of
 * {@link ChampionValidation#TRIALS} fresh trials, keyed as the champion validation's, for a stochastic
 * one), the task's {@link Task#measures measures} and the network's {@linkplain ChampionActivity activity}
 * over one lifetime ({@code activity.dormantRatio}, {@code activity.sparsity}, {@code activity.weightDrift},
 * {@code activity.prunedShare}).
 *
 * <pre>{@code
 * ScoringSetting at33 = new ScoringSetting("task.resolution=33", configWithResolution33);
 * SettingScore score = at33.score(result.champion(), result.seed());
 * }</pre>
 *
 * @param name   {@value #EVOLVED}, or the override as given ({@code key=value})
 * @param config the config the champion is decoded and scored under
 */
public record ScoringSetting(String name, RunConfig config) {

    /** The name of the setting a champion evolved in. */
    public static final String EVOLVED = "evolved";

    /**
     * The sections whose keys can change how a champion is decoded and scored; the others (run,
     * mutation, crossover, speciation, reproduction, complexity, fixedTopology) only shape evolution.
     */
    public static final List<String> SCORING_SECTIONS = List.of("task", "encoding", "network", "plasticity",
            "genome");

    /** The setting the run evolved in. */
    public static ScoringSetting evolved(RunConfig config) {
        return new ScoringSetting(EVOLVED, config);
    }

    /**
     * Why genomes evolved under {@code evolved} cannot be decoded under this setting, if they cannot:
     * its encoding does not fit its task, or it needs genomes of another shape (a direct encoding whose
     * task has other inputs or outputs, or CPPN settings with other CPPN inputs or outputs).
     */
    public Optional<String> misfit(RunConfig evolved) {
        GenomeEncoding genomes = GenomeEncoding.of(evolved, evolved.task().create());
        GenomeEncoding here;
        try {
            here = GenomeEncoding.of(config, config.task().create());
        } catch (IllegalArgumentException e) {
            return Optional.of("the encoding does not fit the task: " + e.getMessage());
        }
        if (here.inputs() != genomes.inputs() || here.outputs() != genomes.outputs()) {
            return Optional.of("the evolved genomes are " + shape(genomes) + ", and this setting decodes "
                    + shape(here) + "; a rescore may change what a genome grows into and is scored on, not the "
                    + "genome's own inputs and outputs");
        }
        return Optional.empty();
    }

    private static String shape(GenomeEncoding encoding) {
        return (encoding.indirect() ? "CPPNs" : "networks") + " with " + count(encoding.inputs(), "input") + " and "
                + count(encoding.outputs(), "output");
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    /**
     * Decodes {@code champion} of the run with {@code seed} under this setting and scores it; a genome
     * the setting's decoder rejects gets the task's null fitness and no measures.
     */
    public SettingScore score(Member champion, long seed) {
        Task task = config.task().create();
        ConfigNetworks networks = ConfigNetworks.of(config, task);
        DecodeResult decoded = networks.decoder().decode(champion.genome());
        if (decoded instanceof DecodeResult.Rejected(var reason)) {
            return SettingScore.rejected(name, task.nullFitness(), reason);
        }
        Network network = networks.compiler().compile(((DecodeResult.Decoded) decoded).blueprint(), champion.genome());
        int trials = task.deterministic() ? 1 : ChampionValidation.TRIALS;
        double fitness = ChampionValidation.of(task, network, seed, champion.id(), trials).mean();
        network.reset();
        Map<String, Double> measures = new LinkedHashMap<>(task.measures(network));
        ChampionActivity.of(task, config, champion, seed).ifPresent(a -> measures.putAll(ChampionActivity.measures(a)));
        PruningGenes genes = champion.genome().pruning();
        if (genes != null) {
            measures.put("pruning.criticalPeriod", (double) genes.criticalPeriod());
            measures.put("pruning.fraction", genes.fraction());
        }
        return new SettingScore(name, true, fitness, measures, "");
    }
}
