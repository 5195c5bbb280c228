package org.neurula.neat.variation;

import java.util.random.RandomGenerator;
import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;
import org.eclipse.collections.impl.set.mutable.primitive.IntHashSet;
import org.neurula.neat.config.CrossoverParameters;
import org.neurula.neat.genome.ConnectionGenes;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.genome.GenomeBuilder;
import org.neurula.neat.genome.NodeGenes;
import org.neurula.neat.genome.PruningGenes;
import org.neurula.neat.plasticity.PlasticityGenes;

/**
 * NEAT crossover (Stanley &amp; Miikkulainen 2002, section 3.2): genes are lined up by innovation
 * number; matching genes come from either parent at random; disjoint and excess genes come from the
 * fitter parent, or, when both are equally fit, from both (or from one chosen at random, by
 * config). A gene disabled in either parent is disabled in the child with probability
 * {@code disableRate} (0.75) and otherwise enabled, as the paper says, or, with
 * {@code disabledGenes: RELEASE}, given the flag of the parent gene picked, as the NEAT C++ release
 * does. With probability {@code averageWeights} a mating gives every matching gene the mean of the
 * parents' weights (the NEAT C++ release's mate_multipoint_avg, used in 40 % of matings by Stanley
 * &amp; Miikkulainen 2004 (JAIR)); its disabled genes follow the paper's rule. Plasticity parameters
 * travel with their connection genes (they are not averaged); the network-wide plasticity genes
 * (rule, shared parameters) and pruning genes (critical period, fraction) come from either parent at
 * random.
 *
 * <p>In a feed-forward run, a gene taken from the less fit of two equally fit parents that would
 * close a cycle with the genes already inherited is left out, so every child stays acyclic.
 */
public final class Crossover {

    private static boolean otherFirst(CrossoverParameters.EqualFitnessDisjoint rule, Genome fitter, Genome other,
            RandomGenerator random) {
        int a = fitter.connections().size();
        int b = other.connections().size();
        return switch (rule) {
            case BOTH -> false;
            case RANDOM -> random.nextBoolean();
            case SMALLER -> b < a || (b == a && random.nextBoolean());
        };
    }

    /**
     * Mates two genomes.
     *
     * @param fitter       the fitter parent (either, when {@code equalFitness})
     * @param other        the other parent
     * @param equalFitness whether both parents are equally fit
     */
    public Genome mate(Genome fitter, Genome other, boolean equalFitness, VariationContext context) {
        CrossoverParameters p = context.parameters().crossover();
        RandomGenerator random = context.random();
        boolean fromBoth = equalFitness && p.equalFitnessDisjoint() == CrossoverParameters.EqualFitnessDisjoint.BOTH;
        if (equalFitness && otherFirst(p.equalFitnessDisjoint(), fitter, other, random)) {
            Genome first = other;
            other = fitter;
            fitter = first;
        }
        ConnectionGenes a = fitter.connections();
        ConnectionGenes b = other.connections();
        boolean whole = !fromBoth && a.hasPlasticity() == b.hasPlasticity();
        GenomeBuilder builder = new GenomeBuilder(fitter.nodes().size() + 2, whole ? 0 : a.size() + b.size());
        IntArrayList fromOther = new IntArrayList();
        // no draw when averaging is off, so runs without it keep their random sequence
        boolean average = p.averageWeights() > 0 && random.nextDouble() < p.averageWeights();
        boolean keepPickedFlag = !average && p.disabledGenes() == CrossoverParameters.DisabledGenes.RELEASE;
        ConnectionGenes inherited = null;
        if (whole) {
            inherited = fitterStructure(a, b, average, keepPickedFlag, p.disableRate(), random);
        } else {
            merge(a, b, fromBoth, average, keepPickedFlag, p.disableRate(), random, builder, fromOther);
        }
        NodeGenes nodesA = fitter.nodes();
        NodeGenes nodesB = other.nodes();
        boolean recurrent = context.parameters().genome().recurrent();
        // the fitter parent's genes are the child's so far (matching genes join the same two nodes)
        AcyclicGraph graph = recurrent || fromOther.isEmpty() ? null : AcyclicGraph.of(a);
        IntArrayList extraNodes = new IntArrayList();
        IntHashSet extraSeen = fromOther.isEmpty() ? null : new IntHashSet();
        for (int k = 0; k < fromOther.size(); k++) {
            int g = fromOther.get(k);
            int s = b.source(g);
            int t = b.target(g);
            if (graph != null && !graph.addIfAcyclic(s, t)) {
                continue;
            }
            builder.connection(b, g, b.enabled(g));
            if (!nodesA.contains(s) && extraSeen.add(s)) {
                extraNodes.add(s);
            }
            if (!nodesA.contains(t) && extraSeen.add(t)) {
                extraNodes.add(t);
            }
        }
        // both node lists are sorted by id: one merge finds each of the fitter parent's nodes in the other
        int nb = 0;
        for (int n = 0; n < nodesA.size(); n++) {
            int id = nodesA.id(n);
            while (nb < nodesB.size() && nodesB.id(nb) < id) {
                nb++;
            }
            boolean inB = nb < nodesB.size() && nodesB.id(nb) == id;
            if (inB && random.nextBoolean()) {
                builder.node(nodesB, nb);
            } else {
                builder.node(nodesA, n);
            }
        }
        for (int k = 0; k < extraNodes.size(); k++) {
            builder.node(nodesB, nodesB.indexOf(extraNodes.get(k)));
        }
        PlasticityGenes pa = fitter.plasticity();
        PlasticityGenes pb = other.plasticity();
        builder.plasticity(pa == null ? pb : pb == null || random.nextBoolean() ? pa : pb);
        PruningGenes ra = fitter.pruning();
        PruningGenes rb = other.pruning();
        // a draw only when both parents carry pruning genes, so runs that do not evolve them are unchanged
        builder.pruning(ra == null ? rb : rb == null || random.nextBoolean() ? ra : rb);
        // genes inherited whole from the fitter parent name only its nodes, which the child has
        return inherited == null ? builder.build() : builder.build().withConnections(inherited);
    }

    /**
     * The child's genes when they are exactly the fitter parent's (one parent's disjoint and excess
     * genes only): its innovation, source and target arrays are shared, and only the values of the
     * matching genes are drawn, in innovation order, as the gene-by-gene merge draws them.
     */
    private static ConnectionGenes fitterStructure(ConnectionGenes a, ConnectionGenes b, boolean average,
            boolean keepPickedFlag, double disableRate, RandomGenerator random) {
        int na = a.size();
        int nb = b.size();
        int parameters = PlasticityGenes.PARAMETERS;
        double[] weights = new double[na];
        boolean[] enabledFlags = new boolean[na];
        double[] plasticity = a.hasPlasticity() ? a.plasticity() : null;
        int j = 0;
        for (int i = 0; i < na; i++) {
            int innovation = a.innovation(i);
            while (j < nb && b.innovation(j) < innovation) {
                j++;
            }
            if (j < nb && b.innovation(j) == innovation) {
                boolean takeOther = random.nextBoolean();
                boolean disabledSomewhere = !a.enabled(i) || !b.enabled(j);
                boolean enabled = !disabledSomewhere || random.nextDouble() >= disableRate;
                if (enabled && disabledSomewhere && keepPickedFlag) {
                    enabled = takeOther ? b.enabled(j) : a.enabled(i);
                }
                weights[i] = average ? (a.weight(i) + b.weight(j)) / 2 : takeOther ? b.weight(j) : a.weight(i);
                enabledFlags[i] = enabled;
                if (plasticity != null && takeOther) {
                    for (int k = 0; k < parameters; k++) {
                        plasticity[i * parameters + k] = b.plasticity(j, k);
                    }
                }
                j++;
            } else {
                weights[i] = a.weight(i);
                enabledFlags[i] = a.enabled(i);
            }
        }
        return a.withValues(weights, enabledFlags, plasticity);
    }

    /**
     * The gene-by-gene merge into {@code builder}; the other parent's disjoint and excess genes go to
     * {@code fromOther} when both parents give theirs.
     */
    private static void merge(ConnectionGenes a, ConnectionGenes b, boolean fromBoth, boolean average,
            boolean keepPickedFlag, double disableRate, RandomGenerator random, GenomeBuilder builder,
            IntArrayList fromOther) {
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.innovation(i) == b.innovation(j)) {
                boolean takeOther = random.nextBoolean();
                boolean disabledSomewhere = !a.enabled(i) || !b.enabled(j);
                boolean enabled = !disabledSomewhere || random.nextDouble() >= disableRate;
                ConnectionGenes picked = takeOther ? b : a;
                int k = takeOther ? j : i;
                if (enabled && disabledSomewhere && keepPickedFlag) {
                    enabled = picked.enabled(k);
                }
                if (average) {
                    builder.connection(picked.innovation(k), picked.source(k), picked.target(k),
                            (a.weight(i) + b.weight(j)) / 2, enabled, picked.plasticityOf(k));
                } else {
                    builder.connection(picked, k, enabled);
                }
                i++;
                j++;
            } else if (j >= b.size() || (i < a.size() && a.innovation(i) < b.innovation(j))) {
                builder.connection(a, i, a.enabled(i));
                i++;
            } else {
                if (fromBoth) {
                    fromOther.add(j);
                }
                j++;
            }
        }
    }
}
