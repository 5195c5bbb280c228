package org.neurula.neat.variation;

import java.util.List;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.genome.NodeGenes;
import org.neurula.neat.genome.NodeKind;

/** Gives one random hidden node an activation drawn from {@code genome.activationChoices}. */
public final class ChangeActivationMutation implements Mutation {

    @Override
    public Genome apply(Genome genome, VariationContext context) {
        NodeGenes nodes = genome.nodes();
        int hidden = nodes.count(NodeKind.HIDDEN);
        if (hidden == 0) {
            return genome;
        }
        int index = nodes.indexOfKind(NodeKind.HIDDEN, context.random().nextInt(hidden));
        List<String> choices = context.parameters().genome().activationChoices();
        String choice = choices.get(context.random().nextInt(choices.size()));
        return genome.withNodes(nodes.withActivation(index, context.activations().get(choice)));
    }
}
