package org.neurula.neat.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neurula.neat.activation.Activation;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.genome.GenomeBuilder;
import org.neurula.neat.genome.NodeKind;
import org.neurula.neat.speciation.SpeciesRecord;

/** Which network gets the champion test: the best of the best species not yet checked. */
class ChampionTestCandidateTest {

    private static final Genome GENOME = new GenomeBuilder()
            .node(0, NodeKind.INPUT, Activation.IDENTITY, 0)
            .node(1, NodeKind.BIAS, Activation.IDENTITY, 0)
            .node(2, NodeKind.OUTPUT, Activation.STEEPENED_SIGMOID, 0)
            .connection(0, 0, 2, 1.0, true)
            .build();

    private static SpeciesRecord species(int id, boolean checked, int... memberIndices) {
        SpeciesRecord s = SpeciesRecord.restore(id, 0, GENOME, 0, 0, checked);
        for (int i : memberIndices) {
            s.members().add(i);
        }
        return s;
    }

    private static List<Member> members(int n) {
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            members.add(new Member(100 + i, GENOME, 0, false, 0));
        }
        return members;
    }

    @Test
    void firstUncheckedSpeciesInOrderOfTheirBestScore() {
        // species 1: members 0, 1 (best 10, checked); species 2: 2, 3 (best 8); species 3: 4, 5 (best 9)
        double[] scores = {10, 3, 8, 1, 2, 9};
        List<SpeciesRecord> species = List.of(species(1, true, 0, 1), species(2, false, 2, 3), species(3, false, 4, 5));
        assertEquals(5, ChampionTestCandidate.choose(species, scores, members(6)), "species 3 ranks above species 2");
        assertTrue(species.get(2).checked());
        assertEquals(2, ChampionTestCandidate.choose(species, scores, members(6)), "then species 2");
        assertTrue(species.get(1).checked());
        assertEquals(0, ChampionTestCandidate.choose(species, scores, members(6)),
                "with every species checked, the best species' champion");
    }

    @Test
    void tiesGoToTheLowerGenomeIdAndTheLowerSpeciesId() {
        double[] scores = {5, 5, 5};
        List<SpeciesRecord> species = List.of(species(7, false, 1, 0), species(4, false, 2));
        // both species' best score is 5: species 4 ranks first; its only member is index 2
        assertEquals(2, ChampionTestCandidate.choose(species, scores, members(3)));
        // species 7 next: members 0 and 1 tie, the lower id (100, index 0) wins
        assertEquals(0, ChampionTestCandidate.choose(species, scores, members(3)));
    }
}
