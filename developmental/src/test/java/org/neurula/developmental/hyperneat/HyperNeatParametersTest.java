package org.neurula.developmental.hyperneat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.neurula.developmental.substrate.HiddenLayer;
import org.neurula.developmental.substrate.SubstrateParameters;
import org.neurula.neat.config.ParameterProblems;
import org.neurula.neat.geometry.Geometry;
import org.neurula.neat.plasticity.PlasticityRule;

/** Defaults are valid; every bad value is reported under its key with what is allowed. */
class HyperNeatParametersTest {

    @Test
    void defaultsAreValidInTwoAndThreeDimensions() {
        assertEquals(List.of(), HyperNeatParameters.defaults().problems(2));
        assertEquals(List.of(), HyperNeatParameters.defaults().problems(3));
        HyperNeatParameters d = HyperNeatParameters.defaults();
        assertEquals(0.2, d.weightThreshold());
        assertEquals(3.0, d.maxWeight());
        assertEquals(4, d.cppnLayout(2).cppnInputs());
        assertEquals(2, d.cppnLayout(2).cppnOutputs(), "weight and bias");
    }

    @Test
    void problemsNameTheirKeys() {
        HyperNeatParameters bad = new HyperNeatParameters(
                SubstrateParameters.defaults().withHidden(List.of(HiddenLayer.grid(0, 1))),
                new CppnParameters(false, false, " "), 1.0, -3.0, false, true, true, -1.0, null, "tanh",
                new AdaptiveParameters(false, null, 0.0, 1.0, true));
        Map<String, String> problems = bad.problems(2).stream()
                .collect(Collectors.toMap(ParameterProblems.Problem::path, ParameterProblems.Problem::message));
        assertEquals(List.of("adaptive.etaLimit", "adaptive.modulatoryOutput",
                "adaptive.rule", "cppn.outputActivation", "hiddenActivation", "localitySeed", "maxBias", "maxWeight",
                "substrate.hidden[0].columns", "weightThreshold"), problems.keySet().stream().sorted().toList());
        assertTrue(problems.get("weightThreshold").contains("[0, 1)"));
        assertTrue(problems.get("localitySeed").contains("linkExpression: true"));
        assertTrue(problems.get("adaptive.modulatoryOutput").contains("adaptive.enabled: true"));
        assertTrue(problems.get("adaptive.rule").contains("abcd"));
        ParameterProblems prefixed = new ParameterProblems();
        bad.check(prefixed, "hyperneat", 2);
        assertTrue(prefixed.problems().stream().anyMatch(p -> p.path().equals("hyperneat.substrate.hidden[0].columns")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HyperNeatDecoder.of(Geometry.lines(2, 1), bad.withSubstrate(SubstrateParameters.defaults())));
        assertTrue(e.getMessage().contains("maxWeight: must be positive"), e.getMessage());
    }

    @Test
    void unknownActivationsNameTheKey() {
        HyperNeatParameters p = HyperNeatParameters.defaults().withActivations("bipolar-sigmoid", "no-such");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HyperNeatDecoder.of(Geometry.lines(2, 1), p));
        assertTrue(e.getMessage().startsWith("outputActivation: unknown activation 'no-such'"), e.getMessage());
    }

    @Test
    void adaptiveDefaultsMirrorDirectPlasticity() {
        AdaptiveParameters a = AdaptiveParameters.defaults();
        assertEquals(PlasticityRule.ABCD, a.rule());
        assertEquals(1.0, a.etaLimit());
        assertEquals(1.0, a.coefficientLimit());
    }
}
