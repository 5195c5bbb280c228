package org.neurula.developmental.substrate;

import java.util.List;
import org.neurula.neat.config.ParameterProblems;

/**
 * The part of a substrate a config sets: its hidden layers and which node pairs are candidate
 * connections. Input and output nodes come from the task's geometry.
 *
 * @param hidden        hidden layers from the inputs' side to the outputs' side (default none), each a grid
 *                      {@code {columns: C, rows: R}} (rows 1 in 2-D) or a list {@code {coordinates: [x, y, ...]}}
 * @param connectivity  {@code FEED_FORWARD} (default) or {@code RECURRENT}
 * @param inputToOutput in a feed-forward substrate with hidden layers, whether the inputs are also
 *                      candidates to connect straight to the outputs (default false); without hidden
 *                      layers they always are
 */
public record SubstrateParameters(List<HiddenLayer> hidden, Connectivity connectivity, boolean inputToOutput) {

    /** Copies the layer list (null means none). */
    public SubstrateParameters {
        hidden = hidden == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(hidden));
    }

    /** No hidden layers, feed-forward: every input a candidate for every output. */
    public static SubstrateParameters defaults() {
        return new SubstrateParameters(List.of(), Connectivity.FEED_FORWARD, false);
    }

    /** The same substrate with other hidden layers. */
    public SubstrateParameters withHidden(List<HiddenLayer> layers) {
        return new SubstrateParameters(layers, connectivity, inputToOutput);
    }

    /** The same substrate with another connectivity. */
    public SubstrateParameters withConnectivity(Connectivity value) {
        return new SubstrateParameters(hidden, value, inputToOutput);
    }

    /** Adds this section's problems under {@code prefix} (for example {@code substrate}) for a substrate of {@code dimensions}. */
    public void check(ParameterProblems problems, String prefix, int dimensions) {
        problems.require(connectivity != null, prefix + ".connectivity", "must be feed_forward or recurrent");
        for (int k = 0; k < hidden.size(); k++) {
            HiddenLayer layer = hidden.get(k);
            if (layer == null) {
                problems.require(false, prefix + ".hidden[" + k + "]", "must be a layer (columns, rows or coordinates)");
            } else {
                layer.check(problems, prefix + ".hidden[" + k + "]", dimensions);
            }
        }
        problems.require(!inputToOutput || connectivity != Connectivity.RECURRENT, prefix + ".inputToOutput",
                "applies to feed_forward substrates (a recurrent one already links inputs to every node); set it false");
    }
}
