package org.neurula.runs.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.neurula.neat.activation.ActivationRegistry;
import org.neurula.neat.engine.Member;
import org.neurula.neat.genome.ConnectionGenes;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.genome.GenomeBuilder;
import org.neurula.neat.genome.NodeGenes;
import org.neurula.neat.genome.NodeKind;
import org.neurula.neat.genome.PruningGenes;
import org.neurula.neat.plasticity.PlasticityGenes;
import org.neurula.neat.plasticity.PlasticityRule;

/**
 * The versioned JSON form of a genome ({@code "format": "neurula-genome", "version": 1}): node genes
 * (id, kind, activation, bias) and connection genes (innovation, in, out, weight, enabled); a plastic
 * genome adds {@code "plasticity": {"rule", "eta", "a", "b", "c", "d"}} and, when its parameters
 * evolve per connection, {@code "plasticity": [eta, a, b, c, d]} on every connection gene.
 */
public final class GenomeJson {

    /** The format name written into every file. */
    public static final String FORMAT = "neurula-genome";
    /** The current format version. */
    public static final int VERSION = 1;

    private GenomeJson() {
    }

    /** A member and its genome, with the generation it belongs to. */
    public static ObjectNode of(Member member, long generation) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("id", member.id());
        root.put("generation", generation);
        root.put("speciesId", member.speciesId());
        root.put("fitness", member.fitness());
        root.put("solved", member.solved());
        root.setAll(genome(member.genome()));
        return root;
    }

    /** The genome alone: inputs, outputs, nodes and connections. */
    public static ObjectNode genome(Genome genome) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("inputs", genome.inputCount());
        root.put("outputs", genome.outputCount());
        NodeGenes nodes = genome.nodes();
        ArrayNode nodeArray = root.putArray("nodes");
        for (int i = 0; i < nodes.size(); i++) {
            ObjectNode n = nodeArray.addObject();
            n.put("id", nodes.id(i));
            n.put("kind", nodes.kind(i).name().toLowerCase(java.util.Locale.ROOT));
            n.put("activation", nodes.activation(i).id());
            n.put("bias", nodes.bias(i));
        }
        PlasticityGenes shared = genome.plasticity();
        if (shared != null) {
            ObjectNode p = root.putObject("plasticity");
            p.put("rule", shared.rule().id());
            p.put("eta", shared.eta());
            p.put("a", shared.a());
            p.put("b", shared.b());
            p.put("c", shared.c());
            p.put("d", shared.d());
        }
        PruningGenes pruning = genome.pruning();
        if (pruning != null) {
            ObjectNode p = root.putObject("pruning");
            p.put("criticalPeriod", pruning.criticalPeriod());
            p.put("fraction", pruning.fraction());
        }
        ConnectionGenes genes = genome.connections();
        ArrayNode connections = root.putArray("connections");
        for (int c = 0; c < genes.size(); c++) {
            ObjectNode g = connections.addObject();
            g.put("innovation", genes.innovation(c));
            g.put("in", genes.source(c));
            g.put("out", genes.target(c));
            g.put("weight", genes.weight(c));
            g.put("enabled", genes.enabled(c));
            if (genes.hasPlasticity()) {
                ArrayNode values = g.putArray("plasticity");
                for (int k = 0; k < PlasticityGenes.PARAMETERS; k++) {
                    values.add(genes.plasticity(c, k));
                }
            }
        }
        return root;
    }

    /**
     * Reads the genome part of {@link #genome(Genome)}'s output back: node genes and connection genes,
     * with activations looked up in {@code activations}. Only these known fields are read; nothing in
     * the document names a class.
     *
     * @throws IllegalArgumentException naming the first field that is missing or malformed
     */
    public static Genome read(JsonNode root, ActivationRegistry activations) {
        GenomeBuilder builder = new GenomeBuilder();
        JsonNode plasticity = root.get("plasticity");
        if (plasticity != null) {
            if (!plasticity.isObject()) {
                throw new IllegalArgumentException("field 'plasticity' must be an object with rule, eta, a, b, c, d");
            }
            PlasticityRule parsed = rule(text(plasticity, "rule"));
            builder.plasticity(new PlasticityGenes(parsed, number(plasticity, "eta"), number(plasticity, "a"),
                    number(plasticity, "b"), number(plasticity, "c"), number(plasticity, "d")));
        }
        JsonNode pruning = root.get("pruning");
        if (pruning != null) {
            if (!pruning.isObject()) {
                throw new IllegalArgumentException("field 'pruning' must be an object with criticalPeriod and fraction");
            }
            try {
                builder.pruning(new PruningGenes(integer(pruning, "criticalPeriod"), number(pruning, "fraction")));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("field 'pruning': " + e.getMessage(), e);
            }
        }
        JsonNode nodes = root.get("nodes");
        JsonNode connections = root.get("connections");
        if (nodes == null || !nodes.isArray() || connections == null || !connections.isArray()) {
            throw new IllegalArgumentException("a genome needs the arrays 'nodes' and 'connections'");
        }
        for (JsonNode n : nodes) {
            String kind = text(n, "kind");
            NodeKind nodeKind;
            try {
                nodeKind = NodeKind.valueOf(kind.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown node kind '" + kind + "'");
            }
            builder.node(integer(n, "id"), nodeKind, activations.get(text(n, "activation")), number(n, "bias"));
        }
        for (JsonNode c : connections) {
            JsonNode enabled = c.get("enabled");
            if (enabled == null || !enabled.isBoolean()) {
                throw new IllegalArgumentException("connection field 'enabled' must be true or false");
            }
            builder.connection(integer(c, "innovation"), integer(c, "in"), integer(c, "out"), number(c, "weight"),
                    enabled.booleanValue(), connectionPlasticity(c));
        }
        return builder.build();
    }

    private static double[] connectionPlasticity(JsonNode connection) {
        JsonNode values = connection.get("plasticity");
        if (values == null) {
            return null;
        }
        if (!values.isArray() || values.size() != PlasticityGenes.PARAMETERS) {
            throw new IllegalArgumentException("connection field 'plasticity' must be an array of "
                    + PlasticityGenes.PARAMETERS + " numbers (eta, a, b, c, d)");
        }
        double[] result = new double[PlasticityGenes.PARAMETERS];
        for (int k = 0; k < result.length; k++) {
            if (!values.get(k).isNumber()) {
                throw new IllegalArgumentException("connection field 'plasticity' must hold numbers");
            }
            result[k] = values.get(k).doubleValue();
        }
        return result;
    }

    /** The rule named {@code id}, or an exception listing the known ones. */
    static PlasticityRule rule(String id) {
        return java.util.Arrays.stream(PlasticityRule.values()).filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown plasticity rule '" + id + "'; known: "
                        + java.util.Arrays.stream(PlasticityRule.values()).map(PlasticityRule::id)
                                .collect(java.util.stream.Collectors.joining(", "))));
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual()) {
            throw new IllegalArgumentException("field '" + field + "' must be a string");
        }
        return v.textValue();
    }

    static int integer(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.canConvertToInt() || !v.isIntegralNumber()) {
            throw new IllegalArgumentException("field '" + field + "' must be an integer");
        }
        return v.intValue();
    }

    static double number(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isNumber()) {
            throw new IllegalArgumentException("field '" + field + "' must be a number");
        }
        return v.doubleValue();
    }
}
