package org.neurula.developmental.substrate;

/** Which node pairs of a substrate are candidate connections, queried from the CPPN. */
public enum Connectivity {
    /**
     * Layer to layer: inputs to the first hidden layer, each hidden layer to the next, the last to the
     * outputs (inputs straight to the outputs when there are no hidden layers; optionally as well when
     * there are). The network is acyclic.
     */
    FEED_FORWARD,
    /**
     * Every input to every other node, and every non-input node to every non-input node, itself
     * included; the network may have cycles and keeps state between activations.
     */
    RECURRENT
}
