package org.neurula.runs.checkpoint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.neurula.neat.activation.ActivationRegistry;
import org.neurula.neat.engine.ComplexityPhase;
import org.neurula.neat.engine.EngineState;
import org.neurula.neat.engine.Fitness;
import org.neurula.neat.engine.Member;
import org.neurula.neat.engine.PopulationEntry;
import org.neurula.neat.engine.SpeciesState;
import org.neurula.neat.innovation.InnovationSnapshot;
import org.neurula.runs.output.GenomeJson;

/**
 * The JSON form of a {@link Checkpoint} ({@code "format": "neurula-checkpoint", "version": 1}). It is
 * read field by field into our own records: nothing in the file can name a class to instantiate.
 * Doubles that JSON cannot hold (infinities) are written as strings.
 */
public final class CheckpointJson {

    /** The format name. */
    public static final String FORMAT = "neurula-checkpoint";
    /** The format version. */
    public static final int VERSION = 1;

    private CheckpointJson() {
    }

    /** The document for {@code checkpoint}. */
    public static ObjectNode write(Checkpoint checkpoint) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        EngineState e = checkpoint.engine();
        ObjectNode root = f.objectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("generation", e.generation());
        root.put("nextId", e.nextId());
        root.put("evaluations", e.evaluations());
        root.put("solvedBefore", e.solvedBefore());
        root.put("nextSpeciesId", e.nextSpeciesId());
        putDouble(root, "threshold", e.threshold());
        ObjectNode complexity = root.putObject("complexity");
        complexity.put("simplifying", e.complexity().simplifying());
        putDouble(complexity, "ceiling", e.complexity().ceiling());
        putDouble(complexity, "lowestMean", e.complexity().lowestMean());
        complexity.put("lowestGeneration", e.complexity().lowestGeneration());
        ObjectNode innovations = root.putObject("innovations");
        innovations.put("nextInnovation", e.innovations().nextInnovation());
        innovations.put("nextNodeId", e.innovations().nextNodeId());
        innovations.set("connections", rows(e.innovations().connections()));
        innovations.set("splits", rows(e.innovations().splits()));
        ArrayNode population = root.putArray("population");
        for (PopulationEntry p : e.population()) {
            ObjectNode o = population.addObject();
            o.put("id", p.id());
            if (p.carried() != null) {
                ObjectNode carried = o.putObject("carried");
                putDouble(carried, "value", p.carried().value());
                carried.put("solved", p.carried().solved());
            }
            o.set("genome", GenomeJson.genome(p.genome()));
        }
        ArrayNode species = root.putArray("species");
        for (SpeciesState s : e.species()) {
            ObjectNode o = species.addObject();
            o.put("id", s.id());
            o.put("bornGeneration", s.bornGeneration());
            putDouble(o, "bestScore", s.bestScore());
            o.put("lastImprovedGeneration", s.lastImprovedGeneration());
            o.put("checked", s.checked());
            o.set("representative", GenomeJson.genome(s.representative()));
        }
        RunProgress p = checkpoint.progress();
        ObjectNode progress = root.putObject("progress");
        if (p.champion() != null) {
            progress.set("champion", GenomeJson.of(p.champion(), p.championGeneration()));
        }
        progress.put("championGeneration", p.championGeneration());
        progress.put("solvedEvaluations", p.solvedEvaluations());
        progress.put("solvedGenerations", p.solvedGenerations());
        return root;
    }

    /**
     * Reads a checkpoint document.
     *
     * @throws IllegalArgumentException naming what is missing or malformed
     */
    public static Checkpoint read(JsonNode root, ActivationRegistry activations) {
        if (!FORMAT.equals(text(root, "format"))) {
            throw new IllegalArgumentException("not a Neurula checkpoint (format '" + text(root, "format") + "')");
        }
        if (longValue(root, "version") != VERSION) {
            throw new IllegalArgumentException("checkpoint version " + longValue(root, "version")
                    + " is not supported (this Neurula reads version " + VERSION + ")");
        }
        JsonNode inn = object(root, "innovations");
        InnovationSnapshot innovations = new InnovationSnapshot((int) longValue(inn, "nextInnovation"),
                (int) longValue(inn, "nextNodeId"), rows(inn, "connections", 3), rows(inn, "splits", 2));
        List<PopulationEntry> population = new ArrayList<>();
        for (JsonNode o : array(root, "population")) {
            Fitness carried = null;
            if (o.has("carried")) {
                JsonNode c = object(o, "carried");
                carried = new Fitness(doubleValue(c, "value"), bool(c, "solved"));
            }
            population.add(new PopulationEntry(longValue(o, "id"), GenomeJson.read(object(o, "genome"), activations),
                    carried));
        }
        List<SpeciesState> species = new ArrayList<>();
        for (JsonNode o : array(root, "species")) {
            species.add(new SpeciesState((int) longValue(o, "id"), longValue(o, "bornGeneration"),
                    GenomeJson.read(object(o, "representative"), activations), doubleValue(o, "bestScore"),
                    longValue(o, "lastImprovedGeneration"), bool(o, "checked")));
        }
        EngineState engine = new EngineState(longValue(root, "generation"), longValue(root, "nextId"),
                longValue(root, "evaluations"), bool(root, "solvedBefore"), population, innovations, species,
                (int) longValue(root, "nextSpeciesId"), doubleValue(root, "threshold"), complexityPhase(root));
        JsonNode p = object(root, "progress");
        Member champion = null;
        if (p.has("champion")) {
            JsonNode c = object(p, "champion");
            champion = new Member(longValue(c, "id"), GenomeJson.read(c, activations), doubleValue(c, "fitness"),
                    bool(c, "solved"), (int) longValue(c, "speciesId"));
        }
        return new Checkpoint(engine, new RunProgress(champion, longValue(p, "championGeneration"),
                longValue(p, "solvedEvaluations"), longValue(p, "solvedGenerations")));
    }

    private static ArrayNode rows(int[][] rows) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (int[] row : rows) {
            ArrayNode r = array.addArray();
            for (int v : row) {
                r.add(v);
            }
        }
        return array;
    }

    private static int[][] rows(JsonNode parent, String field, int width) {
        JsonNode array = array(parent, field);
        int[][] rows = new int[array.size()][];
        for (int i = 0; i < rows.length; i++) {
            JsonNode row = array.get(i);
            if (!row.isArray() || row.size() != width) {
                throw new IllegalArgumentException(field + "[" + i + "] must be " + width + " integers");
            }
            rows[i] = new int[width];
            for (int k = 0; k < width; k++) {
                if (!row.get(k).isIntegralNumber()) {
                    throw new IllegalArgumentException(field + "[" + i + "] must be " + width + " integers");
                }
                rows[i][k] = row.get(k).intValue();
            }
        }
        return rows;
    }

    /** The complexity phase; checkpoints written before phased regulation existed start it afresh. */
    private static ComplexityPhase complexityPhase(JsonNode root) {
        if (!root.has("complexity")) {
            return ComplexityPhase.initial();
        }
        JsonNode c = object(root, "complexity");
        return new ComplexityPhase(bool(c, "simplifying"), doubleValue(c, "ceiling"), doubleValue(c, "lowestMean"),
                longValue(c, "lowestGeneration"));
    }

    private static void putDouble(ObjectNode node, String field, double value) {
        if (Double.isFinite(value)) {
            node.put(field, value);
        } else {
            node.put(field, Double.toString(value));
        }
    }

    private static JsonNode field(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("missing field '" + field + "'");
        }
        return v;
    }

    private static JsonNode object(JsonNode node, String field) {
        JsonNode v = field(node, field);
        if (!v.isObject()) {
            throw new IllegalArgumentException("field '" + field + "' must be an object");
        }
        return v;
    }

    private static JsonNode array(JsonNode node, String field) {
        JsonNode v = field(node, field);
        if (!v.isArray()) {
            throw new IllegalArgumentException("field '" + field + "' must be an array");
        }
        return v;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = field(node, field);
        if (!v.isTextual()) {
            throw new IllegalArgumentException("field '" + field + "' must be a string");
        }
        return v.textValue();
    }

    private static long longValue(JsonNode node, String field) {
        JsonNode v = field(node, field);
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            throw new IllegalArgumentException("field '" + field + "' must be an integer");
        }
        return v.longValue();
    }

    private static double doubleValue(JsonNode node, String field) {
        JsonNode v = field(node, field);
        if (v.isNumber()) {
            return v.doubleValue();
        }
        if (v.isTextual()) {
            switch (v.textValue()) {
                case "Infinity":
                    return Double.POSITIVE_INFINITY;
                case "-Infinity":
                    return Double.NEGATIVE_INFINITY;
                case "NaN":
                    return Double.NaN;
                default:
                    break;
            }
        }
        throw new IllegalArgumentException("field '" + field + "' must be a number");
    }

    private static boolean bool(JsonNode node, String field) {
        JsonNode v = field(node, field);
        if (!v.isBoolean()) {
            throw new IllegalArgumentException("field '" + field + "' must be true or false");
        }
        return v.booleanValue();
    }
}
