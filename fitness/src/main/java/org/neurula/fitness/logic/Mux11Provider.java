package org.neurula.fitness.logic;

import org.neurula.fitness.Task;
import org.neurula.fitness.TaskProvider;

/** The 11-multiplexer: 3 address inputs select one of 8 data inputs (see {@link TruthTable#multiplexer}). */
public final class Mux11Provider implements TaskProvider<MultiplexerConfig> {

    @Override
    public String id() {
        return "mux11";
    }

    @Override
    public String description() {
        return "11-multiplexer: 3 address bits select one of 8 data bits; all 2048 patterns";
    }

    @Override
    public Class<MultiplexerConfig> configType() {
        return MultiplexerConfig.class;
    }

    @Override
    public MultiplexerConfig defaults() {
        return new MultiplexerConfig();
    }

    @Override
    public Task create(MultiplexerConfig config) {
        return new TruthTableTask(TruthTable.multiplexer(3));
    }
}
