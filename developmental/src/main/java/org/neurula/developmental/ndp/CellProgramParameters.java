package org.neurula.developmental.ndp;

import org.neurula.neat.config.ParameterProblems;

/**
 * Growth settings of a NEAT-evolved cell program ({@code encoding.type: cell-program}): the genome is the
 * program every cell runs (see {@link GenomeCellProgram}), and these say how long it runs.
 *
 * @param embeddingSize         numbers each cell carries
 * @param growthCycles          rounds of propagation, division and weighting from one cell (at most 16)
 * @param extraPropagationSteps embedding updates per growth cycle beyond the graph's diameter
 * @param seedSelfLoop          the seed cell starts connected to itself
 * @param biases                every grown cell but the inputs gets a bias from the program, asked with the
 *                              cell's final embedding, zeros and the query 0.5 (its edge-weight output); off,
 *                              as in the published NDP, grown cells have none
 */
public record CellProgramParameters(int embeddingSize, int growthCycles, int extraPropagationSteps,
        boolean seedSelfLoop, boolean biases) {

    /** Settings without biases. */
    public CellProgramParameters(int embeddingSize, int growthCycles, int extraPropagationSteps, boolean seedSelfLoop) {
        this(embeddingSize, growthCycles, extraPropagationSteps, seedSelfLoop, false);
    }

    /**
     * Embeddings of 2 numbers, 4 growth cycles (at most 16 cells), no extra propagation, a self-looped
     * seed, no biases.
     */
    public static CellProgramParameters defaults() {
        return new CellProgramParameters(2, 4, 0, true, false);
    }

    /** The genome's inputs: two embeddings and the query. */
    public int genomeInputs() {
        return 2 * embeddingSize + 1;
    }

    /** The genome's outputs: a new embedding, the division signal and an edge weight. */
    public int genomeOutputs() {
        return embeddingSize + 2;
    }

    /** The growth schedule in {@link NdpGrowth}'s terms. */
    NdpParameters growth() {
        return new NdpParameters(embeddingSize, 1, growthCycles, extraPropagationSteps, 0, true, false, seedSelfLoop);
    }

    /** Adds this section's problems under {@code prefix}. */
    public void check(ParameterProblems problems, String prefix) {
        growth().check(problems, prefix);
    }
}
