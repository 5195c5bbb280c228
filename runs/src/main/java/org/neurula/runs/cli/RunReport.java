package org.neurula.runs.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.neurula.fitness.ReferenceScore;
import org.neurula.neat.config.PruningParameters;
import org.neurula.neat.engine.EngineListener;
import org.neurula.neat.engine.Generation;
import org.neurula.neat.genome.PruningGenes;
import org.neurula.neat.network.NetworkActivity;
import org.neurula.runs.ChampionActivity;
import org.neurula.runs.RunResult;
import org.neurula.runs.bench.Benchmark;
import org.neurula.runs.config.RunConfig;
import org.neurula.runs.output.Json;

/** What {@code run} and {@code resume} print while a run goes and write when it ends. */
final class RunReport {

    private RunReport() {
    }

    /**
     * Progress while the run goes: on a terminal one line redrawn in place (a bar toward the generation
     * cap, best fitness, species, evaluations per second); otherwise one plain line per generation.
     */
    static EngineListener progress(PrintWriter out, int generationCap) {
        java.io.Console console = System.console();
        boolean terminal = console != null && console.isTerminal();
        return new EngineListener() {
            @Override
            public void onGenerationEnd(Generation g) {
                if (terminal) {
                    int width = 24;
                    int filled = (int) Math.min(width, (g.number() + 1) * width / Math.max(1, generationCap));
                    double seconds = g.timing().evaluationSeconds();
                    out.printf("\r[%s%s] generation %d/%d  best %.4f  %d species  %,.0f evaluations/s%s   ",
                            "#".repeat(filled), ".".repeat(width - filled), g.number() + 1, generationCap,
                            g.champion().fitness(), g.species().size(),
                            seconds > 0 ? g.generationEvaluations() / seconds : 0.0, g.solved() ? "  solved" : "");
                    if (g.number() + 1 >= generationCap || g.solved()) {
                        out.println();
                    }
                } else {
                    // counted from 1, as the bar counts; metrics.jsonl numbers generations from 0
                    out.printf("generation %d/%d: best %.4f, mean %.4f, %d species, %d evaluations%s%n",
                            g.number() + 1, generationCap, g.champion().fitness(), g.meanFitness(),
                            g.species().size(), g.evaluations(), g.solved() ? ", solved" : "");
                }
                out.flush();
            }
        };
    }

    /** Writes {@code summary.json} into {@code dir} and prints the outcome. */
    static void finish(RunConfig config, RunResult result, Path dir, PrintWriter out) {
        ObjectNode summary = JsonNodeFactory.instance.objectNode();
        summary.put("name", config.run().name());
        summary.put("task", config.task().type());
        summary.put("seed", result.seed());
        summary.put("solved", result.solved());
        summary.put("evaluations", result.evaluations());
        summary.put("generations", result.generations());
        summary.put("bestFitness", result.bestFitness());
        summary.put("championGeneration", result.championGeneration());
        summary.put("hiddenNodes", result.hiddenNodes());
        summary.put("enabledConnections", result.enabledConnections());
        List<ReferenceScore> references = config.task().create().referenceScores();
        if (!references.isEmpty()) {
            summary.set("references", Benchmark.referencesJson(references));
        }
        if (result.validation() != null) {
            summary.set("championValidation", result.validation().toJson());
        }
        if (result.blockedValidation() != null) {
            summary.set("championValidationBlocked", result.blockedValidation().toJson());
        }
        Optional<NetworkActivity> activity = ChampionActivity.of(config.task().create(), config, result.champion());
        activity.ifPresent(a -> summary.set("championActivity", ChampionActivity.toJson(a)));
        PruningGenes pruningGenes = result.champion() == null ? null : result.champion().genome().pruning();
        if (pruningGenes != null) {
            ObjectNode genes = summary.putObject("championPruning");
            genes.put("criticalPeriod", pruningGenes.criticalPeriod());
            genes.put("fraction", pruningGenes.fraction());
        }
        summary.putObject("timing").put("wallSeconds", result.wallSeconds());
        Json.write(dir.resolve("summary.json"), summary);
        out.printf("%s after %d evaluations (%d generations); champion: fitness %.4f, %d hidden nodes, %d connections%n",
                result.solved() ? "solved" : "not solved", result.evaluations(), result.generations(),
                result.bestFitness(), result.hiddenNodes(), result.enabledConnections());
        if (result.validation() != null) {
            out.printf("champion on %d fresh trials: mean %.4f (std %.4f, %.4f to %.4f)%n", result.validation().n(),
                    result.validation().mean(), result.validation().std(), result.validation().min(),
                    result.validation().max());
        }
        if (result.blockedValidation() != null) {
            out.printf("the same with plasticity blocked: mean %.4f (std %.4f)%n", result.blockedValidation().mean(),
                    result.blockedValidation().std());
        }
        for (ReferenceScore ref : references) {
            out.printf("reference %s: %.4f (%s)%n", ref.name(), ref.value(), ref.meaning());
        }
        PruningParameters pruning = config.parameters().network().pruning().forGenes(pruningGenes);
        activity.flatMap(a -> pruningWarning(pruning, a)).ifPresent(out::println);
        out.printf("run directory: %s%n", dir);
        out.flush();
    }

    /**
     * A warning when the run asked for pruning but its champion pruned nothing: the task resets the
     * network (ends a lifetime) before the critical period is over, e.g. once per pattern.
     *
     * @param pruning the pruning the champion's networks do: the run's, with its own genes if it evolved them
     */
    static Optional<String> pruningWarning(PruningParameters pruning, NetworkActivity activity) {
        if (!pruning.enabled() && pruning.evolve()) {
            return Optional.of("warning: network.pruning.evolve is on but network.pruning.enabled is off, so no "
                    + "network pruned and no pruning genes evolved; set network.pruning.enabled: true");
        }
        if (!pruning.enabled() || activity.prunedShare() > 0 || activity.lifetimes() == 0) {
            return Optional.empty();
        }
        double perLifetime = activity.activationsPerLifetime();
        if (perLifetime <= pruning.criticalPeriod()) {
            return Optional.of(String.format(Locale.ROOT, "warning: network.pruning is on, but the champion pruned "
                    + "nothing: its lifetimes last %.1f activations on average and pruning starts after "
                    + "network.pruning.criticalPeriod = %d (the task resets the network that often); lower the "
                    + "critical period below the lifetime, or switch pruning off", perLifetime,
                    pruning.criticalPeriod()));
        }
        return Optional.of("warning: network.pruning is on, but the champion pruned nothing (network.pruning.fraction "
                + "= " + pruning.fraction() + " of " + activity.connections() + " connections rounds to none, or "
                + "every connection lies on a kept path); raise the fraction or switch pruning off");
    }
}
