package org.neurula.visualizer.run;

import org.neurula.runs.output.GenomeFile;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.neurula.runs.output.Json;
import org.neurula.visualizer.BadInputException;

/**
 * A run directory as {@code neurula run} writes it, opened for reading: {@code config.yaml},
 * {@code metrics.jsonl}, {@code summary.json}, {@code champion.json} and the improving champions in
 * {@code champions/}. Nothing here touches a live engine; a run still in progress can be read too.
 */
public final class RunDirectory {

    private static final Pattern CHAMPION_NAME = Pattern.compile("gen-(\\d+)-id-(\\d+)\\.json");

    private final Path dir;
    private final List<ChampionFile> champions;

    private RunDirectory(Path dir, List<ChampionFile> champions) {
        this.dir = dir;
        this.champions = champions;
    }

    /**
     * Opens {@code dir}.
     *
     * @throws BadInputException if it is not a directory or holds neither a champion nor metrics
     */
    public static RunDirectory open(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new BadInputException(dir + ": no such directory; give a run directory written by neurula run"
                    + " (it holds metrics.jsonl and champion.json)");
        }
        List<ChampionFile> champions = new ArrayList<>();
        Path championDir = dir.resolve("champions");
        if (Files.isDirectory(championDir)) {
            try (Stream<Path> files = Files.list(championDir)) {
                files.forEach(f -> {
                    Matcher m = CHAMPION_NAME.matcher(f.getFileName().toString());
                    if (m.matches()) {
                        try {
                            champions.add(new ChampionFile(Integer.parseInt(m.group(1)), Long.parseLong(m.group(2)), f));
                        } catch (NumberFormatException e) {
                            // a name no run writes (a generation beyond int); not one of the run's champions
                        }
                    }
                });
            } catch (IOException e) {
                throw new BadInputException(championDir + ": cannot list (" + e.getMessage() + ")", e);
            }
        }
        champions.sort(Comparator.comparingInt(ChampionFile::generation).thenComparingLong(ChampionFile::id));
        if (champions.isEmpty() && !Files.isRegularFile(dir.resolve("champion.json"))
                && !Files.isRegularFile(dir.resolve("metrics.jsonl"))) {
            throw new BadInputException(dir + ": not a run directory (no champion.json, champions/ or metrics.jsonl);"
                    + " give the directory neurula run wrote (its --out)");
        }
        return new RunDirectory(dir, List.copyOf(champions));
    }

    /** The directory. */
    public Path dir() {
        return dir;
    }

    /** The run's name: the directory's name. */
    public String name() {
        Path name = dir.toAbsolutePath().normalize().getFileName();
        return name == null ? dir.toString() : name.toString();
    }

    /** {@code metrics.jsonl} (it may not exist yet in a run that has only just started). */
    public Path metricsFile() {
        return dir.resolve("metrics.jsonl");
    }

    /** The resolved config the run wrote, as text. */
    public Optional<String> configYaml() {
        Path file = dir.resolve("config.yaml");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(file));
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    /** The resolved config as a tree, or empty when there is none. */
    public Optional<JsonNode> config() {
        return configYaml().map(text -> {
            try {
                return Json.YAML.readTree(text);
            } catch (IOException e) {
                throw new BadInputException(dir.resolve("config.yaml") + ": not YAML (" + e.getMessage() + ")", e);
            }
        });
    }

    /** {@code summary.json} of a finished run, or empty while it runs or after it was interrupted. */
    public Optional<JsonNode> summary() {
        Path file = dir.resolve("summary.json");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Json.COMPACT.readTree(Files.readString(file)));
        } catch (IOException e) {
            throw new BadInputException(file + ": not JSON (" + e.getMessage() + "); re-run or delete it", e);
        }
    }

    /** The improving champions, by generation. */
    public List<ChampionFile> improvingChampions() {
        return champions;
    }

    /**
     * The run's champion: {@code champion.json}, or the newest improving champion of a run that has
     * not finished.
     */
    public GenomeFile champion() {
        Path file = dir.resolve("champion.json");
        if (Files.isRegularFile(file)) {
            return GenomeFiles.read(file);
        }
        if (champions.isEmpty()) {
            throw new BadInputException(dir + ": holds no champion yet (no champion.json, champions/ is empty);"
                    + " wait for the first generation to finish");
        }
        return load(champions.getLast());
    }

    /**
     * The champion as it stood at the end of {@code generation}: the newest improving champion saved
     * in that generation or before.
     *
     * @throws BadInputException if the run has no champion from that early, or never got that far
     */
    public GenomeFile championAt(int generation) {
        ChampionFile found = null;
        for (ChampionFile c : champions) {
            if (c.generation() <= generation) {
                found = c;
            }
        }
        if (found == null) {
            throw new BadInputException(champions.isEmpty()
                    ? dir + ": has no champions/ history to pick generation " + generation + " from"
                    : "generation " + generation + " is before the first saved champion (generation "
                            + champions.getFirst().generation() + "); give --generation "
                            + champions.getFirst().generation() + " or later");
        }
        int last = lastGeneration();
        if (last >= 0 && generation > last) {
            throw new BadInputException("generation " + generation + " is past the run's last generation (" + last
                    + "); give --generation between " + champions.getFirst().generation() + " and " + last);
        }
        return load(found);
    }

    /** Reads one improving champion. */
    public GenomeFile load(ChampionFile file) {
        return GenomeFiles.read(file.file());
    }

    /** The last generation in {@code metrics.jsonl}, or -1 when there is none. */
    public int lastGeneration() {
        Path file = metricsFile();
        if (!Files.isRegularFile(file)) {
            return champions.isEmpty() ? -1 : champions.getLast().generation();
        }
        try (Stream<String> lines = Files.lines(file)) {
            return lines.filter(l -> !l.isBlank()).map(l -> {
                try {
                    return Json.COMPACT.readTree(l).path("generation").asInt(-1);
                } catch (IOException e) {
                    return -1; // a line cut short by a killed run; the others still count
                }
            }).reduce(-1, Math::max);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new BadInputException(file + ": cannot read (" + e.getMessage() + "); metrics.jsonl is UTF-8 JSON"
                    + " lines as neurula run writes it", e);
        }
    }
}
