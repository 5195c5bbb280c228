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
}
