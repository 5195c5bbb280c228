package org.neurula.developmental.ndp;

import org.neurula.neat.genome.Genome;
import org.neurula.neat.network.DecodeResult;
import org.neurula.neat.network.DirectDecoder;
import org.neurula.neat.network.GenomeDecoder;
import org.neurula.neat.network.NetworkBlueprint;
import org.neurula.neat.network.NetworkCompiler;
import org.neurula.neat.plasticity.PlasticityGenes;

/**
 * Decodes a NEAT genome as a cell program ({@link GenomeCellProgram}): the genome is compiled as a
 * feed-forward network, grows a graph from one cell ({@link NdpGrowth}) and the graph becomes the task's
 * network ({@link GrownNetworks}: inputs on the first cells, outputs on the last). Rejected: a genome
 * with a cycle, or one that grows fewer cells than the task has inputs and outputs. The grown
 * blueprint is recurrent; the run's {@code network.cycles} sets the updates per input; with
 * {@code biases} every grown cell but the inputs gets a bias from the program. A genome with
 * network-wide plasticity genes (rule and η, A, B, C, D) makes every grown synapse learn by that rule
 * with those parameters; the program itself never learns.
 */
public final class CellProgramDecoder implements GenomeDecoder {

    private final CellProgramParameters parameters;
    private final int inputs;
    private final int outputs;
    private final DirectDecoder program = new DirectDecoder(false);
    private final NetworkCompiler compiler = new NetworkCompiler(1);

    /** A decoder growing networks for a task of {@code inputs} inputs and {@code outputs} outputs. */
    public CellProgramDecoder(CellProgramParameters parameters, int inputs, int outputs) {
        this.parameters = parameters;
        this.inputs = inputs;
        this.outputs = outputs;
    }

    /** The growth settings. */
    public CellProgramParameters parameters() {
        return parameters;
    }

    /** The graph {@code genome} grows, or null when it is not a feed-forward program of the right shape. */
    public GrownGraph grow(Genome genome) {
        if (genome.inputCount() != parameters.genomeInputs() || genome.outputCount() != parameters.genomeOutputs()
                || !(program.decode(genome) instanceof DecodeResult.Decoded(NetworkBlueprint b))) {
            return null;
        }
        return grow(b.withoutPlasticity());
    }

    private GrownGraph grow(NetworkBlueprint program) {
        return NdpGrowth.grow(cellProgram(program), parameters.growth());
    }

    private GenomeCellProgram cellProgram(NetworkBlueprint program) {
        return new GenomeCellProgram(compiler.compile(program), parameters.embeddingSize());
    }

    @Override
    public DecodeResult decode(Genome genome) {
        if (genome.inputCount() != parameters.genomeInputs() || genome.outputCount() != parameters.genomeOutputs()) {
            return new DecodeResult.Rejected("a cell program has " + parameters.genomeInputs() + " inputs and "
                    + parameters.genomeOutputs() + " outputs; the genome has " + genome.inputCount() + " and "
                    + genome.outputCount());
        }
        DecodeResult compiled = program.decode(genome);
        if (!(compiled instanceof DecodeResult.Decoded(NetworkBlueprint b))) {
            return compiled;
        }
        NetworkBlueprint program = b.withoutPlasticity();
        GrownGraph graph = grow(program);
        DecodeResult grown = GrownNetworks.blueprint(graph, inputs, outputs);
        if (parameters.biases() && grown instanceof DecodeResult.Decoded(NetworkBlueprint unbiased)) {
            GenomeCellProgram cells = cellProgram(program);
            double[] biases = new double[graph.size()];
            for (int i = inputs; i < graph.size(); i++) {
                biases[i] = cells.bias(graph.embeddings(), i * graph.embeddingSize());
            }
            grown = new DecodeResult.Decoded(GrownNetworks.withBiases(unbiased, biases));
        }
        PlasticityGenes shared = genome.plasticity();
        if (shared == null || !(grown instanceof DecodeResult.Decoded(NetworkBlueprint phenotype))) {
            return grown;
        }
        return new DecodeResult.Decoded(GrownNetworks.withPlasticity(phenotype, shared));
    }
}
