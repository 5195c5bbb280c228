package org.neurula.developmental.ndp;

import org.neurula.neat.config.ParameterProblems;

/**
 * The shape of a neural developmental program (NDP; Najarro, Sudhakaran &amp; Risi 2023, "Towards
 * self-assembling artificial neural networks through neural developmental programs", the evolutionary
 * version of their code, github.com/enajx/NDP): every cell carries an embedding of
 * {@code embeddingSize} numbers; three small networks with one hidden layer of {@code hiddenSize} tanh
 * units (and biases) update the embeddings from the cell's neighbours, decide whether a cell divides and
 * give each edge its weight. Their weights, and the seed cell's embedding when
 * {@code evolveInitialEmbedding} is on, make the fixed-length vector that evolution tunes.
 *
 * <p>Defaults are the reference code's XOR settings ({@code experiments_paper/XOR}): embedding size 1,
 * hidden size 1, 4 growth cycles, no extra propagation or thinking steps, weighted edges, evolved seed
 * embedding: 14 parameters, the paper's count. Its cart-pole settings are embedding and hidden size 5,
 * 5 growth cycles and 5 extra steps of each kind (162 parameters).
 *
 * @param embeddingSize          numbers per cell
 * @param hiddenSize             hidden units of each of the three networks
 * @param growthCycles           rounds of propagation, division and weighting
 * @param extraPropagationSteps  embedding updates per growth cycle beyond the graph's diameter
 * @param extraThinkingSteps     network updates per input beyond the grown graph's diameter
 * @param weighted               edge weights from the weight network; off, every edge weighs 1
 * @param evolveInitialEmbedding the seed cell's embedding is part of the vector; off, it is all ones
 * @param seedSelfLoop           the seed cell starts connected to itself, so its own embedding takes part
 *                               in its update (the reference draws this edge at random)
 */
public record NdpParameters(
        int embeddingSize,
        int hiddenSize,
        int growthCycles,
        int extraPropagationSteps,
        int extraThinkingSteps,
        boolean weighted,
        boolean evolveInitialEmbedding,
        boolean seedSelfLoop) {

    /** More growth cycles than this could grow a graph of 2^16 cells (each cycle at most doubles it). */
    public static final int MAX_GROWTH_CYCLES = 16;

    /** The reference code's XOR settings (14 parameters). */
    public static NdpParameters defaults() {
        return new NdpParameters(1, 1, 4, 0, 0, true, true, true);
    }

    /** Parameters of the replication network (embedding → hidden → 1). */
    public int replicationParameters() {
        return embeddingSize * hiddenSize + hiddenSize + hiddenSize + 1;
    }

    /** Parameters of the embedding update network (embedding → hidden → embedding). */
    public int transformParameters() {
        return embeddingSize * hiddenSize + hiddenSize + hiddenSize * embeddingSize + embeddingSize;
    }

    /** Parameters of the edge weight network (two embeddings → hidden → 1); 0 when unweighted. */
    public int weightParameters() {
        return weighted ? 2 * embeddingSize * hiddenSize + hiddenSize + hiddenSize + 1 : 0;
    }

    /** Length of the evolved vector. */
    public int parameterCount() {
        return (evolveInitialEmbedding ? embeddingSize : 0) + replicationParameters() + transformParameters()
                + weightParameters();
    }

    /** Adds this section's problems under {@code prefix}. */
    public void check(ParameterProblems problems, String prefix) {
        problems.require(embeddingSize >= 1, prefix + ".embeddingSize", "must be at least 1, was " + embeddingSize);
        problems.require(hiddenSize >= 1, prefix + ".hiddenSize", "must be at least 1, was " + hiddenSize);
        problems.require(growthCycles >= 0 && growthCycles <= MAX_GROWTH_CYCLES, prefix + ".growthCycles",
                "must be between 0 and " + MAX_GROWTH_CYCLES + " (each cycle may double the graph), was "
                        + growthCycles);
        problems.require(extraPropagationSteps >= 0, prefix + ".extraPropagationSteps",
                "must be 0 or more, was " + extraPropagationSteps);
        problems.require(extraThinkingSteps >= 0, prefix + ".extraThinkingSteps",
                "must be 0 or more, was " + extraThinkingSteps);
    }
}
