package org.neurula.visualizer.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.neurula.neat.activation.ActivationRegistry;
import org.neurula.neat.engine.SpeciesState;
import org.neurula.runs.checkpoint.Checkpoint;
import org.neurula.runs.checkpoint.CheckpointStore;

/**
 * The species records of a run's newest checkpoint: what metrics.jsonl does not hold about a
 * species (when its best score last improved, its representative genome).
 *
 * @param lastGeneration the generation the checkpoint was written after
 * @param species        the species records by id
 */
record CheckpointSpecies(long lastGeneration, Map<Integer, SpeciesState> species) {

    /** Copies the map. */
    CheckpointSpecies {
        species = Map.copyOf(species);
    }

    /**
     * The newest checkpoint's species, or empty when there is no checkpoint or it cannot be read (the
     * report is then drawn without these details). Only reads; never touches the run directory.
     */
    static Optional<CheckpointSpecies> newest(Path runDir) {
        try {
            CheckpointStore store = new CheckpointStore(runDir, ActivationRegistry.withBuiltIns());
            List<Path> files = store.files();
            if (files.isEmpty()) {
                return Optional.empty();
            }
            Checkpoint checkpoint = store.read(files.getFirst());
            Map<Integer, SpeciesState> byId = new TreeMap<>();
            for (SpeciesState s : checkpoint.engine().species()) {
                byId.put(s.id(), s);
            }
            // a checkpoint holds the state the next generation starts from
            return Optional.of(new CheckpointSpecies(checkpoint.generation() - 1, byId));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
