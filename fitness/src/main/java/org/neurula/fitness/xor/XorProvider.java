package org.neurula.fitness.xor;

import org.neurula.fitness.Task;
import org.neurula.fitness.TaskProvider;

/** Provides {@link XorTask} under the id {@code xor}; geometry: the default lines (see {@link XorTask}). */
public final class XorProvider implements TaskProvider<XorConfig> {

    @Override
    public String id() {
        return "xor";
    }

    @Override
    public String description() {
        return "two-input exclusive or (NEAT paper): fitness (4 - sum|error|)^2, solved when all outputs are on the right side of 0.5";
    }

    @Override
    public Class<XorConfig> configType() {
        return XorConfig.class;
    }

    @Override
    public XorConfig defaults() {
        return new XorConfig();
    }

    @Override
    public Task create(XorConfig config) {
        if (config.protocol() == null || !XorConfig.PROTOCOLS.contains(config.protocol())) {
            throw new IllegalArgumentException("protocol must be one of " + XorConfig.PROTOCOLS + ", was "
                    + config.protocol());
        }
        return new XorTask(config);
    }
}
