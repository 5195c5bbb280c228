package org.neurula.neat.variation;

import java.util.random.RandomGenerator;
import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;
import org.eclipse.collections.impl.set.mutable.primitive.IntHashSet;
import org.neurula.neat.config.CrossoverParameters;
import org.neurula.neat.genome.ConnectionGenes;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.genome.GenomeBuilder;
import org.neurula.neat.genome.NodeGenes;
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
 * (rule, shared parameters) come from either parent at random.
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
        GenomeBuilder builder = new GenomeBuilder(fitter.nodes().size() + 2, a.size() + b.size());
        IntArrayList fromOther = new IntArrayList();
        // no draw when averaging is off, so runs without it keep their random sequence
        boolean average = p.averageWeights() > 0 && random.nextDouble() < p.averageWeights();
        boolean keepPickedFlag = !average && p.disabledGenes() == CrossoverParameters.DisabledGenes.RELEASE;
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.innovation(i) == b.innovation(j)) {
                boolean takeOther = random.nextBoolean();
                boolean disabledSomewhere = !a.enabled(i) || !b.enabled(j);
                boolean enabled = !disabledSomewhere || random.nextDouble() >= p.disableRate();
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
        for (int n = 0; n < nodesA.size(); n++) {
            int inB = nodesB.indexOf(nodesA.id(n));
            if (inB >= 0 && random.nextBoolean()) {
                builder.node(nodesB, inB);
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
        return builder.build();
    }
}
