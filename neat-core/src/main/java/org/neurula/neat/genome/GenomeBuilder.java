package org.neurula.neat.genome;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.collections.impl.list.mutable.primitive.DoubleArrayList;
import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;
import org.neurula.neat.activation.ActivationFunction;
import org.neurula.neat.plasticity.PlasticityGenes;

/**
 * Collects node and connection genes in any order and builds an immutable {@link Genome} with both
 * sorted. Used by the variation operators, decoders and file readers; not thread-safe.
 */
public final class GenomeBuilder {

    private final IntArrayList nodeIds;
    private final List<NodeKind> nodeKinds = new ArrayList<>();
    private final List<ActivationFunction> nodeActivations = new ArrayList<>();
    private final DoubleArrayList nodeBiases;

    private final IntArrayList innovations;
    private final IntArrayList sources;
    private final IntArrayList targets;
    private final DoubleArrayList weights;
    /** Grown by hand: Eclipse Collections' boolean list is a bit set, slow to fill and to copy out. */
    private boolean[] enabled;
    private final DoubleArrayList parameters = new DoubleArrayList();
    private int withParameters;
    private int withoutParameters;
    private PlasticityGenes plasticity;
    private PruningGenes pruning;

    /** An empty builder. */
    public GenomeBuilder() {
        this(8, 16);
    }

    /** An empty builder sized for about {@code nodes} node genes and {@code connections} connection genes. */
    public GenomeBuilder(int nodes, int connections) {
        nodeIds = new IntArrayList(nodes);
        nodeBiases = new DoubleArrayList(nodes);
        innovations = new IntArrayList(connections);
        sources = new IntArrayList(connections);
        targets = new IntArrayList(connections);
        weights = new DoubleArrayList(connections);
        enabled = new boolean[Math.max(4, connections)];
    }

    /** Sets the genome's own pruning genes (null, the default: prune as the run's config says). */
    public GenomeBuilder pruning(PruningGenes genes) {
        this.pruning = genes;
        return this;
    }

    /**
     * Takes {@code genome}'s network-wide genes (plasticity and pruning), as an operator that rebuilds a
     * genome's nodes and connections keeps them.
     */
    public GenomeBuilder sharedGenesOf(Genome genome) {
        this.plasticity = genome.plasticity();
        this.pruning = genome.pruning();
        return this;
    }

    /** Sets the network-wide plasticity genes (null, the default, for a static genome). */
    public GenomeBuilder plasticity(PlasticityGenes genes) {
        this.plasticity = genes;
        return this;
    }

    /** Adds a node gene. */
    public GenomeBuilder node(int id, NodeKind kind, ActivationFunction activation, double bias) {
        nodeIds.add(id);
        nodeKinds.add(kind);
        nodeActivations.add(activation);
        nodeBiases.add(bias);
        return this;
    }

    /** Copies node {@code index} of {@code genes}. */
    public GenomeBuilder node(NodeGenes genes, int index) {
        return node(genes.id(index), genes.kind(index), genes.activation(index), genes.bias(index));
    }

    /** Adds a connection gene without plasticity parameters. */
    public GenomeBuilder connection(int innovation, int source, int target, double weight, boolean isEnabled) {
        return connection(innovation, source, target, weight, isEnabled, null);
    }

    /**
     * Adds a connection gene.
     *
     * @param plasticityParameters η, A, B, C, D of the gene, or null if the genome evolves none per
     *                             connection; either all connections of a genome have them or none
     */
    public GenomeBuilder connection(int innovation, int source, int target, double weight, boolean isEnabled,
            double[] plasticityParameters) {
        innovations.add(innovation);
        sources.add(source);
        targets.add(target);
        weights.add(weight);
        addEnabled(isEnabled);
        if (plasticityParameters == null) {
            withoutParameters++;
        } else {
            if (plasticityParameters.length != PlasticityGenes.PARAMETERS) {
                throw new IllegalArgumentException("a connection has " + PlasticityGenes.PARAMETERS
                        + " plasticity parameters (eta, A, B, C, D), got " + plasticityParameters.length);
            }
            parameters.addAll(plasticityParameters);
            withParameters++;
        }
        return this;
    }

    /** Copies connection {@code index} of {@code genes} with its plasticity parameters, with the given enabled flag. */
    public GenomeBuilder connection(ConnectionGenes genes, int index, boolean isEnabled) {
        if (!genes.hasPlasticity()) {
            return connection(genes.innovation(index), genes.source(index), genes.target(index), genes.weight(index),
                    isEnabled, null);
        }
        innovations.add(genes.innovation(index));
        sources.add(genes.source(index));
        targets.add(genes.target(index));
        weights.add(genes.weight(index));
        addEnabled(isEnabled);
        for (int k = 0; k < PlasticityGenes.PARAMETERS; k++) {
            parameters.add(genes.plasticity(index, k));
        }
        withParameters++;
        return this;
    }

    /** Whether a node with that id was added. */
    public boolean hasNode(int id) {
        return nodeIds.contains(id);
    }

    /** Number of connection genes added so far. */
    public int connectionCount() {
        return innovations.size();
    }

    /** Source node id of the {@code i}-th added connection. */
    public int source(int i) {
        return sources.get(i);
    }

    /** Target node id of the {@code i}-th added connection. */
    public int target(int i) {
        return targets.get(i);
    }

    /**
     * Builds the genome, sorting nodes by id and connections by innovation.
     *
     * @throws IllegalArgumentException if ids or innovations repeat, a connection names a missing node,
     *                                  or only some connections carry plasticity parameters
     */
    public Genome build() {
        if (withParameters != 0 && withoutParameters != 0) {
            throw new IllegalArgumentException(withParameters + " of " + innovations.size()
                    + " connections carry plasticity parameters; either all or none must");
        }
        NodeGenes nodes = NodeGenes.adopt(nodeIds.toArray(), nodeKinds.toArray(NodeKind[]::new),
                nodeActivations.toArray(ActivationFunction[]::new), nodeBiases.toArray());
        ConnectionGenes connections = isIncreasing(innovations)
                // the usual case (operators copy genes in innovation order): plain copies
                ? new ConnectionGenes(innovations.toArray(), sources.toArray(), targets.toArray(), weights.toArray(),
                        java.util.Arrays.copyOf(enabled, innovations.size()),
                        withParameters == 0 ? null : parameters.toArray())
                : sortedConnections().validated();
        int missing = nodes.firstMissing(connections.sourceArray(), connections.targetArray());
        if (missing >= 0) {
            throw new IllegalArgumentException("connection " + connections.innovation(missing) + " ("
                    + connections.source(missing) + " -> " + connections.target(missing)
                    + ") names a node the genome lacks");
        }
        return new Genome(nodes, connections, plasticity, pruning);
    }

    private ConnectionGenes sortedConnections() {
        int p = PlasticityGenes.PARAMETERS;
        double[] plastic = withParameters == 0 ? null : new double[innovations.size() * p];
        int n = innovations.size();
        int[] order = sortedOrder(innovations);
        int[] inn = new int[n];
        int[] src = new int[n];
        int[] tgt = new int[n];
        double[] w = new double[n];
        boolean[] en = new boolean[n];
        for (int i = 0; i < n; i++) {
            int k = order[i];
            inn[i] = innovations.get(k);
            src[i] = sources.get(k);
            tgt[i] = targets.get(k);
            w[i] = weights.get(k);
            en[i] = enabled[k];
            if (plastic != null) {
                for (int j = 0; j < p; j++) {
                    plastic[i * p + j] = parameters.get(k * p + j);
                }
            }
        }
        return new ConnectionGenes(inn, src, tgt, w, en, plastic);
    }

    private void addEnabled(boolean isEnabled) {
        int n = innovations.size() - 1;
        if (n >= enabled.length) {
            enabled = java.util.Arrays.copyOf(enabled, enabled.length * 2);
        }
        enabled[n] = isEnabled;
    }

    private static boolean isIncreasing(IntArrayList keys) {
        for (int i = 1; i < keys.size(); i++) {
            if (keys.get(i) <= keys.get(i - 1)) {
                return false;
            }
        }
        return true;
    }

    private static int[] sortedOrder(IntArrayList keys) {
        int n = keys.size();
        long[] packed = new long[n];
        for (int i = 0; i < n; i++) {
            packed[i] = ((long) keys.get(i) << 32) | i;
        }
        java.util.Arrays.sort(packed);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = (int) packed[i];
        }
        return order;
    }
}
