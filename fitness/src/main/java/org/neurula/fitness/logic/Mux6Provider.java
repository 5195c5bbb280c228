package org.neurula.fitness.logic;

/** The 6-multiplexer, id {@code mux6}. */
public final class Mux6Provider extends MultiplexerProvider {

    /** The provider ServiceLoader instantiates. */
    public Mux6Provider() {
        super(2);
    }
}
