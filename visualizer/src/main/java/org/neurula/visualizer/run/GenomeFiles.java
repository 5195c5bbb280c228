package org.neurula.visualizer.run;

import java.nio.file.Path;
import org.neurula.runs.output.GenomeFile;
import org.neurula.visualizer.BadInputException;

/** Reads genome JSON files (a run's {@code champion.json}, {@code champions/*.json}, or one of the user's). */
public final class GenomeFiles {

    private GenomeFiles() {
    }

    /**
     * Reads the genome in {@code file}.
     *
     * @throws BadInputException if the file is missing, not JSON, or not a Neurula genome
     */
    public static GenomeFile read(Path file) {
        GenomeFile saved;
        try {
            saved = GenomeFile.read(file);
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            throw new BadInputException(e.getMessage(), e);
        }
        return new GenomeFile(saved.genome(), saved.id(), saved.generation(), saved.fitness(), file,
                saved.phenotype());
    }
}
