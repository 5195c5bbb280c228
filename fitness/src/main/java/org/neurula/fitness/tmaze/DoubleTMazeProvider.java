package org.neurula.fitness.tmaze;

/** {@code tmaze-double}: two junctions, four ends, 200 trips, switches near trips 50, 100 and 150 (± 15). */
public final class DoubleTMazeProvider extends TMazeProvider {

    /** The provider ServiceLoader instantiates. */
    public DoubleTMazeProvider() {
        super(2);
    }

    @Override
    public String id() {
        return "tmaze-double";
    }

    @Override
    public String description() {
        return "double T-maze (two junctions, four ends): find and refind the high reward; "
                + "fitness = summed reward; optimum 194, non-learning 80";
    }

    @Override
    public TMazeConfig defaults() {
        return new TMazeConfig(200, 3, 15, 4, 1, 1.0, 0.2, -0.3, true, 0.95, false);
    }
}
