package org.neurula.neat.geometry;

/**
 * Where a task's inputs and outputs lie in space, which indirect encodings (HyperNEAT and its
 * relatives) read to place the substrate's input and output nodes. Every task has one: tasks
 * without a natural geometry get {@link #lines}.
 *
 * @param inputs  one point per network input, in input order (the bias is not placed)
 * @param outputs one point per network output, in output order, with the inputs' dimensions
 */
public record Geometry(Positions inputs, Positions outputs) {

    /** Requires both point sets and the same dimensions. */
    public Geometry {
        if (inputs == null || outputs == null) {
            throw new IllegalArgumentException("a geometry needs input and output positions");
        }
        if (inputs.dimensions() != outputs.dimensions()) {
            throw new IllegalArgumentException("inputs are " + inputs.dimensions() + "-D but outputs "
                    + outputs.dimensions() + "-D");
        }
    }

    /**
     * The default for tasks without a geometry of their own: inputs evenly spread over x ∈ [-1, 1] at
     * y = -1, outputs likewise at y = 1 (the placement PUREPLES and SharpNEAT's HyperNEAT examples use for
     * such tasks).
     */
    public static Geometry lines(int inputs, int outputs) {
        return new Geometry(Positions.line(inputs, -1.0), Positions.line(outputs, 1.0));
    }

    /** 2 or 3. */
    public int dimensions() {
        return inputs.dimensions();
    }
}
