package org.neurula.runs.config;

import org.neurula.developmental.ndp.CellProgramParameters;

import org.neurula.developmental.es.EsHyperNeatParameters;
import org.neurula.developmental.hyperneat.HyperNeatParameters;
import org.neurula.neat.config.ParameterProblems;

/**
 * The {@code encoding} section: how genomes become networks. With {@code type: direct} (the
 * default) the genome is the network, as in NEAT. With {@code hyperneat} or {@code es-hyperneat} the
 * genome is a CPPN: the engine evolves CPPNs (their inputs and outputs follow from these settings, not
 * from the task) and each is queried to grow the network the task runs, between input and output
 * nodes placed where the task's geometry puts them.
 *
 * <pre>{@code
 * encoding:
 *   type: hyperneat
 *   hyperneat:
 *     substrate: {hidden: [{columns: 8, rows: 4}]}
 *     linkExpression: true
 *     localitySeed: true
 * }</pre>
 *
 * <p>With {@code cell-program} the genome is a cell program: every network grows from one cell that runs it
 * (a neural developmental program evolved by NEAT, {@code CellProgramDecoder}).
 *
 * @param type        direct, hyperneat, es-hyperneat or cell-program; with an indirect encoding the genome section's
 *                    defaults become a CPPN's: activation choices bipolar-sigmoid, gaussian, sine, abs and
 *                    identity, {@code hiddenActivation: random} (each new node draws one of them),
 *                    feed-forward; with cell-program the output activation is tanh
 * @param hyperneat   the CPPN, substrate and expression settings of both CPPN encodings
 * @param esHyperneat the hidden-node search of ES-HyperNEAT
 * @param cellProgram the growth settings of a NEAT-evolved cell program
 */
public record EncodingSection(EncodingType type, HyperNeatParameters hyperneat, EsHyperNeatParameters esHyperneat,
        CellProgramParameters cellProgram) {

    /** The direct encoding, with the indirect encodings' defaults ready for a switch of {@code type}. */
    public static EncodingSection defaults() {
        return new EncodingSection(EncodingType.DIRECT, HyperNeatParameters.defaults(),
                EsHyperNeatParameters.defaults(), CellProgramParameters.defaults());
    }

    /** Whether genomes are CPPNs. */
    public boolean indirect() {
        return type != EncodingType.DIRECT;
    }

    /**
     * Records every problem under {@code encoding.}: the sections' ranges (only of the encoding in use)
     * for a substrate of {@code dimensions}.
     */
    void check(ParameterProblems problems, int dimensions) {
        if (type == null) {
            problems.require(false, "encoding.type", "must be direct, hyperneat, es-hyperneat or cell-program");
            return;
        }
        if (!indirect()) {
            return;
        }
        if (type == EncodingType.CELL_PROGRAM) {
            if (cellProgram == null) {
                problems.require(false, "encoding.cellProgram", "must be a section");
            } else {
                cellProgram.check(problems, "encoding.cellProgram");
            }
            return;
        }
        if (hyperneat == null) {
            problems.require(false, "encoding.hyperneat", "must be a section");
        } else {
            hyperneat.check(problems, "encoding.hyperneat", dimensions);
        }
        if (type == EncodingType.ES_HYPERNEAT) {
            if (esHyperneat == null) {
                problems.require(false, "encoding.esHyperneat", "must be a section");
            } else {
                esHyperneat.check(problems, "encoding.esHyperneat");
            }
            problems.require(dimensions == 2, "encoding.type", "es-hyperneat searches a 2-D substrate and the task's "
                    + "geometry is " + dimensions + "-D; use type: hyperneat");
            problems.require(hyperneat == null || hyperneat.substrate() == null
                    || hyperneat.substrate().hidden().isEmpty(), "encoding.hyperneat.substrate.hidden",
                    "es-hyperneat places hidden nodes itself; remove the hidden layers (or use type: hyperneat)");
        }
    }
}
