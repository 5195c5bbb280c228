package org.neurula.fitness.boxes;

import org.neurula.fitness.ScriptedNetwork;

/**
 * A hand-written network that finds the large box: each output is the summed input over the
 * large-box-sized window (3·s × 3·s units at resolution 11·s) around its unit, which peaks only where the
 * window covers the whole large box, at its centre (the small box is at least two cells from the large
 * one, too far to make up for the large pixels a shifted window loses).
 */
final class LargeBoxOracle extends ScriptedNetwork {

    private final int resolution;
    private final int halfWindow;

    LargeBoxOracle(int resolution) {
        super(resolution * resolution, resolution * resolution);
        this.resolution = resolution;
        this.halfWindow = (3 * (resolution / 11) - 1) / 2;
    }

    @Override
    public void activate(double[] in, double[] out) {
        for (int row = 0; row < resolution; row++) {
            for (int column = 0; column < resolution; column++) {
                double sum = 0;
                for (int r = Math.max(0, row - halfWindow); r <= Math.min(resolution - 1, row + halfWindow); r++) {
                    for (int c = Math.max(0, column - halfWindow); c <= Math.min(resolution - 1, column + halfWindow);
                            c++) {
                        sum += in[r * resolution + c];
                    }
                }
                out[row * resolution + column] = sum;
            }
        }
    }
}
