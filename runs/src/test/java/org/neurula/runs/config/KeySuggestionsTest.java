package org.neurula.runs.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KeySuggestionsTest {

    private static final List<String> SECTIONS =
            List.of("run", "task", "genome", "mutation", "crossover", "speciation", "reproduction", "network");
    private static final List<String> RUN = List.of("name", "seed", "threads", "generations", "stopWhenSolved", "checkpointEvery", "algorithm");
    private static final List<String> REPRODUCTION = List.of("populationSize", "survivalThreshold", "stagnationLimit",
            "eliteMinSpeciesSize", "objective", "keepChampion");
    private static final List<String> MUTATION = List.of("addNode", "addConnection", "addConnectionAttempts",
            "weightMutation", "weightPerturbation", "perturbationStdDev", "biasMutation", "toggleEnable", "reenable",
            "deleteConnection", "deleteNode", "changeActivation");

    @Test
    void typicalTyposFindTheIntendedKey() {
        assertEquals(Optional.of("seed"), KeySuggestions.nearest("sead", RUN));
        assertEquals(Optional.of("threads"), KeySuggestions.nearest("treads", RUN));
        assertEquals(Optional.of("generations"), KeySuggestions.nearest("generation", RUN));
        assertEquals(Optional.of("stopWhenSolved"), KeySuggestions.nearest("stopWhenSovled", RUN));
        assertEquals(Optional.of("populationSize"), KeySuggestions.nearest("populationSise", REPRODUCTION));
        assertEquals(Optional.of("populationSize"), KeySuggestions.nearest("population_size", REPRODUCTION));
        assertEquals(Optional.of("addNode"), KeySuggestions.nearest("addNod", MUTATION));
        assertEquals(Optional.of("addConnection"), KeySuggestions.nearest("addConection", MUTATION));
        assertEquals(Optional.of("reenable"), KeySuggestions.nearest("re-enable", MUTATION));
        assertEquals(Optional.of("mutation"), KeySuggestions.nearest("mutaton", SECTIONS));
        assertEquals(Optional.of("speciation"), KeySuggestions.nearest("speciaton", SECTIONS));
        assertEquals(Optional.of("network"), KeySuggestions.nearest("netwrok", SECTIONS));
    }

    @Test
    void caseIsIgnored() {
        assertEquals(Optional.of("populationSize"), KeySuggestions.nearest("POPULATIONSIZE", REPRODUCTION));
        assertEquals(Optional.of("stopWhenSolved"), KeySuggestions.nearest("stopwhensolved", RUN));
    }

    @Test
    void unrelatedWordsGetNoSuggestion() {
        assertEquals(Optional.empty(), KeySuggestions.nearest("banana", SECTIONS));
        assertEquals(Optional.empty(), KeySuggestions.nearest("colour", SECTIONS));
        assertEquals(Optional.empty(), KeySuggestions.nearest("frobnicate", MUTATION));
        assertEquals(Optional.empty(), KeySuggestions.nearest("learningRate", RUN));
        assertEquals(Optional.empty(), KeySuggestions.nearest("pendulum", List.of("xor")));
        assertEquals(Optional.empty(), KeySuggestions.nearest("seed", List.of()));
    }

    @Test
    void closestCandidateWinsAndTiesGoToTheFirst() {
        assertEquals(Optional.of("deleteNode"), KeySuggestions.nearest("deleteNodes", MUTATION));
        assertEquals(Optional.of("addNode"), KeySuggestions.nearest("addNodes", MUTATION));
        assertEquals(Optional.of("ab"), KeySuggestions.nearest("aa", List.of("ab", "ba")));
        assertTrue(KeySuggestions.nearest("seed", RUN).isPresent(), "an exact key is its own nearest");
    }

    @Test
    void levenshteinDistance() {
        assertEquals(3, KeySuggestions.distance("kitten", "sitting"));
        assertEquals(3, KeySuggestions.distance("sitting", "kitten"));
        assertEquals(0, KeySuggestions.distance("seed", "seed"));
        assertEquals(4, KeySuggestions.distance("", "seed"));
        assertEquals(4, KeySuggestions.distance("seed", ""));
        assertEquals(1, KeySuggestions.distance("sead", "seed"));
        assertEquals(2, KeySuggestions.distance("ab", "ba"));
    }
}
