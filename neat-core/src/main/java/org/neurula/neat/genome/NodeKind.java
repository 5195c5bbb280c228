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
    OUTPUT,
    /**
     * A hidden node whose outgoing connections carry neuromodulation instead of activity: their
     * weighted sum at a target gates the plasticity of the target's incoming connections (Soltoggio
     * et al. 2008). Created by add-node mutations when plasticity is modulated.
     */
    MODULATORY;

    /** Whether nodes of this kind take no incoming connections (inputs and the bias). */
    public boolean isSource() {
        return this == INPUT || this == BIAS;
    }
}
