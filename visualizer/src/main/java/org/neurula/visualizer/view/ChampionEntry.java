package org.neurula.visualizer.view;

import java.nio.file.Path;

/**
 * One genome the window can show: an improving champion of a run, the run's final champion, or a
 * genome file given on the command line.
 *
 * @param generation the generation it was saved in (-1 when unknown until the file is read)
 * @param id         its genome id (-1 when unknown until the file is read)
 * @param file       the genome file
 */
public record ChampionEntry(int generation, long id, Path file) {
}
