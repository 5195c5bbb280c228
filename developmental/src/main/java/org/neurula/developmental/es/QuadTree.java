package org.neurula.developmental.es;

import java.util.Arrays;

/**
 * One ES-HyperNEAT quadtree: the weight pattern around a fixed substrate point {@code a}, sampled at
 * the centres of ever smaller squares of [-1, 1]² (Risi &amp; Stanley 2012, algorithm 1, division and
 * initialisation). Node 0 is the root (centre (0, 0), half-width 1, level 1); a divided node's four
 * children follow one another, a quarter of its area each. Built once, then read by
 * {@link #extract}; flat arrays, one tree per search step.
 */
final class QuadTree {

    private double[] x = new double[64];
    private double[] y = new double[64];
    private double[] halfWidth = new double[64];
    private double[] weight = new double[64];
    private int[] level = new int[64];
    /** Index of the first of the four children, or -1 for a leaf. */
    private int[] firstChild = new int[64];
    private double[] variance;
    private int size;

    private final WeightPattern pattern;
    private final double ax;
    private final double ay;
    private final boolean outgoing;

    private QuadTree(WeightPattern pattern, double ax, double ay, boolean outgoing) {
        this.pattern = pattern;
        this.ax = ax;
        this.ay = ay;
        this.outgoing = outgoing;
    }

    /**
     * Samples the pattern of connections leaving (or, with {@code outgoing} false, entering) the point
     * (ax, ay): every node is divided down to {@code initialDepth}; below it, a node is divided while
     * its children's weights vary more than {@code divisionThreshold}, down to {@code maxDepth}.
     */
    static QuadTree divide(WeightPattern pattern, double ax, double ay, boolean outgoing, EsHyperNeatParameters p) {
        QuadTree tree = new QuadTree(pattern, ax, ay, outgoing);
        tree.add(0.0, 0.0, 1.0, 1);
        for (int i = 0; i < tree.size; i++) {
            if (i > 0 && !tree.dividing(i)) {
                continue;
            }
            int first = tree.size;
            double h = tree.halfWidth[i] / 2;
            int childLevel = tree.level[i] + 1;
            tree.add(tree.x[i] - h, tree.y[i] - h, h, childLevel);
            tree.add(tree.x[i] - h, tree.y[i] + h, h, childLevel);
            tree.add(tree.x[i] + h, tree.y[i] - h, h, childLevel);
            tree.add(tree.x[i] + h, tree.y[i] + h, h, childLevel);
            tree.firstChild[i] = first;
            boolean further = tree.level[i] < p.initialDepth()
                    || (tree.level[i] < p.maxDepth() && varianceOf(tree.weight, first) > p.divisionThreshold());
            for (int c = first; c < first + 4; c++) {
                tree.firstChild[c] = further ? DIVIDE : -1;
            }
        }
        tree.computeVariances();
        return tree;
    }

    /** Marks a node queued for division until its children exist. */
    private static final int DIVIDE = -2;

    private boolean dividing(int i) {
        return firstChild[i] == DIVIDE;
    }

    private void add(double cx, double cy, double half, int nodeLevel) {
        if (size == x.length) {
            int grown = size * 2;
            x = Arrays.copyOf(x, grown);
            y = Arrays.copyOf(y, grown);
            halfWidth = Arrays.copyOf(halfWidth, grown);
            weight = Arrays.copyOf(weight, grown);
            level = Arrays.copyOf(level, grown);
            firstChild = Arrays.copyOf(firstChild, grown);
        }
        x[size] = cx;
        y[size] = cy;
        halfWidth[size] = half;
        level[size] = nodeLevel;
        firstChild[size] = -1;
        weight[size] = size == 0 ? 0.0 : query(cx, cy);
        size++;
    }

    private double query(double px, double py) {
        return outgoing ? pattern.weight(ax, ay, px, py) : pattern.weight(px, py, ax, ay);
    }

    private static double varianceOf(double[] w, int first) {
        double mean = (w[first] + w[first + 1] + w[first + 2] + w[first + 3]) / 4;
        double sum = 0.0;
        for (int c = first; c < first + 4; c++) {
            sum += (w[c] - mean) * (w[c] - mean);
        }
        return sum / 4;
    }

    /** Per node, the (population) variance of the weights of the leaves below it; 0 for a leaf. */
    private void computeVariances() {
        variance = new double[size];
        double[] sum = new double[size];
        double[] squares = new double[size];
        int[] leaves = new int[size];
        for (int i = size - 1; i >= 0; i--) {
            int first = firstChild[i];
            if (first < 0) {
                sum[i] = weight[i];
                squares[i] = weight[i] * weight[i];
                leaves[i] = 1;
            } else {
                for (int c = first; c < first + 4; c++) {
                    sum[i] += sum[c];
                    squares[i] += squares[c];
                    leaves[i] += leaves[c];
                }
                double mean = sum[i] / leaves[i];
                variance[i] = Math.max(0.0, squares[i] / leaves[i] - mean * mean);
            }
        }
    }

    /**
     * Risi &amp; Stanley's pruning and band extraction (algorithm 2) below node {@code i}: a child whose
     * leaves vary at least {@code varianceThreshold} is searched further; any other child is a
     * connection candidate, kept when it differs from the neighbouring squares of its size on both
     * sides along x, or on both sides along y, by more than {@code bandThreshold}.
     */
    void extract(int i, EsHyperNeatParameters p, CandidatePoints found) {
        int first = firstChild[i];
        double neighbour = 2 * halfWidth[first];
        for (int c = first; c < first + 4; c++) {
            if (variance[c] >= p.varianceThreshold() && firstChild[c] >= 0) {
                extract(c, p, found);
                continue;
            }
            double w = weight[c];
            double left = Math.abs(w - query(x[c] - neighbour, y[c]));
            double right = Math.abs(w - query(x[c] + neighbour, y[c]));
            double down = Math.abs(w - query(x[c], y[c] - neighbour));
            double up = Math.abs(w - query(x[c], y[c] + neighbour));
            double band = Math.max(Math.min(left, right), Math.min(down, up));
            if (band > p.bandThreshold()) {
                found.add(x[c], y[c], w);
            }
        }
    }

    /** The candidate points of the whole tree, with their weights. */
    CandidatePoints extract(EsHyperNeatParameters p) {
        CandidatePoints found = new CandidatePoints();
        extract(0, p, found);
        return found;
    }

    /** Number of nodes (for tests). */
    int size() {
        return size;
    }

    /** Number of leaves (for tests). */
    int leaves() {
        int n = 0;
        for (int i = 0; i < size; i++) {
            if (firstChild[i] < 0) {
                n++;
            }
        }
        return n;
    }
}
