package org.neurula.developmental.es;

import org.neurula.neat.config.ParameterProblems;

/**
 * The settings of ES-HyperNEAT's search for hidden nodes (Risi &amp; Stanley 2012, "An enhanced
 * hypercube-based encoding for evolving the placement, density, and connectivity of neurons",
 * Artificial Life 18(4)). The CPPN's weight pattern around a node is sampled on a quadtree over the
 * substrate square [-1, 1]²; where it varies, the tree is divided further; leaves in regions of low
 * variance that stand out from their neighbours (a "band") become connections to hidden nodes.
 *
 * @param initialDepth      the quadtree is always divided to this depth (depth d gives a 2^d × 2^d
 *                          resolution)
 * @param maxDepth          and never beyond this one
 * @param divisionThreshold a node between the two depths is divided when the variance of its
 *                          children's weights exceeds this
 * @param varianceThreshold during extraction, a child whose subtree varies at least this much is
 *                          searched further instead of being a connection candidate
 * @param bandThreshold     a candidate is expressed when its band level (how much it differs from its
 *                          neighbours on both sides along x or along y) exceeds this
 * @param iterations        rounds of searching outward from hidden nodes found so far (hidden to hidden
 *                          connections)
 */
public record EsHyperNeatParameters(int initialDepth, int maxDepth, double divisionThreshold,
        double varianceThreshold, double bandThreshold, int iterations) {

    /**
     * The values of the ES-HyperNEAT C# release built on SharpNEAT 2 and of MultiNEAT's ES-HyperNEAT
     * example: depth 3 to 3 (8 × 8), division and variance thresholds 0.03, band threshold 0.3, one
     * iteration. (Both also scale weights into [-5, 5]; here the weight range is HyperNEAT's
     * {@code maxWeight}, shared by both encodings.)
     */
    public static EsHyperNeatParameters defaults() {
        return new EsHyperNeatParameters(3, 3, 0.03, 0.03, 0.3, 1);
    }

    /** Records every out-of-range value under {@code prefix} (for example {@code encoding.esHyperneat}). */
    public void check(ParameterProblems problems, String prefix) {
        problems.require(initialDepth >= 1 && initialDepth <= 10, prefix + ".initialDepth",
                "must lie in [1, 10] (depth d samples a 2^d × 2^d grid), was " + initialDepth);
        problems.require(maxDepth >= initialDepth && maxDepth <= 10, prefix + ".maxDepth",
                "must lie in [initialDepth, 10] = [" + initialDepth + ", 10], was " + maxDepth);
        problems.nonNegative(divisionThreshold, prefix + ".divisionThreshold");
        problems.nonNegative(varianceThreshold, prefix + ".varianceThreshold");
        problems.nonNegative(bandThreshold, prefix + ".bandThreshold");
        problems.require(iterations >= 0 && iterations <= 10, prefix + ".iterations",
                "must lie in [0, 10], was " + iterations);
    }
}
