package org.neurula.fitness.boxes;

import org.neurula.fitness.Task;
import org.neurula.fitness.TaskProvider;

/**
 * {@code boxes}: the visual discrimination task of Stanley, D'Ambrosio &amp; Gauci (2009), see
 * {@link BoxesTask}. Geometry: the visual and the target field on one {@code resolution × resolution}
 * grid over [−1, 1]² (2-D).
 */
public final class BoxesProvider implements TaskProvider<BoxesConfig> {

    @Override
    public String id() {
        return "boxes";
    }

    @Override
    public String description() {
        return "visual discrimination (Stanley, D'Ambrosio & Gauci 2009): mark the centre of the 3x3 box beside a "
                + "1x1 box on an 11x11 field (resolution 33, 55 magnifies it), 75 trials; fitness "
                + "10 + sum max(0, 30 - d^2), d in 11x11 cells";
    }

    @Override
    public Class<BoxesConfig> configType() {
        return BoxesConfig.class;
    }

    @Override
    public BoxesConfig defaults() {
        return new BoxesConfig(11, 0.0);
    }

    @Override
    public Task create(BoxesConfig config) {
        return new BoxesTask(config);
    }
}
