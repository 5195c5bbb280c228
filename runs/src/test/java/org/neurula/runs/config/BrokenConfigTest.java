package org.neurula.runs.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neurula.fitness.TaskRegistry;

/**
 * Broken configs: each must fail with exactly one problem that names the file, the key path, the
 * 1-based line (0 where no line applies), says what is wrong and, for misspelt keys, suggests the
 * nearest valid key.
 */
class BrokenConfigTest {

    /**
     * A broken config.
     *
     * @param name       what is broken
     * @param file       the file name (its extension picks YAML or JSON)
     * @param text       the file's text, or null for a file that does not exist
     * @param path       the expected key path ("" for the whole file)
     * @param line       the expected line (0: none applies)
     * @param message    a fragment the message must contain
     * @param suggestion the key or name that "did you mean" must propose, or null if it must not appear
     */
    record Case(String name, String file, String text, String path, int line, String message, String suggestion) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Case yaml(String name, String text, String path, int line, String message) {
        return new Case(name, "broken.yaml", text, path, line, message, null);
    }

    private static Case typo(String name, String text, String path, int line, String suggestion) {
        return new Case(name, "broken.yaml", text, path, line, "unknown key", suggestion);
    }

    static Stream<Case> cases() {
        return Stream.of(
                // CPPN encodings
                yaml("unknown encoding type", """
                        task: {type: retina}
                        encoding:
                          type: hypernet
                        """, "encoding.type", 3, "valid values: direct, hyperneat, es-hyperneat"),
                typo("misspelt hidden layer key", """
                        task: {type: retina}
                        encoding:
                          type: hyperneat
                          hyperneat:
                            substrate:
                              hidden: [{colums: 8}]
                        """, "encoding.hyperneat.substrate.hidden[0].colums", 6, "columns"),
                yaml("a 2-D grid of several rows", """
                        task: {type: retina}
                        encoding:
                          type: hyperneat
                          hyperneat:
                            substrate: {hidden: [{columns: 4, rows: 2}]}
                        """, "encoding.hyperneat.substrate.hidden[0].rows", 5, "must be 1 in a 2-D substrate"),
                yaml("recurrent CPPN genomes", """
                        task: {type: retina}
                        genome: {recurrent: true}
                        encoding: {type: hyperneat}
                        """, "genome.recurrent", 2, "must be feed-forward"),
                yaml("plasticity genes with a CPPN", """
                        task: {type: tmaze}
                        plasticity: {enabled: true}
                        encoding: {type: hyperneat}
                        """, "plasticity.enabled", 2, "adaptive.enabled: true"),
                yaml("adaptive HyperNEAT without plasticity", """
                        task: {type: tmaze}
                        encoding:
                          type: hyperneat
                          hyperneat: {adaptive: {enabled: true}}
                        """, "encoding.hyperneat.adaptive.enabled", 4, "plasticity.enabled: true"),
                yaml("modulatory CPPN nodes", """
                        task: {type: tmaze}
                        plasticity: {enabled: true, modulation: true, modulatoryNode: 0.5}
                        encoding:
                          type: hyperneat
                          hyperneat: {adaptive: {enabled: true, modulatoryOutput: true}}
                        """, "plasticity.modulatoryNode", 2, "CPPN nodes are never modulatory"),
                yaml("ES-HyperNEAT with hidden layers", """
                        task: {type: xor}
                        encoding:
                          type: es-hyperneat
                          hyperneat: {substrate: {hidden: [{columns: 3}]}}
                        """, "encoding.hyperneat.substrate.hidden", 4, "places hidden nodes itself"),
                yaml("unknown substrate activation", """
                        task: {type: xor}
                        encoding:
                          type: hyperneat
                          hyperneat: {hiddenActivation: bipolar}
                        """, "encoding.hyperneat.hiddenActivation", 4, "unknown activation 'bipolar'"),
                yaml("locality seed without LEO", """
                        task: {type: xor}
                        encoding:
                          type: hyperneat
                          hyperneat: {localitySeed: true}
                        """, "encoding.hyperneat.localitySeed", 4, "linkExpression"),
                // syntax errors
                yaml("unclosed flow list", """
                        task:
                          type: xor
                        run:
                          seed: [1, 2
                        """, "", 4, "not valid YAML"),
                yaml("bad indentation", """
                        task:
                          type: xor
                        run:
                          seed: 1
                         threads: 2
                        """, "", 5, "not valid YAML"),
                yaml("tab indentation", "task:\n  type: xor\nrun:\n\tseed: 1\n", "", 4, "TAB"),
                yaml("unclosed quote", """
                        task:
                          type: xor
                        run:
                          name: "xor
                          seed: 1
                        """, "", 4, "quoted scalar"),
                yaml("two values on one line", """
                        task:
                          type: xor
                        run: seed: 1
                        """, "", 3, "not valid YAML"),
                new Case("JSON trailing comma", "broken.json", """
                        {
                          "task": {"type": "xor"},
                          "run": {"seed": 1,}
                        }
                        """, "", 3, "not valid JSON", null),

                // unknown keys at every level, with suggestions
                typo("top level", """
                        task:
                          type: xor
                        mutaton:
                          addNode: 0.1
                        """, "mutaton", 3, "mutation"),
                typo("run", """
                        task: {type: xor}
                        run:
                          seed: 3
                          treads: 2
                        """, "run.treads", 4, "threads"),
                typo("run, last key", """
                        task: {type: xor}
                        run:
                          stopWhenSolve: false
                        """, "run.stopWhenSolve", 3, "stopWhenSolved"),
                typo("genome", """
                        task: {type: xor}
                        genome:
                          recurent: true
                        """, "genome.recurent", 3, "recurrent"),
                typo("mutation", """
                        task: {type: xor}
                        mutation:
                          addNode: 0.1
                          addNod: 0.1
                        """, "mutation.addNod", 4, "addNode"),
                typo("crossover", """
                        task: {type: xor}
                        crossover:
                          dissableRate: 0.5
                        """, "crossover.dissableRate", 3, "disableRate"),
                typo("speciation", """
                        task: {type: xor}
                        speciation:
                          treshold: 2.0
                        """, "speciation.treshold", 3, "threshold"),
                typo("speciation, plural", """
                        task: {type: xor}
                        speciation:
                          targetSpecie: 10
                        """, "speciation.targetSpecie", 3, "targetSpecies"),
                typo("reproduction", """
                        task: {type: xor}
                        reproduction:
                          populationSise: 20
                        """, "reproduction.populationSise", 3, "populationSize"),
                typo("reproduction, wrong case", """
                        task: {type: xor}
                        reproduction:
                          PopulationSize: 20
                        """, "reproduction.PopulationSize", 3, "populationSize"),
                typo("network", """
                        task: {type: xor}
                        network:
                          cycle: 2
                        """, "network.cycle", 3, "cycles"),
                typo("flow mapping", """
                        task: {type: xor}
                        run: {seed: 1, generatons: 5}
                        """, "run.generatons", 2, "generations"),
                // unknown keys with nothing close enough to suggest
                yaml("unrelated top-level key", """
                        task: {type: xor}
                        colour: blue
                        """, "colour", 2, "valid keys: run, task, genome"),
                yaml("unrelated mutation key", """
                        task: {type: xor}
                        mutation:
                          frobnicate: 0.1
                        """, "mutation.frobnicate", 3, "valid keys: addNode"),
                yaml("unknown task parameter", """
                        task:
                          type: xor
                          sized: 3
                        """, "task.sized", 3, "valid keys: type"),

                // wrong types
                yaml("text for a whole number", """
                        task: {type: xor}
                        run:
                          threads: many
                        """, "run.threads", 3, "must be a whole number, was 'many'"),
                yaml("text for a number", """
                        task: {type: xor}
                        mutation:
                          addNode: often
                        """, "mutation.addNode", 3, "must be a number, was 'often'"),
                yaml("number for a section", """
                        task: {type: xor}
                        mutation: 3
                        """, "mutation", 2, "must be a section of keys"),
                yaml("list for a section", """
                        task: {type: xor}
                        reproduction: [a, b]
                        """, "reproduction", 2, "must be a section of keys (populationSize"),
                yaml("empty section", """
                        task: {type: xor}
                        run:
                        """, "run", 2, "was empty"),
                yaml("list for a scalar", """
                        task: {type: xor}
                        run:
                          generations: [1, 2]
                        """, "run.generations", 3, "must be a whole number, was a list"),
                yaml("list for a name", """
                        task: {type: xor}
                        genome:
                          hiddenActivation: [tanh]
                        """, "genome.hiddenActivation", 3, "must be a name or text, was a list"),
                yaml("scalar for a list", """
                        task: {type: xor}
                        genome:
                          activationChoices: tanh
                        """, "genome.activationChoices", 3, "must be a list"),
                yaml("number in a list of names", """
                        task: {type: xor}
                        genome:
                          activationChoices: [tanh, 3]
                        """, "genome.activationChoices", 3, "entry 2 must be a name or text"),
                yaml("fraction for an integer", """
                        task: {type: xor}
                        reproduction:
                          populationSize: 10.5
                        """, "reproduction.populationSize", 3, "must be a whole number, was '10.5'"),
                yaml("fraction for an integer (cycles)", """
                        task: {type: xor}
                        network:
                          cycles: 1.5
                        """, "network.cycles", 3, "must be a whole number"),
                yaml("word for a boolean", """
                        task: {type: xor}
                        run:
                          stopWhenSolved: maybe
                        """, "run.stopWhenSolved", 3, "must be true or false, was 'maybe'"),
                yaml("number for a boolean", """
                        task: {type: xor}
                        speciation:
                          normalize: 1
                        """, "speciation.normalize", 3, "must be true or false"),
                yaml("null for a number", """
                        task: {type: xor}
                        run:
                          seed: null
                        """, "run.seed", 3, "was empty"),
                yaml("integer too large for int", """
                        task: {type: xor}
                        run:
                          threads: 3000000000
                        """, "run.threads", 3, "must be a whole number from"),
                yaml("integer too large for long", """
                        task: {type: xor}
                        run:
                          seed: 99999999999999999999
                        """, "run.seed", 3, "must be a whole number from"),

                // out-of-range values
                yaml("negative probability", """
                        task: {type: xor}
                        mutation:
                          addNode: -0.1
                        """, "mutation.addNode", 3, "must be a probability in [0, 1], was -0.1"),
                yaml("probability above 1", """
                        task: {type: xor}
                        mutation:
                          addConnection: 1.5
                        """, "mutation.addConnection", 3, "must be a probability in [0, 1], was 1.5"),
                yaml("k-means without a species count", """
                        task: {type: xor}
                        speciation:
                          method: KMEANS
                          targetSpecies: 0
                        """, "speciation.targetSpecies", 4, "must be positive with speciation.method KMEANS"),
                // lifetime pruning
                yaml("pruning fraction above 1", """
                        task: {type: xor}
                        network:
                          pruning: {enabled: true, fraction: 1.5}
                        """, "network.pruning.fraction", 3, "must be a probability in [0, 1], was 1.5"),
                yaml("empty critical period", """
                        task: {type: xor}
                        network:
                          pruning:
                            criticalPeriod: 0
                        """, "network.pruning.criticalPeriod", 4, "must be at least 1 activation, was 0"),
                yaml("unknown pruning rule", """
                        task: {type: xor}
                        network:
                          pruning:
                            rule: weakest
                        """, "network.pruning.rule", 4, "valid values: MAGNITUDE, ACTIVITY, CORRELATION"),
                yaml("pruning a developmental program's own network", """
                        run: {algorithm: ndp}
                        task: {type: xor, protocol: ndp}
                        network:
                          pruning: {enabled: true}
                        """, "network.pruning.enabled", 4, "prune a grown network with encoding.type: cell-program"),
                yaml("evolved pruning genes in the fixed-topology baseline", """
                        run: {algorithm: fixed-topology}
                        task: {type: xor}
                        network:
                          pruning: {enabled: true, evolve: true}
                        """, "network.pruning.evolve", 4, "only NEAT's genomes carry pruning genes"),
                yaml("evolved fraction above 1", """
                        task: {type: xor}
                        network:
                          pruning: {enabled: true, evolve: true, maxFraction: 2}
                        """, "network.pruning.maxFraction", 3, "must be a probability in [0, 1], was 2.0"),
                yaml("negative threshold drop", """
                        task: {type: xor}
                        speciation:
                          thresholdDropAfter: -1
                        """, "speciation.thresholdDropAfter", 3, "must be zero (off) or positive, was -1"),
                yaml("crossover probability above 1", """
                        task: {type: xor}
                        crossover:
                          disableRate: 2
                        """, "crossover.disableRate", 3, "must be a probability"),
                yaml("population of 1", """
                        task: {type: xor}
                        reproduction:
                          populationSize: 1
                        """, "reproduction.populationSize", 3, "must be at least 2, was 1"),
                yaml("survival threshold 0", """
                        task: {type: xor}
                        reproduction:
                          survivalThreshold: 0
                        """, "reproduction.survivalThreshold", 3, "must lie in (0, 1]"),
                yaml("zero threads", """
                        task: {type: xor}
                        run:
                          threads: 0
                        """, "run.threads", 3, "must be at least 1, was 0"),
                yaml("zero generations", """
                        task: {type: xor}
                        run:
                          seed: 4
                          generations: 0
                        """, "run.generations", 4, "must be at least 1, was 0"),
                yaml("zero species threshold", """
                        task: {type: xor}
                        speciation:
                          threshold: 0
                        """, "speciation.threshold", 3, "must be positive"),
                yaml("unknown plasticity rule", """
                        task: {type: xor}
                        plasticity:
                          enabled: true
                          rules: [abcd, hebbian]
                        """, "plasticity.rules[1]", 4, "invalid value 'hebbian'; valid values: HEBB, ABCD"),
                typo("plasticity key", """
                        task: {type: xor}
                        plasticity:
                          modulatoryNodes: 0.5
                        """, "plasticity.modulatoryNodes", 3, "modulatoryNode"),
                yaml("modulatory nodes without modulation", """
                        task: {type: xor}
                        plasticity:
                          enabled: true
                          modulatoryNode: 0.5
                        """, "plasticity.modulatoryNode", 4, "set plasticity.modulation: true"),
                yaml("empty rule list", """
                        task: {type: xor}
                        plasticity:
                          rules: []
                        """, "plasticity.rules", 3, "at least one rule"),
                yaml("weight bound below the genome's weight limit", """
                        task: {type: xor}
                        plasticity:
                          enabled: true
                          weightBound: 2
                        """, "plasticity.weightBound", 4, "at least genome.weightLimit (8.0)"),
                yaml("trace decay of 1", """
                        task: {type: xor}
                        plasticity:
                          traceDecay: 1.0
                        """, "plasticity.traceDecay", 3, "must be in [0, 1)"),
                yaml("zero network cycles", """
                        task: {type: xor}
                        network:
                          cycles: 0
                        """, "network.cycles", 3, "must be at least 1, was 0"),
                yaml("no activation choices", """
                        task: {type: xor}
                        genome:
                          activationChoices: []
                        """, "genome.activationChoices", 3, "at least one activation"),
                yaml("run name with a space", """
                        task: {type: xor}
                        run:
                          name: "a b"
                        """, "run.name", 3, "names the run directory"),

                // activations
                yaml("unknown activation", """
                        task: {type: xor}
                        genome:
                          hiddenActivation: nonsense
                        """, "genome.hiddenActivation", 3, "unknown activation 'nonsense'"),
                new Case("misspelt activation", "broken.yaml", """
                        task: {type: xor}
                        genome:
                          outputActivation: sigmoidd
                        """, "genome.outputActivation", 3, "unknown activation 'sigmoidd'", "sigmoid"),
                new Case("misspelt activation choice", "broken.yaml", """
                        task: {type: xor}
                        genome:
                          activationChoices:
                            - tanh
                            - rellu
                        """, "genome.activationChoices", 3, "entry 2: unknown activation 'rellu'", "relu"),

                // values YAML can write but a config does not take
                yaml("second document", """
                        task: {type: xor}
                        run: {seed: 1}
                        ---
                        run: {seed: 2}
                        """, "", 4, "a second YAML document starts here (after '---')"),
                yaml("not a number", """
                        task: {type: xor}
                        mutation: {addNode: .nan}
                        """, "mutation.addNode", 2, "must be a finite number, was .nan"),
                yaml("infinity", """
                        task: {type: xor}
                        mutation:
                          perturbationStdDev: -.Inf
                        """, "mutation.perturbationStdDev", 3, "must be a finite number, was -.Inf"),
                yaml("number beyond a double", """
                        task: {type: xor}
                        mutation:
                          perturbationStdDev: 1e400
                        """, "mutation.perturbationStdDev", 3, "1e400 is beyond the range of a number"),
                yaml("alias", """
                        task: {type: xor}
                        mutation: {addNode: &rate 0.1, addConnection: *rate}
                        """, "mutation.addConnection", 2, "YAML aliases (*rate) are not read in configs"),
                yaml("too many T-maze switches", """
                        task: {type: tmaze, trips: 10, switches: 9}
                        """, "task.switches", 1, "switches must leave at least two trips between them"),

                // tasks
                new Case("misspelt task", "broken.yaml", """
                        run:
                          seed: 1
                        task:
                          type: xorr
                        """, "task.type", 4, "unknown task 'xorr'", "xor"),
                yaml("unknown task", """
                        task:
                          type: pendulum
                        """, "task.type", 2, "known tasks: boxes, cartpole, dpnv, dpv, mux11, mux6, parity3, pole, regression, retina, tmaze, tmaze-double, xor"),
                yaml("missing task", """
                        run:
                          seed: 2
                        """, "task", 0, "missing; add a task section"),
                yaml("task without type", """
                        task:
                          kind: xor
                        """, "task.type", 1, "missing or not a name"),
                yaml("task type not a name", """
                        task:
                          type: 3
                        """, "task.type", 2, "missing or not a name"),
                yaml("task as a scalar", """
                        task: xor
                        """, "task", 1, "must be a section"),
                yaml("negative lifetimes", """
                        run: {seed: 1}
                        task:
                          type: tmaze
                          lifetimes: -2
                        """, "task.lifetimes", 4, "lifetimes must be at least 1, was -2"),
                yaml("unknown regression function", """
                        task:
                          type: regression
                          function: sinus
                        """, "task.function", 3, "function must be one of sine, cosine, square, abs, gaussian, cubic"),
                yaml("switch jitter too wide for the default trips", """
                        task: {type: tmaze-double, switchJitter: 40}
                        """, "task.switchJitter", 1, "switchJitter must be less than half the spacing"),

                // files
                new Case("missing file", "missing.yaml", null, "", 0, "file not found", null),
                yaml("empty file", "", "", 0, "must hold a mapping of sections"),
                yaml("comments only", "# nothing here\n", "", 0, "must hold a mapping of sections"),
                yaml("list document", "- run\n- task\n", "", 0, "must hold a mapping of sections"),

                // duplicate keys
                yaml("duplicate key", """
                        task: {type: xor}
                        run:
                          seed: 1
                          threads: 2
                          seed: 2
                        """, "run.seed", 5, "appears twice"),
                yaml("duplicate section", """
                        task: {type: xor}
                        run: {seed: 1}
                        mutation: {addNode: 0.1}
                        run: {seed: 2}
                        """, "run", 4, "appears twice"),

                // invalid enum values
                yaml("objective sideways", """
                        task: {type: xor}
                        reproduction:
                          objective: sideways
                        """, "reproduction.objective", 3, "invalid value 'sideways'; valid values: MAXIMIZE, MINIMIZE"),
                yaml("equal-fitness rule", """
                        task: {type: xor}
                        crossover:
                          equalFitnessDisjoint: sometimes
                        """, "crossover.equalFitnessDisjoint", 3, "valid values: BOTH, SMALLER, RANDOM"),
                // the options copying the NEAT C++ release
                yaml("weight averaging above 1", """
                        task: {type: xor}
                        crossover:
                          averageWeights: 1.5
                        """, "crossover.averageWeights", 3, "must be a probability in [0, 1], was 1.5"),
                yaml("unknown split choice", """
                        task: {type: xor}
                        mutation:
                          splitChoice: NEWEST
                        """, "mutation.splitChoice", 3, "invalid value 'NEWEST'; valid values: OLDER, RELEASE"),
                yaml("non-positive weight power", """
                        task: {type: xor}
                        mutation:
                          weightScheme: release
                          weightPower: 0
                        """, "mutation.weightPower", 4, "must be positive, was 0.0"),
                yaml("unknown representative", """
                        task: {type: xor}
                        speciation:
                          representative: best
                        """, "speciation.representative", 3, "invalid value 'best'; valid values: RANDOM, CHAMPION"),
                yaml("uniform weights not a flag", """
                        task: {type: xor}
                        genome:
                          uniformWeights: 1
                        """, "genome.uniformWeights", 3, "must be true or false, was '1'"));
    }

    @TempDir
    Path dir;

    private final ConfigLoader loader = new ConfigLoader(TaskRegistry.load());

    @Test
    void thereAreEnoughCases() {
        assertTrue(cases().count() >= 30);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void brokenConfigIsReportedPrecisely(Case c) throws IOException {
        Path file = dir.resolve(c.file());
        if (c.text() != null) {
            Files.writeString(file, c.text());
        }
        String shown = "configs/" + c.file();
        ConfigException e = assertThrows(ConfigException.class, () -> loader.load(file, shown));

        assertEquals(1, e.problems().size(), () -> "expected one problem, got:\n" + e.getMessage());
        ConfigProblem p = e.problems().getFirst();
        assertEquals(shown, p.file());
        assertEquals(c.path(), p.path(), p::format);
        assertEquals(c.line(), p.line(), p::format);
        assertTrue(p.message().contains(c.message()), p::format);
        if (c.suggestion() != null) {
            assertTrue(p.message().contains("did you mean '" + c.suggestion() + "'?"), p::format);
        } else {
            assertFalse(p.message().contains("did you mean"), p::format);
        }
        // the formatted line leads with file, line and key path
        String prefix = shown + (c.line() > 0 ? ":" + c.line() : "") + ": " + (c.path().isEmpty() ? "" : c.path() + ": ");
        assertTrue(p.format().startsWith(prefix), p::format);
        assertEquals(p.format(), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void aFileTooLargeToBeAConfigIsRefusedBeforeItIsRead() throws IOException {
        Path file = dir.resolve("huge.yaml");
        Files.writeString(file, "# " + "x".repeat(2_000_000) + "\n");
        ConfigException e = assertThrows(ConfigException.class, () -> loader.load(file, "huge.yaml"));
        assertEquals(1, e.problems().size(), e::getMessage);
        assertTrue(e.getMessage().contains("the file is 2.0 MB, and a config is a few kB"), e::getMessage);
    }

    @Test
    void everyProblemOfAFileIsReportedAtOnce() throws IOException {
        Path file = Files.writeString(dir.resolve("many.yaml"), """
                run:
                  sead: 1
                  threads: 0
                task:
                  type: xor
                mutation:
                  addNode: 1.5
                  weightMutaton: 0.5
                reproduction:
                  objective: sideways
                speciation:
                  threshold: text
                colour: red
                """);
        ConfigException e = assertThrows(ConfigException.class, () -> loader.load(file, "many.yaml"));
        List<String> found = new ArrayList<>();
        for (ConfigProblem p : e.problems()) {
            assertEquals("many.yaml", p.file());
            found.add(p.line() + " " + p.path());
        }
        assertEquals(List.of("2 run.sead", "3 run.threads", "7 mutation.addNode", "8 mutation.weightMutaton",
                "10 reproduction.objective", "12 speciation.threshold", "13 colour"), found);
        assertTrue(e.problems().get(0).message().contains("did you mean 'seed'?"));
        assertTrue(e.problems().get(3).message().contains("did you mean 'weightMutation'?"));
        assertEquals(7, e.getMessage().lines().count(), e.getMessage());
        assertTrue(e.getMessage().lines().allMatch(l -> l.startsWith("many.yaml:")), e.getMessage());
    }

    @Test
    void missingTaskIsReportedWithTheOtherProblems() throws IOException {
        Path file = Files.writeString(dir.resolve("notask.yaml"), """
                run:
                  generations: 0
                """);
        ConfigException e = assertThrows(ConfigException.class, () -> loader.load(file, "notask.yaml"));
        assertEquals(List.of("0 task", "2 run.generations"),
                e.problems().stream().map(p -> p.line() + " " + p.path()).toList());
    }

    @Test
    void misspeltTaskTypeKeyIsSuggested() throws IOException {
        Path file = Files.writeString(dir.resolve("tpye.yaml"), """
                run:
                  seed: 1
                task:
                  tpye: xor
                """);
        ConfigException e = assertThrows(ConfigException.class, () -> loader.load(file, "tpye.yaml"));
        assertEquals(List.of("3 task.type", "4 task.tpye"),
                e.problems().stream().map(p -> p.line() + " " + p.path()).toList());
        assertTrue(e.problems().get(1).message().contains("did you mean 'type'?"), e.getMessage());
    }

    @Test
    void problemFormat() {
        assertEquals("a.yaml:3: run.seed: bad", new ConfigProblem("a.yaml", 3, "run.seed", "bad").format());
        assertEquals("a.yaml: task: bad", new ConfigProblem("a.yaml", 0, "task", "bad").format());
        assertEquals("a.yaml: bad", new ConfigProblem("a.yaml", 0, "", "bad").format());
        assertEquals("a.yaml:2: bad", new ConfigProblem("a.yaml", 2, "", "bad").format());
    }
}
