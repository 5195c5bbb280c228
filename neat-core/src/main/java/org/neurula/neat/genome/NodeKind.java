package org.neurula.neat.genome;

/** The role of a node gene. */
public enum NodeKind {
    /** Receives one of the task's inputs; has no incoming connections. */
    INPUT,
    /** Always outputs 1.0; has no incoming connections. */
    BIAS,
    /** Created by add-node mutations (or by a decoder). */
    HIDDEN,
    /** Its value is one of the network's outputs. */
    OUTPUT;

    /** Whether nodes of this kind take no incoming connections (inputs and the bias). */
    public boolean isSource() {
        return this == INPUT || this == BIAS;
    }
}
