package org.neurula.runs.config;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a run's genomes become networks: the {@code encoding.type} key. */
public enum EncodingType {
    /** NEAT's direct encoding: the genome is the network (the default). */
    DIRECT("direct"),
    /** HyperNEAT: the genome is a CPPN queried for every candidate connection of a fixed substrate. */
    HYPERNEAT("hyperneat"),
    /** ES-HyperNEAT: the genome is a CPPN whose weight pattern also decides where hidden nodes go. */
    ES_HYPERNEAT("es-hyperneat"),
    /**
     * A NEAT-evolved developmental program: the genome is the program every cell runs, and the network
     * grows from one cell (section {@code encoding.cellProgram}).
     */
    CELL_PROGRAM("cell-program");

    private final String id;

    EncodingType(String id) {
        this.id = id;
    }

    /** The name written in configs. */
    @JsonValue
    public String id() {
        return id;
    }

    @Override
    public String toString() {
        return id;
    }
}
