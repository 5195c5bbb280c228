package org.neurula.neat.plasticity;

/**
 * Keeps plastic weights bounded beyond clipping: after each plasticity step the incoming weights are
 * rescaled so that a measure of them does not exceed its value at the start of the lifetime.
 */
public enum Normalization {

    /** No rescaling; the weight bound alone limits the weights. */
    NONE,

    /** Each neuron's incoming weights are scaled down to their initial L2 norm (1 if that was 0). */
    NEURON_L2,

    /**
     * The weights into each layer (the nodes of one depth; the whole network when it has cycles) are
     * scaled down so their largest magnitude does not exceed the initial one (1 if that was 0).
     */
    LAYER_MAX_ABS
}
