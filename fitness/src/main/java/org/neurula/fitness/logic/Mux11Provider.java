package org.neurula.fitness.logic;

/** The 11-multiplexer, id {@code mux11}. */
public final class Mux11Provider extends MultiplexerProvider {

    /** The provider ServiceLoader instantiates. */
    public Mux11Provider() {
        super(3);
    }
}
