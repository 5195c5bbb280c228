package org.neurula.runs.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.neurula.neat.activation.ActivationFunction;
import org.neurula.neat.activation.ActivationRegistry;
import org.neurula.neat.genome.NodeKind;
import org.neurula.neat.geometry.Positions;
import org.neurula.neat.network.NetworkBlueprint;
import org.neurula.neat.network.PlasticityBlueprint;
import org.neurula.neat.plasticity.PlasticityGenes;

/**
 * The JSON form of a grown network (the {@code "phenotype"} object of a genome file whose run used an
 * indirect encoding), so that the network can be rebuilt without the run's config or task:
 * {@code "recurrent"}, {@code "dimensions"} (absent when the nodes have no positions), the nodes
 * ({@code id, kind, activation, bias} and {@code "at": [x, y(, z)]}), the connections
 * ({@code from, to} as node indices, {@code weight}, and {@code "plasticity": [eta, a, b, c, d]}
 * when the network is plastic) and {@code "rule"} for a plastic network.
 */
public final class PhenotypeJson {

    private PhenotypeJson() {
    }

    /** The JSON of {@code blueprint}. */
    public static ObjectNode of(NetworkBlueprint blueprint) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("recurrent", blueprint.recurrent());
        Positions at = blueprint.positions();
        if (at != null) {
            root.put("dimensions", at.dimensions());
        }
        PlasticityBlueprint plastic = blueprint.plasticity();
        if (plastic != null) {
            root.put("rule", plastic.rule().id());
        }
        ArrayNode nodes = root.putArray("nodes");
        for (int i = 0; i < blueprint.nodeCount(); i++) {
            ObjectNode n = nodes.addObject();
            n.put("id", blueprint.nodeIds()[i]);
            n.put("kind", blueprint.kinds()[i].name().toLowerCase(Locale.ROOT));
            n.put("activation", blueprint.activations()[i].id());
            n.put("bias", blueprint.biases()[i]);
            if (at != null) {
                ArrayNode xyz = n.putArray("at");
                for (int a = 0; a < at.dimensions(); a++) {
                    xyz.add(at.coordinate(i, a));
                }
            }
        }
        ArrayNode connections = root.putArray("connections");
        for (int c = 0; c < blueprint.connectionCount(); c++) {
            ObjectNode e = connections.addObject();
            e.put("from", blueprint.sources()[c]);
            e.put("to", blueprint.targets()[c]);
            e.put("weight", blueprint.weights()[c]);
            if (plastic != null) {
                ArrayNode values = e.putArray("plasticity");
                for (int k = 0; k < PlasticityGenes.PARAMETERS; k++) {
                    values.add(plastic.parameter(c, k));
                }
            }
        }
        return root;
    }

    /**
     * Reads {@link #of}'s output back.
     *
     * @throws IllegalArgumentException naming the first field that is missing or malformed
     */
    public static NetworkBlueprint read(JsonNode root, ActivationRegistry activations) {
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("field 'phenotype' must be an object with nodes and connections");
        }
        JsonNode nodes = root.get("nodes");
        JsonNode connections = root.get("connections");
        if (nodes == null || !nodes.isArray() || connections == null || !connections.isArray()) {
            throw new IllegalArgumentException("a phenotype needs the arrays 'nodes' and 'connections'");
        }
        JsonNode recurrent = root.get("recurrent");
        if (recurrent == null || !recurrent.isBoolean()) {
            throw new IllegalArgumentException("phenotype field 'recurrent' must be true or false");
        }
        int dimensions = root.has("dimensions") ? GenomeJson.integer(root, "dimensions") : 0;
        int n = nodes.size();
        int[] ids = new int[n];
        NodeKind[] kinds = new NodeKind[n];
        ActivationFunction[] functions = new ActivationFunction[n];
        double[] biases = new double[n];
        double[] coordinates = new double[n * dimensions];
        for (int i = 0; i < n; i++) {
            JsonNode node = nodes.get(i);
            ids[i] = GenomeJson.integer(node, "id");
            String kind = GenomeJson.text(node, "kind");
            try {
                kinds[i] = NodeKind.valueOf(kind.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown node kind '" + kind + "'");
            }
            functions[i] = activations.get(GenomeJson.text(node, "activation"));
            biases[i] = GenomeJson.number(node, "bias");
            if (dimensions > 0) {
                JsonNode xyz = node.get("at");
                if (xyz == null || !xyz.isArray() || xyz.size() != dimensions) {
                    throw new IllegalArgumentException("phenotype node " + i + ": field 'at' must hold " + dimensions
                            + " numbers");
                }
                for (int a = 0; a < dimensions; a++) {
                    if (!xyz.get(a).isNumber()) {
                        throw new IllegalArgumentException("phenotype node " + i + ": field 'at' must hold numbers");
                    }
                    coordinates[i * dimensions + a] = xyz.get(a).doubleValue();
                }
            }
        }
        boolean plastic = root.has("rule");
        int m = connections.size();
        int[] sources = new int[m];
        int[] targets = new int[m];
        double[] weights = new double[m];
        double[] parameters = plastic ? new double[m * PlasticityGenes.PARAMETERS] : null;
        for (int c = 0; c < m; c++) {
            JsonNode e = connections.get(c);
            sources[c] = GenomeJson.integer(e, "from");
            targets[c] = GenomeJson.integer(e, "to");
            weights[c] = GenomeJson.number(e, "weight");
            if (plastic) {
                JsonNode values = e.get("plasticity");
                if (values == null || !values.isArray() || values.size() != PlasticityGenes.PARAMETERS) {
                    throw new IllegalArgumentException("phenotype connection " + c + ": a plastic network needs "
                            + "'plasticity': [eta, a, b, c, d] on every connection");
                }
                for (int k = 0; k < PlasticityGenes.PARAMETERS; k++) {
                    parameters[c * PlasticityGenes.PARAMETERS + k] = values.get(k).asDouble();
                }
            }
        }
        PlasticityBlueprint plasticity = plastic
                ? new PlasticityBlueprint(GenomeJson.rule(GenomeJson.text(root, "rule")), parameters) : null;
        Positions positions = dimensions > 0 ? Positions.of(dimensions, coordinates) : null;
        try {
            return new NetworkBlueprint(ids, kinds, functions, biases, sources, targets, weights,
                    recurrent.booleanValue(), plasticity, positions);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a valid phenotype: " + e.getMessage(), e);
        }
    }
}
