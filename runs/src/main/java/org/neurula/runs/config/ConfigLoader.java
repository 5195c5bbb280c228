package org.neurula.runs.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.neurula.developmental.cppn.CppnGenomes;
import org.neurula.fitness.TaskProvider;
import org.neurula.fitness.TaskRegistry;
import org.neurula.neat.activation.ActivationRegistry;
import org.neurula.neat.config.ComplexityParameters;
import org.neurula.neat.config.CrossoverParameters;
import org.neurula.neat.config.GenomeParameters;
import org.neurula.neat.config.MutationParameters;
import org.neurula.neat.config.NeatParameters;
import org.neurula.neat.config.NetworkParameters;
import org.neurula.neat.config.PlasticityParameters;
import org.neurula.neat.config.ParameterProblems;
import org.neurula.neat.config.ReproductionParameters;
import org.neurula.neat.config.SpeciationParameters;
import org.neurula.neat.plasticity.GeneScope;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads a run config from YAML or JSON. Every key is checked against the records that hold the
 * defaults: unknown keys (with the nearest valid key), wrong types, out-of-range values, an unknown
 * task and bad task parameters are all collected and reported together, each with file, line and
 * key path. Only our own closed set of record types is ever instantiated.
 */
public final class ConfigLoader {

    private static final List<String> SECTIONS =
            List.of("run", "task", "genome", "mutation", "crossover", "speciation", "reproduction", "network",
                    "plasticity", "complexity", "encoding", "fixedTopology", "ndp");

    /** Templates for the entries of lists of sections, by key path. */
    private static final Map<String, JsonNode> LIST_ENTRIES = Map.of("encoding.hyperneat.substrate.hidden",
            hiddenLayerTemplate());

    /** A hidden layer's keys with the values an omitted key takes (a grid's rows 0 become one row). */
    private static JsonNode hiddenLayerTemplate() {
        ObjectNode layer = JsonNodeFactory.instance.objectNode();
        layer.put("columns", 0);
        layer.put("rows", 0);
        layer.putArray("coordinates").add(0.0);
        return layer;
    }

    private final TaskRegistry tasks;
    private final ObjectMapper binder = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .disable(com.fasterxml.jackson.databind.SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    /** A loader that resolves task ids with {@code tasks}. */
    public ConfigLoader(TaskRegistry tasks) {
        this.tasks = tasks;
    }

    /** The defaults of every section except {@code task}, as a tree. */
    public ObjectNode defaultsTree() {
        return defaultsTree(false);
    }

    /**
     * The defaults of every section except {@code task}; with {@code cppn}, those of a run whose genomes
     * are CPPNs: the genome section's {@link #cppnGenome}.
     */
    public ObjectNode defaultsTree(boolean cppn) {
        ObjectNode tree = binder.createObjectNode();
        tree.set("run", binder.valueToTree(RunSection.defaults()));
        NeatParameters d = NeatParameters.defaults();
        tree.set("genome", binder.valueToTree(cppn ? cppnGenome(d.genome()) : d.genome()));
        tree.set("mutation", binder.valueToTree(d.mutation()));
        tree.set("crossover", binder.valueToTree(d.crossover()));
        tree.set("speciation", binder.valueToTree(d.speciation()));
        tree.set("reproduction", binder.valueToTree(d.reproduction()));
        tree.set("network", binder.valueToTree(d.network()));
        tree.set("plasticity", binder.valueToTree(d.plasticity()));
        tree.set("complexity", binder.valueToTree(d.complexity()));
        tree.set("encoding", binder.valueToTree(EncodingSection.defaults()));
        tree.set("fixedTopology", binder.valueToTree(FixedTopologySection.defaults()));
        tree.set("ndp", binder.valueToTree(NdpSection.defaults()));
        return tree;
    }

    /**
     * The genome defaults of CPPN encodings: the CPPN function set (bipolar sigmoid, Gaussian, sine,
     * absolute value, identity; Stanley 2007), each new hidden node drawing one of them at random, and
     * feed-forward genomes (a CPPN is queried once per connection).
     */
    static GenomeParameters cppnGenome(GenomeParameters base) {
        GenomeParameters c = CppnGenomes.cppnGenomeParameters(base);
        return new GenomeParameters(GenomeParameters.RANDOM_ACTIVATION, c.outputActivation(), c.activationChoices(),
                false, c.initialWeightStdDev(), c.weightLimit(), c.initialConnectivity(), c.uniformWeights());
    }

    /**
     * Loads {@code file}.
     *
     * @param file        the config
     * @param displayName how messages name the file (as the user typed it)
     * @throws ConfigException listing every problem found
     */
    public RunConfig load(Path file, String displayName) throws ConfigException {
        return load(file, displayName, List.of());
    }

    /**
     * Loads {@code file} with command-line overrides {@code key.path=value} applied on top; values
     * are read as YAML ({@code 0.05}, {@code true}, {@code [tanh, relu]}). A problem caused by an
     * override names it instead of the file.
     *
     * @throws ConfigException listing every problem found
     */
    public RunConfig load(Path file, String displayName, List<String> overrides) throws ConfigException {
        return loadWith(file, displayName, overrides.stream().map(ConfigOverride::set).toList());
    }

    /**
     * Loads {@code file} with overrides applied on top in order (a later one of the same key wins),
     * each problem an override causes naming it with its option.
     *
     * @throws ConfigException listing every problem found
     */
    public RunConfig loadWith(Path file, String displayName, List<ConfigOverride> overrides) throws ConfigException {
        LocatedTree tree = parse(file, displayName);
        List<ConfigProblem> overrideProblems = new ArrayList<>();
        java.util.Map<String, ConfigOverride> applied = new java.util.LinkedHashMap<>();
        for (ConfigOverride override : overrides) {
            String raw = override.assignment();
            String source = override.source();
            int eq = raw.indexOf('=');
            String path = eq < 0 ? raw : raw.substring(0, eq).strip();
            if (eq <= 0 || !path.matches("[A-Za-z][A-Za-z0-9]*(\\.[A-Za-z][A-Za-z0-9]*)+")) {
                overrideProblems.add(new ConfigProblem(source, 0, "", "write " + override.option()
                        + " section.key=value, for example " + override.option() + " "
                        + (override.option().equals("--set") ? "mutation.addNode=0.05" : "task.resolution=33")));
                continue;
            }
            JsonNode value;
            if (LocatedTree.isNotFinite(raw.substring(eq + 1))) {
                overrideProblems.add(new ConfigProblem(source, 0, path, "must be a finite number"));
                continue;
            }
            try {
                value = new YAMLMapper().readTree(raw.substring(eq + 1));
            } catch (JsonProcessingException e) {
                overrideProblems.add(new ConfigProblem(source, 0, path, "the value is not valid YAML"));
                continue;
            }
            if (value == null || value.isMissingNode()) {
                value = binder.getNodeFactory().nullNode();
            }
            if (tree.root() == null || !tree.root().isObject()) {
                break; // the file's own problem is reported below
            }
            ObjectNode parent = (ObjectNode) tree.root();
            String[] keys = path.split("\\.");
            boolean placed = true;
            for (int k = 0; k < keys.length - 1; k++) {
                JsonNode child = parent.get(keys[k]);
                if (child == null) {
                    child = parent.putObject(keys[k]);
                } else if (!child.isObject()) {
                    overrideProblems.add(new ConfigProblem(source, 0, path,
                            "'" + String.join(".", java.util.Arrays.copyOf(keys, k + 1)) + "' is not a section"));
                    placed = false;
                    break;
                }
                parent = (ObjectNode) child;
            }
            if (placed) {
                parent.set(keys[keys.length - 1], value);
                applied.remove(path); // a later override of the same key is the one that counts
                applied.put(path, override);
            }
        }
        if (!overrideProblems.isEmpty()) {
            throw new ConfigException(overrideProblems);
        }
        try {
            return resolve(tree, displayName);
        } catch (ConfigException e) {
            List<ConfigProblem> named = new ArrayList<>();
            for (ConfigProblem p : e.problems()) {
                String source = applied.entrySet().stream()
                        .filter(o -> p.path().equals(o.getKey()) || p.path().startsWith(o.getKey() + "."))
                        .map(o -> o.getValue().source()).findFirst().orElse(null);
                named.add(source == null ? p : new ConfigProblem(source, 0, p.path(), p.message()));
            }
            throw new ConfigException(named);
        }
    }

    /** Larger files are refused before they are read: no config comes near this. */
    private static final long MAX_CONFIG_BYTES = 1 << 20;

    /**
     * Loads a config given as text (YAML, or JSON when {@code displayName} ends in {@code .json}), as a
     * run sends its resolved config to the cluster's workers.
     *
     * @throws ConfigException listing every problem found, each naming {@code displayName}
     */
    public RunConfig loadText(String text, String displayName) throws ConfigException {
        return resolve(parseText(text, displayName), displayName);
    }

    private LocatedTree parse(Path file, String displayName) throws ConfigException {
        String text;
        try {
            long size = Files.size(file);
            if (size > MAX_CONFIG_BYTES) {
                throw single(displayName, String.format(java.util.Locale.ROOT, "the file is %.1f MB, and a config is a "
                        + "few kB (at most 1 MB is read); check that this is the config you meant", size / 1e6));
            }
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw single(displayName, "file not found; check the path (configs live in examples/, e.g. examples/xor.yaml)");
        } catch (IOException e) {
            throw single(displayName, "cannot read the file (" + e.getMessage() + "); check the path and permissions");
        }
        return parseText(text, displayName);
    }

    private LocatedTree parseText(String text, String displayName) throws ConfigException {
        boolean json = displayName.toLowerCase(java.util.Locale.ROOT).endsWith(".json");
        ObjectMapper reader = json ? new JsonMapper() : new YAMLMapper();
        LocatedTree tree;
        try (JsonParser parser = reader.createParser(text)) {
            tree = LocatedTree.read(parser);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            String what = e.getOriginalMessage().lines().findFirst().orElse("syntax error");
            if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
                // Jackson's location is that of the last token read; SnakeYAML's marks say where the
                // problem is. At the end of the stream, the construct left open is what needs fixing.
                boolean atEnd = marked.getProblem() != null
                        && (marked.getProblem().contains("stream end") || marked.getProblem().contains("end of stream"));
                Mark mark = atEnd && marked.getContextMark() != null ? marked.getContextMark() : marked.getProblemMark();
                line = mark.getLine() + 1;
                what = marked.getProblem() == null ? what
                        : marked.getContext() == null ? marked.getProblem()
                        : marked.getContext() + ": " + marked.getProblem();
            }
            throw new ConfigException(List.of(new ConfigProblem(displayName, line, "",
                    "not valid " + (json ? "JSON" : "YAML") + ": " + what + "; fix the syntax at this line")));
        } catch (IOException e) {
            throw single(displayName, "cannot read the file (" + e.getMessage() + ")");
        }
        return tree;
    }

    private RunConfig resolve(LocatedTree tree, String file) throws ConfigException {
        List<ConfigProblem> problems = new ArrayList<>();
        if (tree.root() == null || !tree.root().isObject()) {
            throw single(file, "the file must hold a mapping of sections (" + String.join(", ", SECTIONS)
                    + "); see examples/xor.yaml");
        }
        for (LocatedTree.BadValue bad : tree.values()) {
            problems.add(new ConfigProblem(file, bad.line(), bad.path(), bad.message()));
        }
        for (LocatedTree.Duplicate duplicate : tree.duplicates()) {
            problems.add(new ConfigProblem(file, duplicate.line(), duplicate.path(),
                    "key appears twice in its section (first at line " + tree.lineOf(duplicate.path())
                            + "); keep one"));
        }
        ObjectNode user = (ObjectNode) tree.root();
        JsonNode encodingType = user.path("encoding").path("type");
        ObjectNode defaults = defaultsTree(encodingType.isTextual()
                && !encodingType.textValue().equalsIgnoreCase(EncodingType.DIRECT.id()));
        if (encodingType.isTextual() && encodingType.textValue().equalsIgnoreCase(EncodingType.CELL_PROGRAM.id())) {
            // a cell program's outputs are an embedding, a division signal and a weight, all around 0
            ((ObjectNode) defaults.get("genome")).put("outputActivation", "tanh");
        }
        ObjectNode merged = defaults.deepCopy();
        for (Map.Entry<String, JsonNode> field : user.properties()) {
            String key = field.getKey();
            if (key.equals("task")) {
                continue;
            }
            if (key.equals("algorithm")) {
                problems.add(new ConfigProblem(file, tree.lineOf(key), key,
                        "the algorithm is a key of the run section; write run: {algorithm: "
                                + (field.getValue().isTextual() ? field.getValue().textValue() : "fixed-topology") + "}"));
                continue;
            }
            if (!defaults.has(key)) {
                problems.add(unknownKey(file, tree, key, key, SECTIONS));
                continue;
            }
            JsonNode checked = check(field.getValue(), defaults.get(key), key, file, tree, problems);
            if (checked != null) {
                merged.set(key, merge(defaults.get(key), checked));
            }
        }
        RunSection run = bind(merged.get("run"), RunSection.class, "run", file, tree, problems);
        GenomeParameters genome = bind(merged.get("genome"), GenomeParameters.class, "genome", file, tree, problems);
        MutationParameters mutation = bind(merged.get("mutation"), MutationParameters.class, "mutation", file, tree,
                problems);
        CrossoverParameters crossover = bind(merged.get("crossover"), CrossoverParameters.class, "crossover", file,
                tree, problems);
        SpeciationParameters speciation = bind(merged.get("speciation"), SpeciationParameters.class, "speciation",
                file, tree, problems);
        ReproductionParameters reproduction = bind(merged.get("reproduction"), ReproductionParameters.class,
                "reproduction", file, tree, problems);
        NetworkParameters network = bind(merged.get("network"), NetworkParameters.class, "network", file, tree,
                problems);
        PlasticityParameters plasticity = bind(merged.get("plasticity"), PlasticityParameters.class, "plasticity",
                file, tree, problems);
        ComplexityParameters complexity = bind(merged.get("complexity"), ComplexityParameters.class, "complexity",
                file, tree, problems);
        FixedTopologySection fixedTopology = bind(merged.get("fixedTopology"), FixedTopologySection.class,
                "fixedTopology", file, tree, problems);
        EncodingSection encoding = bind(merged.get("encoding"), EncodingSection.class, "encoding", file, tree,
                problems);
        NdpSection ndp = bind(merged.get("ndp"), NdpSection.class, "ndp", file, tree, problems);
        TaskSpec task = task(user.get("task"), file, tree, problems);
        NeatParameters parameters = null;
        if (genome != null && mutation != null && crossover != null && speciation != null && reproduction != null
                && network != null && plasticity != null && complexity != null) {
            parameters = new NeatParameters(genome, mutation, crossover, speciation, reproduction, network, plasticity,
                    complexity);
        }
        // range checks of every section that could be read, even if another one could not, so that
        // all problems are reported at once
        ParameterProblems ranges = new ParameterProblems();
        if (genome != null) {
            genome.check(ranges, "genome");
            checkActivations(genome, file, tree, problems);
        }
        if (mutation != null) {
            mutation.check(ranges, "mutation");
        }
        if (crossover != null) {
            crossover.check(ranges, "crossover");
        }
        if (speciation != null) {
            speciation.check(ranges, "speciation");
        }
        if (reproduction != null) {
            reproduction.check(ranges, "reproduction");
        }
        if (network != null) {
            network.check(ranges, "network");
        }
        if (complexity != null) {
            complexity.check(ranges, "complexity");
        }
        if (plasticity != null) {
            plasticity.check(ranges, "plasticity");
        }
        if (parameters != null) {
            parameters.checkTogether(ranges);
        }
        if (encoding != null) {
            checkEncoding(encoding, task, genome, plasticity, run, ranges);
            if (encoding.indirect() && encoding.hyperneat() != null) {
                ActivationRegistry known = ActivationRegistry.withBuiltIns();
                checkActivation(known, encoding.hyperneat().hiddenActivation(), "encoding.hyperneat.hiddenActivation",
                        "", file, tree, problems);
                checkActivation(known, encoding.hyperneat().outputActivation(), "encoding.hyperneat.outputActivation",
                        "", file, tree, problems);
                if (encoding.hyperneat().cppn() != null) {
                    checkActivation(known, encoding.hyperneat().cppn().outputActivation(),
                            "encoding.hyperneat.cppn.outputActivation", "", file, tree, problems);
                }
            }
        }
        if (ndp != null) {
            ndp.check(ranges, "ndp");
        }
        if (network != null && run != null) {
            ranges.require(!network.pruning().enabled() || !run.algorithm().equals("ndp"), "network.pruning.enabled",
                    "run.algorithm ndp grows and runs its own networks and does not prune them; set "
                            + "network.pruning.enabled: false, or prune a grown network with encoding.type: cell-program");
            ranges.require(!network.pruning().evolve() || run.algorithm().equals("neat"), "network.pruning.evolve",
                    "only NEAT's genomes carry pruning genes; with run.algorithm " + run.algorithm() + " set "
                            + "network.pruning.evolve: false");
        }
        for (ParameterProblems.Problem p : ranges.problems()) {
            problems.add(new ConfigProblem(file, tree.lineOf(p.path()), p.path(), p.message()));
        }
        if (fixedTopology != null) {
            for (String[] p : fixedTopology.problems()) {
                problems.add(problem(file, tree, "fixedTopology." + p[0], p[1]));
            }
        }
        if (run != null) {
            checkRun(run, file, tree, problems);
        }
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparingInt(ConfigProblem::line));
            throw new ConfigException(problems);
        }
        return new RunConfig(run, task, parameters, fixedTopology, encoding, ndp);
    }

    /**
     * The encoding's ranges for the task's geometry, and what the other sections must say when genomes
     * are CPPNs: feed-forward genomes, plasticity exactly when the CPPN paints it, a NEAT run.
     */
    private static void checkEncoding(EncodingSection encoding, TaskSpec task, GenomeParameters genome,
            PlasticityParameters plasticity, RunSection run, ParameterProblems ranges) {
        int dimensions = 2;
        if (task != null) {
            dimensions = task.create().geometry().dimensions();
        }
        encoding.check(ranges, dimensions);
        if (!encoding.indirect()) {
            return;
        }
        String type = "encoding.type is " + encoding.type().id();
        if (encoding.type() == EncodingType.CELL_PROGRAM) {
            if (genome != null) {
                ranges.require(!genome.recurrent(), "genome.recurrent", type + ": the genome is a cell program, "
                        + "asked once per question, so it must be feed-forward (the grown network is recurrent)");
                ranges.require(genome.outputActivation().equals("tanh")
                        || genome.outputActivation().equals("bipolar-sigmoid"), "genome.outputActivation", type
                        + ": a cell program's outputs (embedding, division when positive, weight) lie around 0; "
                        + "use tanh (the default for this encoding) or bipolar-sigmoid");
            }
            if (plasticity != null && plasticity.enabled()) {
                ranges.require(plasticity.genes() == GeneScope.NETWORK, "plasticity.genes", type + ": the genome's "
                        + "connection genes are the program's, not the grown network's synapses; set "
                        + "plasticity.genes: network (one evolved rule and η, A, B, C, D for every grown synapse)");
                ranges.require(!plasticity.modulation(), "plasticity.modulation", type + ": grown cells are never "
                        + "modulatory, so nothing would gate learning; set plasticity.modulation: false");
                ranges.require(plasticity.modulatoryNode() == 0.0, "plasticity.modulatoryNode", type + ": the "
                        + "program's nodes are not the grown network's, so they are never modulatory; set it to 0");
            }
            if (run != null) {
                ranges.require(run.algorithm().equals("neat"), "encoding.type", "a cell program is evolved by NEAT; "
                        + "use run.algorithm: neat with encoding.type: cell-program (run.algorithm: ndp evolves the "
                        + "published fixed-shape program instead)");
            }
            return;
        }
        if (genome != null) {
            ranges.require(!genome.recurrent(), "genome.recurrent", type + ": the genome is a CPPN, queried once per "
                    + "connection, so it must be feed-forward; for a recurrent network set "
                    + "encoding.hyperneat.substrate.connectivity: recurrent");
        }
        boolean adaptive = encoding.hyperneat() != null && encoding.hyperneat().adaptive() != null
                && encoding.hyperneat().adaptive().enabled();
        if (plasticity != null) {
            ranges.require(!plasticity.enabled() || adaptive, "plasticity.enabled", type + ": a CPPN carries no "
                    + "plasticity genes; to make the grown network learn set encoding.hyperneat.adaptive.enabled: "
                    + "true (the CPPN paints each connection's rule parameters), or set plasticity.enabled: false");
            ranges.require(plasticity.enabled() || !adaptive, "encoding.hyperneat.adaptive.enabled",
                    "the grown network learns only with plasticity.enabled: true; set it, or set this false");
            ranges.require(plasticity.modulatoryNode() == 0.0, "plasticity.modulatoryNode", type + ": CPPN nodes are "
                    + "never modulatory; set it to 0 and let encoding.hyperneat.adaptive.modulatoryOutput: true make "
                    + "substrate nodes modulatory");
        }
        if (run != null) {
            ranges.require(!run.algorithm().equals("fixed-topology"), "encoding.type", "the fixed-topology baseline "
                    + "evolves a direct network; use encoding.type: direct with run.algorithm: fixed-topology");
            ranges.require(!run.algorithm().equals("ndp"), "encoding.type", "a developmental program grows its "
                    + "own network from one cell (section ndp); use encoding.type: direct with run.algorithm: ndp");
        }
    }

    /** Activation names must be known, or the engine would fail only once the run starts. */
    private static void checkActivations(GenomeParameters genome, String file, LocatedTree tree,
            List<ConfigProblem> problems) {
        ActivationRegistry known = ActivationRegistry.withBuiltIns();
        if (!genome.randomHiddenActivation()) {
            checkActivation(known, genome.hiddenActivation(), "genome.hiddenActivation", "", file, tree, problems);
        }
        checkActivation(known, genome.outputActivation(), "genome.outputActivation", "", file, tree, problems);
        List<String> choices = genome.activationChoices();
        for (int i = 0; i < choices.size(); i++) {
            checkActivation(known, choices.get(i), "genome.activationChoices", "entry " + (i + 1) + ": ", file, tree,
                    problems);
        }
    }

    private static void checkActivation(ActivationRegistry known, String id, String path, String prefix, String file,
            LocatedTree tree, List<ConfigProblem> problems) {
        if (id != null && known.contains(id)) {
            return;
        }
        String hint = id == null ? "" : KeySuggestions.nearest(id, known.ids()).map(s -> "did you mean '" + s + "'? ")
                .orElse("");
        problems.add(problem(file, tree, path, prefix + "unknown activation '" + id + "'; " + hint + "known: "
                + String.join(", ", known.ids())));
    }

    /** Checks the run section's ranges. */
    public static List<ConfigProblem> runProblems(RunSection run, String file) {
        List<ConfigProblem> problems = new ArrayList<>();
        checkRun(run, file, null, problems);
        return problems;
    }

    private static void checkRun(RunSection run, String file, LocatedTree tree, List<ConfigProblem> problems) {
        if (run.threads() < 1) {
            problems.add(problem(file, tree, "run.threads", "must be at least 1, was " + run.threads()));
        }
        if (run.generations() < 1) {
            problems.add(problem(file, tree, "run.generations", "must be at least 1, was " + run.generations()));
        }
        if (!RunSection.ALGORITHMS.contains(run.algorithm())) {
            String hint = KeySuggestions.nearest(String.valueOf(run.algorithm()), RunSection.ALGORITHMS)
                    .map(a -> "did you mean '" + a + "'? ").orElse("");
            problems.add(problem(file, tree, "run.algorithm", "unknown algorithm '" + run.algorithm() + "'; " + hint
                    + "valid values: " + String.join(", ", RunSection.ALGORITHMS)));
        }
        if (run.checkpointEvery() < 0) {
            problems.add(problem(file, tree, "run.checkpointEvery",
                    "must be 0 (checkpoints only at the end and on interruption) or more, was " + run.checkpointEvery()));
        }
        if (run.name() == null || run.name().isBlank() || !run.name().matches("[A-Za-z0-9._-]+")) {
            problems.add(problem(file, tree, "run.name",
                    "must be a non-empty name of letters, digits, '.', '_' or '-' (it names the run directory), was '"
                            + run.name() + "'"));
        }
    }

    private static ConfigProblem problem(String file, LocatedTree tree, String path, String message) {
        return new ConfigProblem(file, tree == null ? 0 : tree.lineOf(path), path, message);
    }

    private TaskSpec task(JsonNode node, String file, LocatedTree tree, List<ConfigProblem> problems) {
        String known = String.join(", ", tasks.ids());
        if (node == null) {
            problems.add(new ConfigProblem(file, 0, "task",
                    "missing; add a task section such as 'task: {type: xor}' (known tasks: " + known + ")"));
            return null;
        }
        if (!node.isObject()) {
            problems.add(problem(file, tree, "task", "must be a section such as '{type: xor}' (known tasks: " + known + ")"));
            return null;
        }
        JsonNode type = node.get("type");
        if (type == null || !type.isTextual()) {
            problems.add(problem(file, tree, "task.type", "missing or not a name; set it to one of: " + known));
            if (type == null) {
                // a misspelt 'type' key is the likely cause; the other keys cannot be checked without a task
                for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                    String name = names.next();
                    if (KeySuggestions.nearest(name, List.of("type")).isPresent()) {
                        problems.add(unknownKey(file, tree, "task." + name, name, List.of("type")));
                    }
                }
            }
            return null;
        }
        Optional<TaskProvider<?>> provider = tasks.find(type.asText());
        if (provider.isEmpty()) {
            String hint = KeySuggestions.nearest(type.asText(), tasks.ids()).map(s -> "did you mean '" + s + "'? ")
                    .orElse("");
            String own = System.getenv("NEURULA_CLASSPATH");
            StringBuilder where = new StringBuilder(own == null || own.isBlank()
                    ? "; a task of your own joins with NEURULA_CLASSPATH=your-tasks.jar"
                    : "; NEURULA_CLASSPATH is " + own + ", and no provider there has that id");
            for (String skip : tasks.skipped()) {
                where.append("; skipped: ").append(skip);
            }
            problems.add(problem(file, tree, "task.type", "unknown task '" + type.asText() + "'; " + hint
                    + "known tasks: " + known + " (./neurula tasks lists them with their parameters)" + where));
            return null;
        }
        TaskProvider<?> p = provider.get();
        JsonNode taskDefaults = binder.valueToTree(p.defaults());
        ObjectNode params = ((ObjectNode) node).deepCopy();
        params.remove("type");
        List<String> validKeys = new ArrayList<>();
        validKeys.add("type");
        taskDefaults.fieldNames().forEachRemaining(validKeys::add);
        ObjectNode checkedParams = binder.createObjectNode();
        for (Map.Entry<String, JsonNode> field : params.properties()) {
            String path = "task." + field.getKey();
            if (!taskDefaults.has(field.getKey())) {
                problems.add(unknownKey(file, tree, path, field.getKey(), validKeys));
                continue;
            }
            JsonNode checked = check(field.getValue(), taskDefaults.get(field.getKey()), path, file, tree, problems);
            if (checked != null) {
                checkedParams.set(field.getKey(), checked);
            }
        }
        Record config = bind(merge(taskDefaults, checkedParams), p.configType(), "task", file, tree, problems);
        if (config == null) {
            return null;
        }
        TaskSpec spec = new TaskSpec(p.id(), p, config);
        try {
            spec.create();
        } catch (IllegalArgumentException e) {
            // providers' messages start with the parameter's name: point at that key when it is one
            String message = String.valueOf(e.getMessage());
            String first = message.split(" ", 2)[0];
            boolean isKey = java.util.Arrays.stream(p.configType().getRecordComponents())
                    .anyMatch(c -> c.getName().equals(first));
            problems.add(problem(file, tree, isKey ? "task." + first : "task", message));
            return null;
        }
        return spec;
    }

    private static ConfigProblem unknownKey(String file, LocatedTree tree, String path, String key, List<String> valid) {
        String hint = KeySuggestions.nearest(key, valid).map(s -> "did you mean '" + s + "'? ").orElse("");
        int dot = path.lastIndexOf('.');
        String where = dot < 0 ? "at the top level" : "in section '" + path.substring(0, dot) + "'";
        return new ConfigProblem(file, tree.lineOf(path), path,
                "unknown key " + where + "; " + hint + "valid keys: " + String.join(", ", valid));
    }

    /** Checks {@code value} against the shape of {@code template}; returns the usable part or null. */
    private static JsonNode check(JsonNode value, JsonNode template, String path, String file, LocatedTree tree,
            List<ConfigProblem> problems) {
        if (template.isObject()) {
            if (!value.isObject()) {
                problems.add(problem(file, tree, path, "must be a section of keys ("
                        + String.join(", ", names(template)) + "), was " + describe(value)));
                return null;
            }
            ObjectNode result = JsonMapper.builder().build().createObjectNode();
            for (Map.Entry<String, JsonNode> field : value.properties()) {
                String child = path + "." + field.getKey();
                if (!template.has(field.getKey())) {
                    problems.add(unknownKey(file, tree, child, field.getKey(), names(template)));
                    continue;
                }
                JsonNode checked = check(field.getValue(), template.get(field.getKey()), child, file, tree, problems);
                if (checked != null) {
                    result.set(field.getKey(), checked);
                }
            }
            return result;
        }
        String expected = null;
        JsonNode entry = LIST_ENTRIES.get(path);
        if (entry != null && value.isArray()) {
            com.fasterxml.jackson.databind.node.ArrayNode result = JsonNodeFactory.instance.arrayNode();
            for (int i = 0; i < value.size(); i++) {
                JsonNode checked = check(value.get(i), entry, path + "[" + i + "]", file, tree, problems);
                if (checked == null || checked.size() < value.get(i).size()) {
                    return null; // reported; the entry without its bad keys would only cause more reports
                }
                ObjectNode filled = ((ObjectNode) entry).deepCopy();
                filled.putArray("coordinates");
                result.add(merge(filled, checked));
            }
            return result;
        }
        if (template.isArray() && !value.isArray()) {
            expected = template.isEmpty() ? "a list" : "a list such as [" + template.get(0).asText() + "]";
        } else if (template.isArray() && !template.isEmpty()) {
            for (int i = 0; i < value.size(); i++) {
                JsonNode element = value.get(i);
                if (template.get(0).isTextual() && !element.isTextual()
                        || template.get(0).isNumber() && !element.isNumber()) {
                    problems.add(problem(file, tree, path, "entry " + (i + 1) + " must be "
                            + (template.get(0).isTextual() ? "a name or text" : "a number") + ", was "
                            + describe(element)));
                    return null;
                }
            }
        } else if (template.isIntegralNumber() && !value.isIntegralNumber()) {
            expected = "a whole number";
        } else if (template.isInt() && !value.canConvertToInt()) {
            expected = "a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
        } else if (template.isLong() && !value.canConvertToLong()) {
            expected = "a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE;
        } else if (template.isNumber() && !value.isNumber()) {
            expected = "a number";
        } else if (template.isBoolean() && !value.isBoolean()) {
            expected = "true or false";
        } else if (template.isTextual() && !value.isTextual()) {
            expected = "a name or text";
        }
        if (expected != null) {
            problems.add(problem(file, tree, path, "must be " + expected + ", was " + describe(value)));
            return null;
        }
        return value;
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String describe(JsonNode value) {
        if (value.isObject()) {
            return "a section";
        }
        if (value.isArray()) {
            return "a list";
        }
        if (value.isNull()) {
            return "empty";
        }
        return "'" + value.asText() + "'";
    }

    private static JsonNode merge(JsonNode defaults, JsonNode user) {
        if (!defaults.isObject() || !user.isObject()) {
            return user;
        }
        ObjectNode result = ((ObjectNode) defaults).deepCopy();
        for (Map.Entry<String, JsonNode> field : user.properties()) {
            JsonNode base = result.get(field.getKey());
            result.set(field.getKey(), base == null ? field.getValue() : merge(base, field.getValue()));
        }
        return result;
    }

    private <T> T bind(JsonNode node, Class<T> type, String section, String file, LocatedTree tree,
            List<ConfigProblem> problems) {
        try {
            return binder.treeToValue(node, type);
        } catch (InvalidFormatException e) {
            String path = section + jsonPath(e);
            String allowed = e.getTargetType() != null && e.getTargetType().isEnum()
                    ? "; valid values: " + Arrays.stream(e.getTargetType().getEnumConstants()).map(Object::toString)
                            .collect(Collectors.joining(", "))
                    : "";
            problems.add(problem(file, tree, path, "invalid value '" + e.getValue() + "'" + allowed));
        } catch (MismatchedInputException e) {
            String path = section + jsonPath(e);
            problems.add(problem(file, tree, path, "wrong kind of value: " + e.getOriginalMessage().lines().findFirst()
                    .orElse("")));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            problems.add(problem(file, tree, section, "invalid section: " + e.getMessage().lines().findFirst().orElse("")));
        }
        return null;
    }

    private static String jsonPath(JsonProcessingException e) {
        if (!(e instanceof com.fasterxml.jackson.databind.JsonMappingException m)) {
            return "";
        }
        return m.getPath().stream().map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining());
    }

    /** The resolved config (defaults filled in) as a tree that is itself a valid config. */
    public ObjectNode toTree(RunConfig config) {
        ObjectNode tree = binder.createObjectNode();
        tree.set("run", binder.valueToTree(config.run()));
        ObjectNode task = binder.createObjectNode();
        task.put("type", config.task().type());
        task.setAll((ObjectNode) binder.valueToTree(config.task().config()));
        tree.set("task", task);
        NeatParameters p = config.parameters();
        tree.set("genome", binder.valueToTree(p.genome()));
        tree.set("mutation", binder.valueToTree(p.mutation()));
        tree.set("crossover", binder.valueToTree(p.crossover()));
        tree.set("speciation", binder.valueToTree(p.speciation()));
        tree.set("reproduction", binder.valueToTree(p.reproduction()));
        tree.set("network", binder.valueToTree(p.network()));
        tree.set("plasticity", binder.valueToTree(p.plasticity()));
        tree.set("complexity", binder.valueToTree(p.complexity()));
        tree.set("encoding", binder.valueToTree(config.encoding()));
        tree.set("fixedTopology", binder.valueToTree(config.fixedTopology()));
        tree.set("ndp", binder.valueToTree(config.ndp()));
        return tree;
    }

    private static ConfigException single(String file, String message) {
        return new ConfigException(List.of(new ConfigProblem(file, 0, "", message)));
    }
}
