package org.neurula.neat.config;

import java.util.List;

/**
 * Every parameter of the NEAT algorithm, by section. {@link #defaults()} is the NEAT paper's setup.
 *
 * @param genome       genome shape and initial weights
 * @param mutation     mutation probabilities
 * @param crossover    mating
 * @param speciation   distance and species threshold
 * @param reproduction population size, selection, stagnation
 * @param network      activation of compiled networks
 * @param plasticity   lifetime plasticity (off by default)
 * @param complexity   complexity regulation (phased search by default)
 */
public record NeatParameters(
        GenomeParameters genome,
        MutationParameters mutation,
        CrossoverParameters crossover,
        SpeciationParameters speciation,
        ReproductionParameters reproduction,
        NetworkParameters network,
        PlasticityParameters plasticity,
        ComplexityParameters complexity) {

    /** With complexity regulation at its defaults. */
    public NeatParameters(GenomeParameters genome, MutationParameters mutation, CrossoverParameters crossover,
            SpeciationParameters speciation, ReproductionParameters reproduction, NetworkParameters network,
            PlasticityParameters plasticity) {
        this(genome, mutation, crossover, speciation, reproduction, network, plasticity,
                ComplexityParameters.defaults());
    }

    /** Without plasticity (the section at its defaults, off). */
    public NeatParameters(GenomeParameters genome, MutationParameters mutation, CrossoverParameters crossover,
            SpeciationParameters speciation, ReproductionParameters reproduction, NetworkParameters network) {
        this(genome, mutation, crossover, speciation, reproduction, network, PlasticityParameters.defaults());
    }

    /** The NEAT paper's parameters (Stanley &amp; Miikkulainen 2002). */
    public static NeatParameters defaults() {
        return new NeatParameters(GenomeParameters.defaults(), MutationParameters.defaults(),
                CrossoverParameters.defaults(), SpeciationParameters.defaults(), ReproductionParameters.defaults(),
                NetworkParameters.defaults(), PlasticityParameters.defaults(), ComplexityParameters.defaults());
    }

    /** Every out-of-range value, with key paths ({@code mutation.addNode}, ...). */
    public List<ParameterProblems.Problem> problems() {
        ParameterProblems problems = new ParameterProblems();
        genome.check(problems, "genome");
        mutation.check(problems, "mutation");
        crossover.check(problems, "crossover");
        speciation.check(problems, "speciation");
        reproduction.check(problems, "reproduction");
        network.check(problems, "network");
        plasticity.check(problems, "plasticity");
        complexity.check(problems, "complexity");
        checkTogether(problems);
        return problems.problems();
    }

    /**
     * Checks that concern two sections: plastic weights must be allowed to reach every genome weight,
     * or a static connection would be clipped when its network learns.
     */
    public void checkTogether(ParameterProblems problems) {
        problems.require(!plasticity.enabled() || plasticity.weightBound() >= genome.weightLimit(),
                "plasticity.weightBound", "must be at least genome.weightLimit (" + genome.weightLimit()
                        + "), was " + plasticity.weightBound());
    }

    /** With another mutation section. */
    public NeatParameters withMutation(MutationParameters m) {
        return new NeatParameters(genome, m, crossover, speciation, reproduction, network, plasticity, complexity);
    }

    /** With another genome section. */
    public NeatParameters withGenome(GenomeParameters g) {
        return new NeatParameters(g, mutation, crossover, speciation, reproduction, network, plasticity, complexity);
    }

    /** With another speciation section. */
    public NeatParameters withSpeciation(SpeciationParameters s) {
        return new NeatParameters(genome, mutation, crossover, s, reproduction, network, plasticity, complexity);
    }

    /** With another network section (update cycles, pruning). */
    public NeatParameters withNetwork(NetworkParameters n) {
        return new NeatParameters(genome, mutation, crossover, speciation, reproduction, n, plasticity, complexity);
    }

    /** With another plasticity section. */
    public NeatParameters withPlasticity(PlasticityParameters p) {
        return new NeatParameters(genome, mutation, crossover, speciation, reproduction, network, p, complexity);
    }

    /** With another reproduction section. */
    public NeatParameters withReproduction(ReproductionParameters r) {
        return new NeatParameters(genome, mutation, crossover, speciation, r, network, plasticity, complexity);
    }

    /** With another crossover section. */
    public NeatParameters withCrossover(CrossoverParameters c) {
        return new NeatParameters(genome, mutation, c, speciation, reproduction, network, plasticity, complexity);
    }

    /** With another complexity section. */
    public NeatParameters withComplexity(ComplexityParameters c) {
        return new NeatParameters(genome, mutation, crossover, speciation, reproduction, network, plasticity, c);
    }
}
