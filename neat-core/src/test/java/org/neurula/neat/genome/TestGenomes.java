package org.neurula.neat.genome;

import java.util.random.RandomGenerator;
import org.neurula.neat.activation.Activation;
import org.neurula.neat.activation.ActivationRegistry;
import org.neurula.neat.config.CrossoverParameters;
import org.neurula.neat.config.GenomeParameters;
import org.neurula.neat.config.NeatParameters;
import org.neurula.neat.innovation.InnovationTracker;
import org.neurula.neat.variation.AddConnectionMutation;
import org.neurula.neat.variation.AddNodeMutation;
import org.neurula.neat.variation.BiasMutation;
import org.neurula.neat.variation.ChangeActivationMutation;
import org.neurula.neat.variation.DeleteConnectionMutation;
import org.neurula.neat.variation.DeleteNodeMutation;
import org.neurula.neat.variation.Mutation;
import org.neurula.neat.variation.ReenableMutation;
import org.neurula.neat.variation.ToggleEnableMutation;
import org.neurula.neat.variation.VariationContext;
import org.neurula.neat.variation.WeightMutation;

/**
 * Test fixtures: parameters, contexts, deep copies and random genomes grown from
 * {@link InitialGenomes} by random mutations. Not a test itself.
 */
public final class TestGenomes {

    private TestGenomes() {
    }

    /** The paper's parameters, feed-forward or recurrent. */
    public static NeatParameters parameters(boolean recurrent) {
        NeatParameters d = NeatParameters.defaults();
        GenomeParameters g = d.genome();
        return d.withGenome(new GenomeParameters(g.hiddenActivation(), g.outputActivation(), g.activationChoices(),
                recurrent, g.initialWeightStdDev(), g.weightLimit(), g.initialConnectivity()));
    }

    /** {@code base} with another equal-fitness rule for crossover. */
    public static NeatParameters withEqualFitnessDisjoint(NeatParameters base,
            CrossoverParameters.EqualFitnessDisjoint rule) {
        CrossoverParameters c = base.crossover();
        return new NeatParameters(base.genome(), base.mutation(), new CrossoverParameters(c.mutationOnly(),
                c.interspeciesMating(), c.disableRate(), c.mateOnly(), rule), base.speciation(), base.reproduction(),
                base.network());
    }

    /** Initial genomes as the engine makes them (identity inputs, configured output activation). */
    public static InitialGenomes initial(int inputs, int outputs, NeatParameters p) {
        ActivationRegistry registry = ActivationRegistry.withBuiltIns();
        return new InitialGenomes(inputs, outputs, p.genome(), registry.get(p.genome().outputActivation()),
                Activation.IDENTITY);
    }

    /** A variation context with a fresh built-in activation registry. */
    public static VariationContext context(RandomGenerator random, InnovationTracker tracker, NeatParameters p) {
        return new VariationContext(random, tracker, p, ActivationRegistry.withBuiltIns());
    }

    /** A deep copy sharing no arrays with {@code genome}. */
    public static Genome copy(Genome genome) {
        GenomeBuilder builder = new GenomeBuilder().plasticity(genome.plasticity());
        for (int i = 0; i < genome.nodes().size(); i++) {
            builder.node(genome.nodes(), i);
        }
        ConnectionGenes c = genome.connections();
        for (int i = 0; i < c.size(); i++) {
            builder.connection(c, i, c.enabled(i));
        }
        return builder.build();
    }

    /** Structural and weight mutations in proportions that grow varied genomes quickly. */
    public static Mutation randomMutation(RandomGenerator random, boolean withDeletions) {
        double u = random.nextDouble();
        if (u < 0.25) {
            return new AddNodeMutation();
        } else if (u < 0.55) {
            return new AddConnectionMutation();
        } else if (u < 0.68) {
            return new WeightMutation();
        } else if (u < 0.78) {
            return new ToggleEnableMutation();
        } else if (u < 0.86) {
            return new BiasMutation();
        } else if (u < 0.92) {
            return new ChangeActivationMutation();
        } else if (!withDeletions) {
            return new ReenableMutation();
        } else if (u < 0.95) {
            return new ReenableMutation();
        } else if (u < 0.98) {
            return new DeleteConnectionMutation();
        } else {
            return new DeleteNodeMutation();
        }
    }

    /** {@code genome} after {@code count} random mutations drawn with {@link #randomMutation}. */
    public static Genome mutate(Genome genome, int count, VariationContext context, boolean withDeletions) {
        Genome g = genome;
        for (int k = 0; k < count; k++) {
            g = randomMutation(context.random(), withDeletions).apply(g, context);
        }
        return g;
    }

    /** A random initial genome after up to {@code maxMutations} random mutations. */
    public static Genome random(InitialGenomes initial, VariationContext context, int maxMutations,
            boolean withDeletions) {
        Genome g = initial.create(context.random(), context.tracker());
        return mutate(g, context.random().nextInt(maxMutations + 1), context, withDeletions);
    }

    /**
     * {@code genome} grown by structural mutations (one add-node in four, else add-connection, the
     * draws from the context) until it has at least {@code genes} connection genes.
     */
    public static Genome grown(Genome genome, int genes, VariationContext context) {
        AddConnectionMutation addConnection = new AddConnectionMutation();
        AddNodeMutation addNode = new AddNodeMutation();
        Genome g = genome;
        while (g.connections().size() < genes) {
            g = context.random().nextInt(4) == 0 ? addNode.apply(g, context) : addConnection.apply(g, context);
        }
        return g;
    }
}
