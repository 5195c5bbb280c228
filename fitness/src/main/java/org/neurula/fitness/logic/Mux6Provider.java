package org.neurula.fitness.logic;

import org.neurula.fitness.Task;
import org.neurula.fitness.TaskProvider;

/** The 6-multiplexer: 2 address inputs select one of 4 data inputs (see {@link TruthTable#multiplexer}). */
public final class Mux6Provider implements TaskProvider<MultiplexerConfig> {

    @Override
    public String id() {
        return "mux6";
    }

    @Override
    public String description() {
        return "6-multiplexer: 2 address bits select one of 4 data bits; all 64 patterns";
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
        return new TruthTableTask(TruthTable.multiplexer(2));
    }
}
