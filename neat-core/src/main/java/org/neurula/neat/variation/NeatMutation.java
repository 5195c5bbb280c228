package org.neurula.neat.variation;

import org.neurula.neat.config.MutationParameters;
import org.neurula.neat.config.PlasticityParameters;
import org.neurula.neat.config.PruningParameters;
import org.neurula.neat.genome.Genome;

/**
 * The mutation every offspring goes through, as in Stanley's NEAT: at most one structural mutation
 * (add node with probability {@code addNode}, else add connection with {@code addConnection}, else
 * delete node, else delete connection); an offspring that got none has its weights mutated with
 * probability {@code weightMutation}, then its biases, enabled flags and activations with their own
 * probabilities, in plastic runs its plasticity parameters and its rule, and in runs that evolve
 * pruning its critical period and pruned fraction.
 */
public final class NeatMutation implements Mutation {

    private final Mutation addNode = new AddNodeMutation();
    private final Mutation addConnection = new AddConnectionMutation();
    private final Mutation deleteNode = new DeleteNodeMutation();
    private final Mutation deleteConnection = new DeleteConnectionMutation();
    private final Mutation attributes;

    /** The mutation for the given probabilities, for static genomes. */
    public NeatMutation(MutationParameters p) {
        this(p, PlasticityParameters.defaults());
    }

    /** The mutation for the given probabilities, including those of plasticity genes. */
    public NeatMutation(MutationParameters p, PlasticityParameters plasticity) {
        this(p, plasticity, PruningParameters.defaults());
    }

    /** The mutation for the given probabilities, including those of plasticity and pruning genes. */
    public NeatMutation(MutationParameters p, PlasticityParameters plasticity, PruningParameters pruning) {
        Mutation chain = Mutation.withProbability(p.weightMutation(), new WeightMutation())
                .andThen(Mutation.withProbability(p.biasMutation(), new BiasMutation()))
                .andThen(Mutation.withProbability(p.toggleEnable(), new ToggleEnableMutation()))
                .andThen(Mutation.withProbability(p.reenable(), new ReenableMutation()))
                .andThen(Mutation.withProbability(p.changeActivation(), new ChangeActivationMutation()));
        if (plasticity.enabled()) {
            chain = chain.andThen(Mutation.withProbability(plasticity.parameterMutation(), new PlasticityMutation()))
                    .andThen(Mutation.withProbability(plasticity.ruleMutation(), new RuleMutation()));
        }
        if (pruning.enabled() && pruning.evolve()) {
            chain = chain.andThen(Mutation.withProbability(pruning.mutation(), new PruningMutation()));
        }
        this.attributes = chain;
    }

    @Override
    public Genome apply(Genome genome, VariationContext context) {
        MutationParameters p = context.parameters().mutation();
        var random = context.random();
        if (random.nextDouble() < p.addNode()) {
            return addNode.apply(genome, context);
        }
        if (random.nextDouble() < p.addConnection()) {
            return addConnection.apply(genome, context);
        }
        if (p.deleteNode() > 0 && random.nextDouble() < p.deleteNode()) {
            return deleteNode.apply(genome, context);
        }
        if (p.deleteConnection() > 0 && random.nextDouble() < p.deleteConnection()) {
            return deleteConnection.apply(genome, context);
        }
        return attributes.apply(genome, context);
    }
}
