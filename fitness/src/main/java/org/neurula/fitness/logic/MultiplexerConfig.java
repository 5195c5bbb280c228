package org.neurula.fitness.logic;

/** The multiplexer tasks have no parameters. */
public record MultiplexerConfig() {
}
