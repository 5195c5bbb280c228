package org.neurula.visualizer.run;

import java.nio.file.Path;

/**
 * One improving champion a run saved in its {@code champions/} directory, as
 * {@code gen-GGGGGG-id-N.json}.
 *
 * @param generation the generation it became the champion in
 * @param id         its genome id
 * @param file       the genome file
 */
public record ChampionFile(int generation, long id, Path file) {
}
