package org.neurula.fitness.logic;

/**
 * A complete table of input patterns and target outputs (0 or 1) for a Boolean function.
 *
 * @param inputs  one row of input values per pattern
 * @param targets one row of target outputs per pattern
 */
public record TruthTable(double[][] inputs, double[][] targets) {

    /** Checks that every row has the same width and there is one target row per pattern. */
    public TruthTable {
        if (inputs.length == 0 || inputs.length != targets.length) {
            throw new IllegalArgumentException("a truth table needs one target row per input row");
        }
        for (int p = 0; p < inputs.length; p++) {
            if (inputs[p].length != inputs[0].length || targets[p].length != targets[0].length) {
                throw new IllegalArgumentException("row " + p + " differs in width from row 0");
            }
        }
    }

    /** Number of patterns. */
    public int patterns() {
        return inputs.length;
    }

    /** Number of inputs per pattern. */
    public int inputCount() {
        return inputs[0].length;
    }

    /** Number of outputs per pattern. */
    public int outputCount() {
        return targets[0].length;
    }

    /** Exclusive or of two inputs. */
    public static TruthTable xor() {
        return parity(2);
    }

    /** N-bit parity: the output is 1 when an odd number of the {@code bits} inputs are 1. */
    public static TruthTable parity(int bits) {
        int n = 1 << bits;
        double[][] inputs = new double[n][bits];
        double[][] targets = new double[n][1];
        for (int p = 0; p < n; p++) {
            for (int b = 0; b < bits; b++) {
                inputs[p][b] = (p >> (bits - 1 - b)) & 1;
            }
            targets[p][0] = Integer.bitCount(p) & 1;
        }
        return new TruthTable(inputs, targets);
    }

    /**
     * The multiplexer with {@code addressBits} address inputs followed by 2^addressBits data inputs:
     * the output is the data input the address selects, the first address input being the most
     * significant bit (6-multiplexer: 2 + 4 inputs; 11-multiplexer: 3 + 8).
     */
    public static TruthTable multiplexer(int addressBits) {
        int dataBits = 1 << addressBits;
        int width = addressBits + dataBits;
        int n = 1 << width;
        double[][] inputs = new double[n][width];
        double[][] targets = new double[n][1];
        for (int p = 0; p < n; p++) {
            for (int b = 0; b < width; b++) {
                inputs[p][b] = (p >> (width - 1 - b)) & 1;
            }
            int address = p >> dataBits;
            targets[p][0] = inputs[p][addressBits + address];
        }
        return new TruthTable(inputs, targets);
    }

    /**
     * The left-and-right retina of Kashtan &amp; Alon (2005, PNAS 102:13773): eight pixels, a 2×2 left
     * half (inputs 0–3) and a 2×2 right half (inputs 4–7), each read row by row (top-left, top-right,
     * bottom-left, bottom-right). Output 0 is 1 when the left half shows a left object, output 1 when
     * the right half shows a right object; see {@link #isRetinaObject}. All 256 patterns.
     */
    public static TruthTable retina() {
        double[][] inputs = new double[256][8];
        double[][] targets = new double[256][2];
        for (int p = 0; p < 256; p++) {
            for (int b = 0; b < 8; b++) {
                inputs[p][b] = (p >> (7 - b)) & 1;
            }
            targets[p][0] = isRetinaObject(p >> 4, true) ? 1 : 0;
            targets[p][1] = isRetinaObject(p & 15, false) ? 1 : 0;
        }
        return new TruthTable(inputs, targets);
    }

    /**
     * Whether a 2×2 half of the retina shows an object of its side. {@code pixels} holds the four
     * pixels as bits 3..0 in the order top-left, top-right, bottom-left, bottom-right. Each side has
     * eight objects: the blank half, the four single pixels, and the three patterns that fill the
     * column nearer the retina's centre (the right column of the left half, the left column of the
     * right half) with at most one more pixel.
     */
    public static boolean isRetinaObject(int pixels, boolean leftHalf) {
        if (pixels < 0 || pixels > 15) {
            throw new IllegalArgumentException("a half of the retina has four pixels (0..15), was " + pixels);
        }
        int innerColumn = leftHalf ? 0b0101 : 0b1010;
        return Integer.bitCount(pixels) <= 1
                || ((pixels & innerColumn) == innerColumn && Integer.bitCount(pixels) <= 3);
    }
}
