package org.neurula.runs.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.neurula.neat.engine.Member;
import org.neurula.neat.genome.ConnectionGenes;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.genome.NodeGenes;

/**
 * The versioned JSON form of a genome ({@code "format": "neurula-genome", "version": 1}): node genes
 * (id, kind, activation, bias) and connection genes (innovation, in, out, weight, enabled).
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
        ConnectionGenes genes = genome.connections();
        ArrayNode connections = root.putArray("connections");
        for (int c = 0; c < genes.size(); c++) {
            ObjectNode g = connections.addObject();
            g.put("innovation", genes.innovation(c));
            g.put("in", genes.source(c));
            g.put("out", genes.target(c));
            g.put("weight", genes.weight(c));
            g.put("enabled", genes.enabled(c));
        }
        return root;
    }
}
