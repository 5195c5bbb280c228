package org.neurula.fitness.logic;

import org.neurula.fitness.Task;
import org.neurula.fitness.TaskProvider;

/**
 * N-bit parity ({@code parity3}: three bits by default; {@code bits} sets N). Geometry: the default
 * {@linkplain org.neurula.neat.geometry.Geometry#lines lines} (the bits have no spatial order that matters).
 */
public final class ParityProvider implements TaskProvider<ParityConfig> {

    @Override
    public String id() {
        return "parity3";
    }

    @Override
    public String description() {
        return "N-bit parity (odd number of ones -> 1) over the full truth table; fitness (2^N - sum|error|)^2";
    }

    @Override
    public Class<ParityConfig> configType() {
        return ParityConfig.class;
    }

    @Override
    public ParityConfig defaults() {
        return new ParityConfig(3);
    }

    @Override
    public Task create(ParityConfig config) {
        if (config.bits() < 2 || config.bits() > 16) {
            throw new IllegalArgumentException("bits must lie in 2..16 (the table has 2^bits rows), was " + config.bits());
        }
        return new TruthTableTask(TruthTable.parity(config.bits()));
    }
}
