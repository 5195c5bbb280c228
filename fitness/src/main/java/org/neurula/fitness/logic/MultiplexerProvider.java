package org.neurula.fitness.logic;

import org.neurula.fitness.Task;
import org.neurula.fitness.TaskProvider;

/**
 * The multiplexer tasks: {@code addressBits} address inputs select one of 2^addressBits data inputs
 * (see {@link TruthTable#multiplexer}). Subclasses fix the size, since a service provider needs a
 * constructor without arguments. Geometry: the default {@linkplain org.neurula.neat.geometry.Geometry#lines
 * lines}, address bits first (leftmost), then the data bits.
 */
abstract class MultiplexerProvider implements TaskProvider<MultiplexerConfig> {

    private final int addressBits;

    MultiplexerProvider(int addressBits) {
        this.addressBits = addressBits;
    }

    @Override
    public String id() {
        return "mux" + (addressBits + (1 << addressBits));
    }

    @Override
    public String description() {
        int data = 1 << addressBits;
        int inputs = addressBits + data;
        return inputs + "-multiplexer: " + addressBits + " address bits select one of " + data + " data bits; all "
                + (1 << inputs) + " patterns";
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
        return new TruthTableTask(TruthTable.multiplexer(addressBits));
    }
}
