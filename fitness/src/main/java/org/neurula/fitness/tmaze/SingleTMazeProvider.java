package org.neurula.fitness.tmaze;

/** {@code tmaze}: one junction, 100 trips, the high reward switches sides once at trip 50 ± 15. */
public final class SingleTMazeProvider extends TMazeProvider {

    /** The provider ServiceLoader instantiates. */
    public SingleTMazeProvider() {
        super(1);
    }

    @Override
    public String id() {
        return "tmaze";
    }

    @Override
    public String description() {
        return "T-maze lifetime learning (Soltoggio et al. 2008): find the high reward (1.0 vs 0.2), "
                + "relearn when it switches sides; fitness = summed reward; optimum ~98.8, non-learning 60";
    }

    @Override
    public TMazeConfig defaults() {
        return new TMazeConfig(100, 1, 15, 4, 1, 1.0, 0.2, -0.3, true, 0.95, false);
    }
}
