package org.neurula.neat.config;

/** Whether evolution seeks high or low fitness. */
public enum Objective {
    /** Higher fitness is better (the default). */
    MAXIMIZE,
    /** Lower fitness is better. */
    MINIMIZE;

    /** Whether {@code a} is strictly better than {@code b}. */
    public boolean isBetter(double a, double b) {
        return this == MAXIMIZE ? a > b : a < b;
    }

    /** Fitness turned into a quantity to maximise. */
    public double toScore(double fitness) {
        return this == MAXIMIZE ? fitness : -fitness;
    }
}
