package org.neurula.neat.engine;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;
import org.neurula.neat.speciation.SpeciesRecord;

/**
 * Chooses the member whose network gets the champion test in a generation, as the NEAT release's
 * double pole experiment does: species are ranked by their best score this generation; the champion
 * of the first species not checked since it last improved is chosen (of the best species if all are
 * checked), and that species is marked checked. Each generation thus tests a new candidate where one
 * exists, instead of testing an unchanged champion again.
 */
final class ChampionTestCandidate {

    private ChampionTestCandidate() {
    }

    /**
     * The index (into {@code members}) of the member to test; marks its species checked.
     *
     * @param species the generation's species with their members' indices
     * @param scores  per member, fitness turned to maximisation
     * @param members the generation's members (ties in score go to the lower genome id)
     */
    static int choose(List<SpeciesRecord> species, double[] scores, List<Member> members) {
        int[] best = new int[species.size()];
        for (int r = 0; r < best.length; r++) {
            IntArrayList m = species.get(r).members();
            best[r] = -1;
            for (int k = 0; k < m.size(); k++) {
                int i = m.get(k);
                if (best[r] < 0 || scores[i] > scores[best[r]]
                        || (scores[i] == scores[best[r]] && members.get(i).id() < members.get(best[r]).id())) {
                    best[r] = i;
                }
            }
        }
        Integer[] order = new Integer[best.length];
        for (int r = 0; r < order.length; r++) {
            order[r] = r;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer r) -> -scores[best[r]])
                .thenComparingInt(r -> species.get(r).id()));
        int chosen = order[0];
        for (int r : order) {
            if (!species.get(r).checked()) {
                chosen = r;
                break;
            }
        }
        species.get(chosen).markChecked();
        return best[chosen];
    }
}
