package org.neurula.developmental.hyperneat;

import org.neurula.neat.config.ParameterProblems;

/**
 * The CPPN's extra inputs and its output function.
 *
 * @param deltas           whether the CPPN also gets the coordinate differences x2−x1, y2−y1[, z2−z1]
 *                         (default false: the HyperNEAT paper's x1, y1, x2, y2)
 * @param distance         whether it also gets the source–target distance (default false)
 * @param outputActivation activation of the CPPN's output nodes (default {@code bipolar-sigmoid}, whose
 *                         range (-1, 1) the weight scaling and the LEO's "expressed when positive" assume)
 */
public record CppnParameters(boolean deltas, boolean distance, String outputActivation) {

    /** Coordinates only, bipolar sigmoid outputs. */
    public static CppnParameters defaults() {
        return new CppnParameters(false, false, "bipolar-sigmoid");
    }

    /** Adds this section's problems under {@code prefix}. */
    public void check(ParameterProblems problems, String prefix) {
        problems.require(outputActivation != null && !outputActivation.isBlank(), prefix + ".outputActivation",
                "must name an activation function, for example bipolar-sigmoid or tanh");
    }
}
