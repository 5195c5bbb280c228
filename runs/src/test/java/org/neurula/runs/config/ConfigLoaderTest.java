package org.neurula.runs.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurula.fitness.TaskRegistry;
import org.neurula.fitness.xor.XorConfig;
import org.neurula.fitness.xor.XorProvider;
import org.neurula.fitness.xor.XorTask;
import org.neurula.neat.config.CrossoverParameters;
import org.neurula.neat.config.GenomeParameters;
import org.neurula.neat.config.MutationParameters;
import org.neurula.neat.config.NeatParameters;
import org.neurula.neat.config.NetworkParameters;
import org.neurula.neat.config.Objective;
import org.neurula.neat.config.PruningParameters;
import org.neurula.neat.config.ReproductionParameters;
import org.neurula.neat.config.SpeciationParameters;
import org.neurula.neat.network.PruningRule;
import org.neurula.runs.output.Json;

class ConfigLoaderTest {

    private static final String FULL = """
            # every section, some keys changed
            run:
              name: xor-test
              seed: 42
              threads: 3
              generations: 77
              stopWhenSolved: false
            task:
              type: xor
            genome:
              hiddenActivation: tanh
              activationChoices: [tanh, relu]
              initialWeightStdDev: 0.5
            mutation:
              addNode: 0.05
              addConnectionAttempts: 7
            crossover:
              equalFitnessDisjoint: SMALLER
            speciation:
              threshold: 2.5
              targetSpecies: 10
            reproduction:
              populationSize: 120
              objective: MINIMIZE
            network:
              cycles: 2
              pruning: {enabled: true, rule: correlation, fraction: 0.3}
            """;

    @TempDir
    Path dir;

    private final ConfigLoader loader = new ConfigLoader(TaskRegistry.load());

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void minimalConfigGetsEveryDefault() throws Exception {
        RunConfig config = loader.load(write("min.yaml", "task: {type: xor}\n"), "min.yaml");
        assertEquals(RunSection.defaults(), config.run());
        assertEquals(NeatParameters.defaults(), config.parameters());
        assertEquals("xor", config.task().type());
        assertInstanceOf(XorProvider.class, config.task().provider());
        assertEquals(new XorConfig(), config.task().config());
        assertInstanceOf(XorTask.class, config.task().create());
    }

    @Test
    void validConfigLoadsWithDefaultsFilled() throws Exception {
        RunConfig config = loader.load(write("full.yaml", FULL), "full.yaml");
        assertEquals(new RunSection("xor-test", 42, 3, 77, false, 10, "neat"), config.run());

        NeatParameters d = NeatParameters.defaults();
        GenomeParameters g = d.genome();
        assertEquals(new GenomeParameters("tanh", g.outputActivation(), List.of("tanh", "relu"), g.recurrent(), 0.5,
                g.weightLimit(), g.initialConnectivity()), config.parameters().genome());
        MutationParameters m = d.mutation();
        assertEquals(new MutationParameters(0.05, m.addConnection(), 7, m.weightMutation(), m.weightPerturbation(),
                m.perturbationStdDev(), m.biasMutation(), m.toggleEnable(), m.reenable(), m.deleteConnection(),
                m.deleteNode(), m.changeActivation()), config.parameters().mutation());
        CrossoverParameters c = d.crossover();
        assertEquals(new CrossoverParameters(c.mutationOnly(), c.interspeciesMating(), c.disableRate(), c.mateOnly(),
                CrossoverParameters.EqualFitnessDisjoint.SMALLER), config.parameters().crossover());
        SpeciationParameters s = d.speciation();
        assertEquals(new SpeciationParameters(s.excessCoefficient(), s.disjointCoefficient(), s.weightCoefficient(),
                2.5, s.normalizeBelow(), s.normalize(), 10, s.thresholdStep(), s.minThreshold()),
                config.parameters().speciation());
        ReproductionParameters r = d.reproduction();
        assertEquals(new ReproductionParameters(120, r.survivalThreshold(), r.stagnationLimit(),
                r.eliteMinSpeciesSize(), Objective.MINIMIZE, r.keepChampion()), config.parameters().reproduction());
        assertEquals(new NetworkParameters(2, new PruningParameters(true, PruningRule.CORRELATION, 20, 0.3, true)),
                config.parameters().network(), "pruning keys given, the period and path keeping by default");
    }

    @Test
    void shippedExampleLoads() throws Exception {
        Path example = Path.of("..", "examples", "xor.yaml");
        RunConfig config = loader.load(example, "examples/xor.yaml");
        assertEquals("xor", config.task().type());
        assertEquals(150, config.parameters().reproduction().populationSize());
    }

    @Test
    void everyShippedExampleLoadsAndNamesTheTaskItIsCalledAfter() throws Exception {
        List<Path> examples;
        try (var files = Files.list(Path.of("..", "examples"))) {
            examples = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
        assertTrue(examples.size() >= 11, examples.toString());
        for (Path example : examples) {
            String name = example.getFileName().toString().replace(".yaml", "");
            RunConfig config = loader.load(example, "examples/" + name + ".yaml");
            // examples/<task>.yaml, or examples/<task>-plastic.yaml for the same task with plastic networks,
            // or examples/<task>-<encoding>[-plastic].yaml for a CPPN encoding of it, or
            // examples/<task>-<algorithm>.yaml for another algorithm than NEAT; any of these with -pruning
            // at the end when its networks prune themselves during the lifetime
            boolean pruning = name.endsWith("-pruning");
            String unpruned = pruning ? name.substring(0, name.length() - "-pruning".length()) : name;
            assertEquals(pruning, config.parameters().network().pruning().enabled(),
                    "examples/" + name + ".yaml: pruning on exactly in the -pruning examples");
            boolean plastic = unpruned.endsWith("-plastic");
            String task = plastic ? unpruned.substring(0, unpruned.length() - "-plastic".length()) : unpruned;
            String algorithm = config.run().algorithm();
            if (!algorithm.equals("neat")) {
                assertTrue(task.endsWith("-" + algorithm), "examples/" + name + ".yaml: a " + algorithm
                        + " example is named <task>-" + algorithm);
                task = task.substring(0, task.length() - algorithm.length() - 1);
            }
            String encoding = config.encoding().type().id();
            if (config.encoding().indirect()) {
                assertTrue(task.endsWith("-" + encoding), "examples/" + name + ".yaml: a " + encoding
                        + " example is named <task>-" + encoding + "[-plastic]");
                task = task.substring(0, task.length() - encoding.length() - 1);
            }
            assertEquals(task, config.task().type(), "examples/" + name + ".yaml runs the task of its name");
            assertEquals(name, config.run().name());
            assertEquals(plastic, config.parameters().plasticity().enabled(),
                    "examples/" + name + ".yaml: plasticity on exactly in the -plastic examples");
        }
    }

    @Test
    void enumValuesIgnoreCase() throws Exception {
        RunConfig config = loader.load(write("e.yaml", """
                task: {type: xor}
                reproduction:
                  objective: minimize
                crossover:
                  equalFitnessDisjoint: Random
                """), "e.yaml");
        assertEquals(Objective.MINIMIZE, config.parameters().reproduction().objective());
        assertEquals(CrossoverParameters.EqualFitnessDisjoint.RANDOM, config.parameters().crossover().equalFitnessDisjoint());
    }

    @Test
    void resolvedTreeWrittenAsYamlLoadsToAnEqualConfig() throws Exception {
        RunConfig original = loader.load(write("full.yaml", FULL), "full.yaml");
        ObjectNode tree = loader.toTree(original);
        for (String section : List.of("run", "task", "genome", "mutation", "crossover", "speciation", "reproduction",
                "network")) {
            assertTrue(tree.has(section), section);
        }
        assertEquals("xor", tree.get("task").get("type").asText());
        Path resolved = dir.resolve("resolved").resolve("config.yaml");
        Json.writeYaml(resolved, tree);

        RunConfig again = loader.load(resolved, "config.yaml");
        assertEquals(original, again);
        assertEquals(tree, loader.toTree(again));
        // the written file states every key, so it does not depend on the defaults of a later version
        String text = Files.readString(resolved);
        assertTrue(text.contains("populationSize: 120"), text);
        assertTrue(text.contains("perturbationStdDev:"), text);
    }

    @Test
    void defaultsRoundTripToo() throws Exception {
        RunConfig original = loader.load(write("min.yaml", "task: {type: xor}\n"), "min.yaml");
        Path resolved = dir.resolve("config.yaml");
        Json.writeYaml(resolved, loader.toTree(original));
        assertEquals(original, loader.load(resolved, "config.yaml"));
    }

    @Test
    void resolvedTreeWrittenAsJsonLoadsToAnEqualConfig() throws Exception {
        RunConfig original = loader.load(write("full.yaml", FULL), "full.yaml");
        Path json = dir.resolve("config.json");
        Json.write(json, loader.toTree(original));
        assertEquals(original, loader.load(json, "config.json"));
    }

    @Test
    void defaultsTreeHoldsEverySectionButTask() {
        ObjectNode defaults = loader.defaultsTree();
        List<String> names = new java.util.ArrayList<>();
        defaults.fieldNames().forEachRemaining(names::add);
        assertEquals(List.of("run", "genome", "mutation", "crossover", "speciation", "reproduction", "network",
                "plasticity", "complexity", "encoding", "fixedTopology", "ndp"), names);
        assertEquals(RunSection.defaults().generations(), defaults.get("run").get("generations").asInt());
        assertEquals(NeatParameters.defaults().reproduction().populationSize(),
                defaults.get("reproduction").get("populationSize").asInt());
    }

    @Test
    void taskParametersGetDefaultsAndOverrides() throws Exception {
        ConfigLoader withCount = new ConfigLoader(TestTasks.registry(dir));
        RunConfig defaults = withCount.load(write("a.yaml", "task: {type: count}\n"), "a.yaml");
        assertEquals(new TestTasks.CountProvider.Config(3, 0.25), defaults.task().config());
        assertEquals(3, defaults.task().create().inputs());

        RunConfig set = withCount.load(write("b.yaml", """
                task:
                  type: count
                  size: 5
                """), "b.yaml");
        assertEquals(new TestTasks.CountProvider.Config(5, 0.25), set.task().config());
        assertEquals(5, set.task().create().inputs());

        // the task's parameters survive the round trip through the resolved tree
        Path resolved = dir.resolve("config.yaml");
        Json.writeYaml(resolved, withCount.toTree(set));
        assertEquals(set, withCount.load(resolved, "config.yaml"));
    }

    @Test
    void taskParameterProblemsAreReportedWithPathLineAndSuggestion() throws Exception {
        ConfigLoader withCount = new ConfigLoader(TestTasks.registry(dir));
        ConfigException e = assertThrows(ConfigException.class, () -> withCount.load(write("c.yaml", """
                task:
                  type: count
                  sise: 5
                  noise: loud
                """), "c.yaml"));
        assertEquals(2, e.problems().size(), e.getMessage());
        ConfigProblem unknown = e.problems().get(0);
        assertEquals(new ConfigProblem("c.yaml", 3, "task.sise", unknown.message()), unknown);
        assertTrue(unknown.message().contains("did you mean 'size'?"), unknown.message());
        assertTrue(unknown.message().contains("valid keys: type, size, noise"), unknown.message());
        ConfigProblem type = e.problems().get(1);
        assertEquals(new ConfigProblem("c.yaml", 4, "task.noise", type.message()), type);
        assertTrue(type.message().contains("must be a number"), type.message());
    }

    @Test
    void taskThatRejectsItsParametersIsReportedAtTheKeyItNames() throws Exception {
        ConfigLoader withCount = new ConfigLoader(TestTasks.registry(dir));
        ConfigException e = assertThrows(ConfigException.class, () -> withCount.load(write("d.yaml", """
                run:
                  seed: 1
                task:
                  type: count
                  size: 0
                """), "d.yaml"));
        assertEquals(List.of(new ConfigProblem("d.yaml", 5, "task.size", "size must be at least 1, was 0")),
                e.problems());
    }
}
