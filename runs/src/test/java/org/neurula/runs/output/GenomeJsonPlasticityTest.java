package org.neurula.runs.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.neurula.neat.activation.Activation;
import org.neurula.neat.activation.ActivationRegistry;
import org.neurula.neat.config.NeatParameters;
import org.neurula.neat.config.PlasticityParameters;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.genome.InitialGenomes;
import org.neurula.neat.innovation.InnovationTracker;
import org.neurula.neat.plasticity.GeneScope;
import org.neurula.neat.plasticity.Normalization;
import org.neurula.neat.plasticity.PlasticityRule;
import org.neurula.neat.variation.AddNodeMutation;
import org.neurula.neat.variation.VariationContext;

/** Plastic genomes survive the JSON form exactly; malformed plasticity fields are named. */
class GenomeJsonPlasticityTest {

    private static Genome plastic(GeneScope scope) {
        PlasticityParameters p = new PlasticityParameters(true, List.of(PlasticityRule.BCM), scope, true, 1.0, 1.0,
                1.0, 0.8, 0.1, 0.0, 10.0, Normalization.NONE, 10.0, 0.8, 0.4, false);
        NeatParameters np = NeatParameters.defaults().withPlasticity(p);
        InitialGenomes initial = new InitialGenomes(2, 1, np.genome(), Activation.TANH, Activation.IDENTITY, p);
        InnovationTracker tracker = initial.newTracker();
        SplittableRandom random = new SplittableRandom(1);
        Genome g = initial.create(random, tracker);
        return new AddNodeMutation().apply(g,
                new VariationContext(random, tracker, np, ActivationRegistry.withBuiltIns()));
    }

    @Test
    void plasticGenomesRoundTrip() {
        for (GeneScope scope : GeneScope.values()) {
            Genome genome = plastic(scope);
            assertEquals(1, genome.modulatoryCount());
            ObjectNode json = GenomeJson.genome(genome);
            assertEquals("bcm", json.get("plasticity").get("rule").asText());
            assertEquals(scope == GeneScope.CONNECTION, json.get("connections").get(0).has("plasticity"));
            assertEquals(genome, GenomeJson.read(json, ActivationRegistry.withBuiltIns()));
        }
        Genome fixed = plastic(GeneScope.NETWORK).withPlasticity(null);
        ObjectNode json = GenomeJson.genome(fixed);
        assertFalse(json.has("plasticity"));
        assertEquals(fixed, GenomeJson.read(json, ActivationRegistry.withBuiltIns()));
    }

    @Test
    void malformedPlasticityIsNamed() {
        ObjectNode json = GenomeJson.genome(plastic(GeneScope.CONNECTION));
        ((ObjectNode) json.get("plasticity")).put("rule", "hebbian");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GenomeJson.read(json, ActivationRegistry.withBuiltIns()));
        assertTrue(e.getMessage().contains("unknown plasticity rule 'hebbian'; known: hebb, abcd"), e.getMessage());

        ObjectNode short1 = GenomeJson.genome(plastic(GeneScope.CONNECTION));
        ((ArrayNode) short1.get("connections").get(1).get("plasticity")).remove(0);
        e = assertThrows(IllegalArgumentException.class,
                () -> GenomeJson.read(short1, ActivationRegistry.withBuiltIns()));
        assertTrue(e.getMessage().contains("must be an array of 5 numbers"), e.getMessage());
    }
}
