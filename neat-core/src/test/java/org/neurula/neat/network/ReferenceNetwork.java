package org.neurula.neat.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neurula.neat.genome.ConnectionGenes;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.genome.NodeGenes;
import org.neurula.neat.genome.NodeKind;

/**
 * A deliberately naive evaluator of a genome, straight from the definitions, to compare compiled
 * networks against. Maps keyed by node id; a node computes {@code activation(bias + Σ w·value)} over
 * its enabled incoming connections; the bias node is 1.0 and input {@code k} is the k-th input node by
 * id. Feed-forward: plain recursion. Recurrent: {@code cycles} synchronous steps per call over all
 * non-input nodes, state kept between calls until {@link #reset()}. Not a test itself.
 */
final class ReferenceNetwork {

    private record Link(int source, double weight) {
    }

    private final Genome genome;
    private final int cycles;
    private final List<Integer> inputs = new ArrayList<>();
    private final List<Integer> outputs = new ArrayList<>();
    private final Map<Integer, List<Link>> incoming = new HashMap<>();
    private Map<Integer, Double> state = new HashMap<>();

    ReferenceNetwork(Genome genome, int cycles) {
        this.genome = genome;
        this.cycles = cycles;
        NodeGenes n = genome.nodes();
        for (int i = 0; i < n.size(); i++) {
            if (n.kind(i) == NodeKind.INPUT) {
                inputs.add(n.id(i));
            } else if (n.kind(i) == NodeKind.OUTPUT) {
                outputs.add(n.id(i));
            }
            incoming.put(n.id(i), new ArrayList<>());
        }
        ConnectionGenes c = genome.connections();
        for (int i = 0; i < c.size(); i++) {
            if (c.enabled(i)) {
                incoming.get(c.target(i)).add(new Link(c.source(i), c.weight(i)));
            }
        }
        reset();
    }

    private NodeKind kind(int id) {
        return genome.nodes().kind(genome.nodes().indexOf(id));
    }

    private double compute(int id, Map<Integer, Double> values) {
        NodeGenes n = genome.nodes();
        int index = n.indexOf(id);
        double sum = n.bias(index);
        for (Link link : incoming.get(id)) {
            sum += link.weight() * values.get(link.source());
        }
        return n.activation(index).apply(sum);
    }

    /** Feed-forward evaluation by recursion with memoisation. */
    double[] activateFeedForward(double[] in) {
        Map<Integer, Double> memo = new HashMap<>();
        for (int k = 0; k < inputs.size(); k++) {
            memo.put(inputs.get(k), in[k]);
        }
        double[] out = new double[outputs.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = value(outputs.get(k), memo, 0);
        }
        return out;
    }

    private double value(int id, Map<Integer, Double> memo, int depth) {
        if (depth > genome.nodes().size()) {
            throw new IllegalStateException("cycle through node " + id);
        }
        Double known = memo.get(id);
        if (known != null) {
            return known;
        }
        double v;
        if (kind(id) == NodeKind.BIAS) {
            v = 1.0;
        } else {
            NodeGenes n = genome.nodes();
            int index = n.indexOf(id);
            double sum = n.bias(index);
            for (Link link : incoming.get(id)) {
                sum += link.weight() * value(link.source(), memo, depth + 1);
            }
            v = n.activation(index).apply(sum);
        }
        memo.put(id, v);
        return v;
    }

    /** Recurrent evaluation: {@code cycles} synchronous steps from the state the last call left. */
    double[] activateRecurrent(double[] in) {
        for (int k = 0; k < inputs.size(); k++) {
            state.put(inputs.get(k), in[k]);
        }
        for (int step = 0; step < cycles; step++) {
            Map<Integer, Double> next = new HashMap<>(state);
            for (int id : incoming.keySet()) {
                if (!kind(id).isSource()) {
                    next.put(id, compute(id, state));
                }
            }
            state = next;
        }
        double[] out = new double[outputs.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = state.get(outputs.get(k));
        }
        return out;
    }

    /** All nodes back to 0, the bias to 1. */
    void reset() {
        state = new HashMap<>();
        for (int id : incoming.keySet()) {
            state.put(id, kind(id) == NodeKind.BIAS ? 1.0 : 0.0);
        }
    }
}
