package org.neurula.fitness.xor;

/** XOR has no parameters. */
public record XorConfig() {
}
