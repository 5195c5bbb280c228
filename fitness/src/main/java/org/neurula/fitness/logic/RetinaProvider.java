package org.neurula.fitness.logic;

import org.neurula.fitness.Task;
import org.neurula.fitness.TaskProvider;

/**
 * {@code retina}: Kashtan &amp; Alon's left-and-right retina (see {@link TruthTable#retina()}), as a
 * {@link RetinaTask}. Geometry: the pixels where they lie, a 4 × 2 sheet with the left half at x &lt; 0
 * and the right half at x &gt; 0 (y ∈ {−1, −1/3}), the two outputs at y = 1 above their halves.
 */
public final class RetinaProvider implements TaskProvider<RetinaConfig> {

    @Override
    public String id() {
        return "retina";
    }

    @Override
    public String description() {
        return "left & right retina (Kashtan & Alon 2005): 8 pixels, 256 patterns, two outputs "
                + "(left half shows a left object, right half a right object); geometry: the pixels in place, "
                + "left 2x2 half at x<0, right half at x>0, each output above its half";
    }

    @Override
    public Class<RetinaConfig> configType() {
        return RetinaConfig.class;
    }

    @Override
    public RetinaConfig defaults() {
        return new RetinaConfig();
    }

    @Override
    public Task create(RetinaConfig config) {
        return new RetinaTask();
    }
}
