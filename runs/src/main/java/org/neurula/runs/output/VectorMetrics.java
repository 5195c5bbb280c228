package org.neurula.runs.output;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.neurula.developmental.evolution.VectorGeneration;

/**
 * The {@code metrics.jsonl} line of a run that evolves a fixed-length vector (the fixed-topology baseline,
 * a developmental program): generation, evaluations, best and mean fitness, solved, and the algorithm's
 * name, which tells readers that the NEAT-only fields (species, sizes, timing) are absent.
 */
public final class VectorMetrics {

    private VectorMetrics() {
    }

    /** Appends one generation's line to {@code out} and flushes it, so an interrupted run keeps its lines. */
    public static void append(BufferedWriter out, VectorGeneration g, String algorithm) {
        ObjectNode line = JsonNodeFactory.instance.objectNode();
        line.put("generation", g.generation());
        line.put("evaluations", g.evaluations());
        line.put("bestFitness", g.best().value());
        line.put("meanFitness", g.meanFitness());
        line.put("solved", g.best().solved());
        line.put("algorithm", algorithm);
        try {
            out.write(Json.COMPACT.writeValueAsString(line));
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to metrics.jsonl: " + e.getMessage(), e);
        }
    }
}
