package org.neurula.visualizer.run;

import java.nio.file.Path;
import org.neurula.neat.genome.Genome;

/**
 * A genome read from a genome JSON file, with what the file says about it.
 *
 * @param genome     the genome
 * @param id         its genome id (-1 when the file does not say)
 * @param generation the generation it was saved in (-1 when the file does not say)
 * @param fitness    its fitness (NaN when the file does not say)
 * @param file       the file it was read from
 */
public record LoadedGenome(Genome genome, long id, int generation, double fitness, Path file) {
}
