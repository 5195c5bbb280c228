package org.neurula.neat.plasticity;

/** Where the evolved plasticity parameters (η, A, B, C, D) live in a genome. */
public enum GeneScope {

    /** Every connection gene carries its own η, A, B, C and D. */
    CONNECTION,

    /** One set of η, A, B, C and D for the whole network. */
    NETWORK
}
