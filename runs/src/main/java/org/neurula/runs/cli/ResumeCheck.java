package org.neurula.runs.cli;

import java.util.ArrayList;
import java.util.List;
import org.neurula.fitness.Task;
import org.neurula.neat.engine.EngineState;
import org.neurula.neat.genome.Genome;
import org.neurula.runs.GenomeEncoding;
import org.neurula.runs.config.RunConfig;

/**
 * Whether a saved population can continue under a config: the same task, with the genomes' input and
 * output counts, and the saved population size. A resume that fails these is refused before
 * anything is written, with what differs and what to do.
 */
final class ResumeCheck {

    private ResumeCheck() {
    }

    /** Why a resume cannot switch from task {@code before} to {@code after}, and what to do instead. */
    static String otherTask(String before, String after) {
        return "the run evolved task '" + before + "' and a resume continues the same task, not '" + after
                + "'; start a new run for it with: neurula run CONFIG --set task.type=" + after;
    }

    /**
     * What keeps {@code state} (saved under {@code saved}) from continuing under {@code resolved}, one
     * message per problem; empty when it can continue.
     */
    static List<String> problems(RunConfig saved, RunConfig resolved, EngineState state) {
        List<String> problems = new ArrayList<>();
        String before = saved.task().type();
        String after = resolved.task().type();
        if (!before.equals(after)) {
            problems.add(otherTask(before, after));
            return problems;
        }
        if (saved.encoding().type() != resolved.encoding().type()) {
            problems.add("the run's genomes are " + saved.encoding().type().id() + "-encoded and a resume keeps the "
                    + "encoding, not " + resolved.encoding().type().id() + "; drop the encoding override, or start a "
                    + "new run");
            return problems;
        }
        Task task = resolved.task().create();
        if (resolved.encoding().indirect()) {
            GenomeEncoding encoding;
            try {
                encoding = GenomeEncoding.of(resolved, task);
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
                return problems;
            }
            if (!state.population().isEmpty()) {
                Genome genome = state.population().getFirst().genome();
                if (genome.inputCount() != encoding.inputs() || genome.outputCount() != encoding.outputs()) {
                    problems.add("the saved CPPNs have " + genome.inputCount() + " inputs and " + genome.outputCount()
                            + " outputs but the encoding's settings now need " + encoding.inputs() + " and "
                            + encoding.outputs() + "; a resume cannot change the CPPN's inputs or outputs (deltas, "
                            + "distance, biasOutput, linkExpression, adaptive): drop those overrides, or start a new run");
                }
            }
        } else if (!state.population().isEmpty()) {
            Genome genome = state.population().getFirst().genome();
            if (genome.inputCount() != task.inputs() || genome.outputCount() != task.outputs()) {
                problems.add("the saved genomes have " + genome.inputCount() + " inputs and " + genome.outputCount()
                        + " outputs but the task now has " + task.inputs() + " and " + task.outputs()
                        + "; a resume cannot change the task's inputs or outputs: drop the task override, "
                        + "or start a new run");
            }
        }
        int size = resolved.parameters().reproduction().populationSize();
        if (state.population().size() != size) {
            problems.add("the saved population has " + state.population().size()
                    + " members but reproduction.populationSize is " + size
                    + "; a resume keeps the population size: drop that override, or start a new run");
        }
        return problems;
    }
}
