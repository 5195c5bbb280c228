package org.neurula.visualizer.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.neurula.visualizer.BadInputException;
import org.neurula.visualizer.run.GenomeFiles;
import org.neurula.runs.output.GenomeFile;
import org.neurula.visualizer.run.RunDirectory;

/** What {@code render} and {@code view} draw: a run directory's champion, or a genome file. */
final class GenomeSource {

    private GenomeSource() {
    }

    /**
     * The genome named by {@code path} ({@code RUN-DIR} or {@code genome.json}) and, for a run
     * directory, {@code generation} (null for the final champion).
     */
    static GenomeFile resolve(Path path, Integer generation) {
        if (Files.isDirectory(path)) {
            RunDirectory run = RunDirectory.open(path);
            return generation == null ? run.champion() : run.championAt(generation);
        }
        if (generation != null) {
            throw new BadInputException("--generation picks a champion from a run directory; " + path
                    + " is a single genome file (give its run directory instead, or leave --generation out)");
        }
        return GenomeFiles.read(path);
    }

    /** One line describing a loaded genome. */
    static String describe(GenomeFile g) {
        StringBuilder s = new StringBuilder("genome");
        if (g.id() >= 0) {
            s.append(' ').append(g.id());
        }
        if (g.generation() >= 0) {
            s.append(" of generation ").append(g.generation());
        }
        s.append(": ").append(g.genome().hiddenCount()).append(" hidden nodes, ")
                .append(g.genome().enabledConnectionCount()).append(" enabled connections");
        if (!Double.isNaN(g.fitness())) {
            s.append(", fitness ").append(String.format(Locale.ROOT, "%.4f", g.fitness()));
        }
        return s.toString();
    }
}
