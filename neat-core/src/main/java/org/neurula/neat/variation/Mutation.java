package org.neurula.neat.variation;

import org.neurula.neat.genome.Genome;

/**
 * A mutation operator: a pure function of a genome and a context (whose random generator and
 * innovation tracker it may advance). Operators compose like Jenetics' alterers:
 *
 * <pre>{@code
 * Mutation m = Mutation.withProbability(0.03, new AddNodeMutation())
 *         .andThen(Mutation.withProbability(0.8, new WeightMutation()));
 * }</pre>
 *
 * An operator that finds nothing to change returns its input unchanged.
 */
@FunctionalInterface
public interface Mutation {

    /** The mutated genome, or {@code genome} itself when nothing changed. */
    Genome apply(Genome genome, VariationContext context);

    /** This mutation, then {@code next} on its result. */
    default Mutation andThen(Mutation next) {
        return (genome, context) -> next.apply(apply(genome, context), context);
    }

    /** {@code mutation} applied with probability {@code p}, else the identity. */
    static Mutation withProbability(double p, Mutation mutation) {
        return (genome, context) -> context.random().nextDouble() < p ? mutation.apply(genome, context) : genome;
    }
}
