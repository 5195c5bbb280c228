package org.neurula.developmental.cppn;

/**
 * The inputs and outputs of a CPPN (a compositional pattern producing network, Stanley 2007) that
 * paints a substrate's connectivity: how many inputs and outputs its genomes need and which index
 * holds what. The genome's bias node supplies the constant input; it is not counted here.
 *
 * <p><b>Input order</b> (D = dimensions): source coordinates {@code x1, y1[, z1]}, target coordinates
 * {@code x2, y2[, z2]}, then with {@code deltas} the differences {@code x2−x1, y2−y1[, z2−z1]}, then with
 * {@code distance} the Euclidean distance between source and target.
 *
 * <p><b>Output order</b>: the weight; then, each when present, the node bias, the link expression output
 * (LEO), the five plasticity parameters η, A, B, C, D, and the modulatory flag.
 *
 * <pre>{@code
 * CppnLayout layout = new CppnLayout(2, false, false, true, true, false, false);
 * layout.cppnInputs();   // 4: x1, y1, x2, y2
 * layout.cppnOutputs();  // 3: weight, bias, LEO
 * }</pre>
 *
 * @param dimensions       2 or 3, the substrate's
 * @param deltas           whether the coordinate differences (target minus source) are inputs
 * @param distance         whether the source–target distance is an input
 * @param biasOutput       whether an output gives node biases
 * @param linkExpression   whether a link expression output decides which connections exist
 *                         (Verbancsics &amp; Stanley 2011)
 * @param plasticity       whether outputs give each connection's η, A, B, C, D (Risi &amp; Stanley 2010)
 * @param modulatoryOutput whether an output marks hidden nodes modulatory
 */
public record CppnLayout(int dimensions, boolean deltas, boolean distance, boolean biasOutput, boolean linkExpression,
        boolean plasticity, boolean modulatoryOutput) {

    /** Number of plasticity outputs (η, A, B, C, D) when {@code plasticity} is on. */
    public static final int PLASTICITY_OUTPUTS = 5;

    /** Requires 2 or 3 dimensions. */
    public CppnLayout {
        if (dimensions != 2 && dimensions != 3) {
            throw new IllegalArgumentException("a CPPN paints 2-D or 3-D substrates, not " + dimensions + "-D");
        }
    }

    /** A plain HyperNEAT CPPN: coordinates in, one weight out. */
    public static CppnLayout weightsOnly(int dimensions) {
        return new CppnLayout(dimensions, false, false, false, false, false, false);
    }

    /** Number of genome inputs the CPPN needs (the bias node not counted). */
    public int cppnInputs() {
        return 2 * dimensions + (deltas ? dimensions : 0) + (distance ? 1 : 0);
    }

    /** Number of genome outputs the CPPN needs. */
    public int cppnOutputs() {
        return 1 + (biasOutput ? 1 : 0) + (linkExpression ? 1 : 0) + (plasticity ? PLASTICITY_OUTPUTS : 0)
                + (modulatoryOutput ? 1 : 0);
    }

    /** The input index of the source's coordinate {@code axis} (0 x, 1 y, 2 z). */
    public int sourceInput(int axis) {
        return axis;
    }

    /** The input index of the target's coordinate {@code axis}. */
    public int targetInput(int axis) {
        return dimensions + axis;
    }

    /** The input index of the difference along {@code axis}, or -1 without {@code deltas}. */
    public int deltaInput(int axis) {
        return deltas ? 2 * dimensions + axis : -1;
    }

    /** The input index of the distance, or -1 without {@code distance}. */
    public int distanceInput() {
        return distance ? 2 * dimensions + (deltas ? dimensions : 0) : -1;
    }

    /** The output index of the weight: always 0. */
    public int weightIndex() {
        return 0;
    }

    /** The output index of the node bias, or -1. */
    public int biasIndex() {
        return biasOutput ? 1 : -1;
    }

    /** The output index of the link expression output, or -1. */
    public int expressionIndex() {
        return linkExpression ? 1 + (biasOutput ? 1 : 0) : -1;
    }

    /** The output index of η, followed by A, B, C and D; or -1. */
    public int plasticityIndex() {
        return plasticity ? 1 + (biasOutput ? 1 : 0) + (linkExpression ? 1 : 0) : -1;
    }

    /** The output index of the modulatory flag, or -1. */
    public int modulatoryIndex() {
        return modulatoryOutput ? cppnOutputs() - 1 : -1;
    }

    /** Whether some output is read once per node (the bias or the modulatory flag). */
    public boolean hasNodeOutputs() {
        return biasOutput || modulatoryOutput;
    }
}
