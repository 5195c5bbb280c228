package org.neurula.visualizer.view;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.neurula.visualizer.BadInputException;
import org.neurula.visualizer.run.ChampionFile;
import org.neurula.visualizer.run.GenomeFiles;
import org.neurula.runs.output.GenomeFile;
import org.neurula.visualizer.run.RunDirectory;

/**
 * The genomes the window steps through and which one is shown: a run's improving champions in
 * generation order (ending with {@code champion.json} when that is not the last of them), or a single
 * genome file. Moves are clamped to the ends. Genome files are read when first shown and kept.
 */
public final class ChampionSequence {

    private final List<ChampionEntry> entries;
    private final Function<Path, GenomeFile> reader;
    private final Map<Integer, GenomeFile> loaded = new HashMap<>();
    private int index;

    /**
     * A sequence over {@code entries}, starting at {@code initial} (clamped), reading genome files
     * with {@code reader}.
     */
    public ChampionSequence(List<ChampionEntry> entries, int initial, Function<Path, GenomeFile> reader) {
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("a champion sequence needs at least one genome");
        }
        this.entries = List.copyOf(entries);
        this.reader = reader;
        this.index = clamp(initial);
    }

    /**
     * The improving champions of {@code run}, starting at the final champion, or, when
     * {@code generation} is not null, at the champion as it stood at the end of that generation.
     *
     * @throws BadInputException if the run has no champion yet, or never had one at {@code generation}
     */
    public static ChampionSequence ofRun(RunDirectory run, Integer generation) {
        List<ChampionEntry> entries = entries(run);
        if (generation != null) {
            run.championAt(generation); // validates the generation, with the same messages as render
        }
        return new ChampionSequence(entries, initialIndex(entries, generation), GenomeFiles::read);
    }

    /** A sequence of one: the genome already read from a file. */
    public static ChampionSequence ofGenome(GenomeFile genome) {
        ChampionSequence single = new ChampionSequence(
                List.of(new ChampionEntry(genome.generation(), genome.id(), genome.file())), 0, GenomeFiles::read);
        single.loaded.put(0, genome);
        return single;
    }

    /**
     * The entries of a run: its improving champions by generation, then {@code champion.json} when it
     * is a different genome than the last of them (or when there are none).
     *
     * @throws BadInputException if the run holds no champion at all
     */
    static List<ChampionEntry> entries(RunDirectory run) {
        List<ChampionEntry> entries = new ArrayList<>();
        for (ChampionFile c : run.improvingChampions()) {
            entries.add(new ChampionEntry(c.generation(), c.id(), c.file()));
        }
        Path finalFile = run.dir().resolve("champion.json");
        if (Files.isRegularFile(finalFile)) {
            GenomeFile last = GenomeFiles.read(finalFile);
            if (entries.isEmpty() || entries.getLast().id() != last.id()) {
                entries.add(new ChampionEntry(last.generation(), last.id(), finalFile));
            }
        }
        if (entries.isEmpty()) {
            run.champion(); // throws with the reason
        }
        return entries;
    }

    /**
     * Which entry to show first: the last one, or for {@code generation} the newest entry saved in
     * that generation or before (the first entry when all are later).
     */
    static int initialIndex(List<ChampionEntry> entries, Integer generation) {
        if (generation == null) {
            return entries.size() - 1;
        }
        int found = 0;
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).generation() <= generation) {
                found = i;
            }
        }
        return found;
    }

    /** Number of genomes. */
    public int size() {
        return entries.size();
    }

    /** Position of the genome shown, from 0. */
    public int index() {
        return index;
    }

    /** The entry shown. */
    public ChampionEntry entry() {
        return entries.get(index);
    }

    /**
     * The genome shown, read on first use.
     *
     * @throws BadInputException if its file cannot be read
     */
    public GenomeFile current() {
        return loaded.computeIfAbsent(index, i -> reader.apply(entries.get(i).file()));
    }

    /** Whether there is an earlier genome. */
    public boolean hasPrevious() {
        return index > 0;
    }

    /** Whether there is a later genome. */
    public boolean hasNext() {
        return index < entries.size() - 1;
    }

    /** Moves to position {@code target}, clamped to the ends; true if the position changed. */
    public boolean moveTo(int target) {
        int clamped = clamp(target);
        boolean moved = clamped != index;
        index = clamped;
        return moved;
    }

    /** Moves by {@code delta} positions, clamped; true if the position changed. */
    public boolean moveBy(int delta) {
        return moveTo((int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, (long) index + delta)));
    }

    /** "generation 27, genome 4158, fitness 10.9171, 13 of 13" for the genome shown. */
    public String label() {
        GenomeFile g = current();
        List<String> parts = new ArrayList<>();
        if (g.generation() >= 0) {
            parts.add("generation " + g.generation());
        }
        parts.add(g.id() >= 0 ? "genome " + g.id() : "genome " + g.file().getFileName());
        if (!Double.isNaN(g.fitness())) {
            parts.add(String.format(Locale.ROOT, "fitness %.4f", g.fitness()));
        }
        parts.add((index + 1) + " of " + entries.size());
        return String.join(", ", parts);
    }

    private int clamp(int i) {
        return Math.max(0, Math.min(entries.size() - 1, i));
    }
}
