package org.neurula.neat.genome;

import org.neurula.neat.config.CrossoverParameters;
import org.neurula.neat.config.CrossoverParameters.DisabledGenes;
import org.neurula.neat.config.CrossoverParameters.EqualFitnessDisjoint;
import org.neurula.neat.config.GenomeParameters;
import org.neurula.neat.config.MutationParameters;
import org.neurula.neat.config.MutationParameters.SplitChoice;
import org.neurula.neat.config.MutationParameters.WeightScheme;
import org.neurula.neat.config.NeatParameters;
import org.neurula.neat.config.ReproductionParameters;
import org.neurula.neat.config.ReproductionParameters.ParentRule;
import org.neurula.neat.config.SpeciationParameters;
import org.neurula.neat.config.SpeciationParameters.Representative;

/**
 * Test fixtures: parameters with one or all of the options that copy the NEAT C++ release, the
 * others unchanged. Not a test itself.
 */
public final class ReleaseOptions {

    private ReleaseOptions() {
    }

    /** {@code p} with another split choice. */
    public static NeatParameters splitChoice(NeatParameters p, SplitChoice choice) {
        MutationParameters m = p.mutation();
        return p.withMutation(new MutationParameters(m.addNode(), m.addConnection(), m.addConnectionAttempts(),
                m.weightMutation(), m.weightPerturbation(), m.perturbationStdDev(), m.biasMutation(),
                m.toggleEnable(), m.reenable(), m.deleteConnection(), m.deleteNode(), m.changeActivation(),
                m.weightScheme(), m.weightPower(), choice));
    }

    /** {@code p} with another weight scheme and power. */
    public static NeatParameters weightScheme(NeatParameters p, WeightScheme scheme, double power) {
        MutationParameters m = p.mutation();
        return p.withMutation(new MutationParameters(m.addNode(), m.addConnection(), m.addConnectionAttempts(),
                m.weightMutation(), m.weightPerturbation(), m.perturbationStdDev(), m.biasMutation(),
                m.toggleEnable(), m.reenable(), m.deleteConnection(), m.deleteNode(), m.changeActivation(),
                scheme, power, m.splitChoice()));
    }

    /** {@code p} with another rule for disabled matching genes and another weight-averaging probability. */
    public static NeatParameters inheritance(NeatParameters p, DisabledGenes disabledGenes, double averageWeights) {
        CrossoverParameters c = p.crossover();
        return new NeatParameters(p.genome(), p.mutation(), new CrossoverParameters(c.mutationOnly(),
                c.interspeciesMating(), c.disableRate(), c.mateOnly(), c.equalFitnessDisjoint(), disabledGenes,
                averageWeights), p.speciation(), p.reproduction(), p.network(), p.plasticity());
    }

    /** {@code p} with another parent rule, its other reproduction settings unchanged. */
    public static NeatParameters parentRule(NeatParameters p, ParentRule rule) {
        ReproductionParameters r = p.reproduction();
        return p.withReproduction(new ReproductionParameters(r.populationSize(), r.survivalThreshold(),
                r.stagnationLimit(), r.eliteMinSpeciesSize(), r.objective(), r.keepChampion(), rule));
    }

    /** {@code s} with another representative rule. */
    public static SpeciationParameters representative(SpeciationParameters s, Representative representative) {
        return new SpeciationParameters(s.excessCoefficient(), s.disjointCoefficient(), s.weightCoefficient(),
                s.threshold(), s.normalizeBelow(), s.normalize(), s.targetSpecies(), s.thresholdStep(),
                s.minThreshold(), representative);
    }

    /** {@code g} with uniform weights on or off and another initial weight scale. */
    public static GenomeParameters uniformWeights(GenomeParameters g, boolean uniform, double scale) {
        return new GenomeParameters(g.hiddenActivation(), g.outputActivation(), g.activationChoices(), g.recurrent(),
                scale, g.weightLimit(), g.initialConnectivity(), uniform);
    }

    /**
     * {@code p} with every release option on, as the XOR benchmark "with Stanley's release mechanics"
     * sets them (also {@code equalFitnessDisjoint: SMALLER} and {@code weightMutation: 0.9}).
     */
    public static NeatParameters all(NeatParameters p) {
        MutationParameters m = p.mutation();
        CrossoverParameters c = p.crossover();
        NeatParameters q = new NeatParameters(uniformWeights(p.genome(), true, p.genome().initialWeightStdDev()),
                new MutationParameters(m.addNode(), m.addConnection(), m.addConnectionAttempts(), 0.9,
                        m.weightPerturbation(), m.perturbationStdDev(), m.biasMutation(), m.toggleEnable(),
                        m.reenable(), m.deleteConnection(), m.deleteNode(), m.changeActivation(),
                        WeightScheme.RELEASE, 2.5, SplitChoice.RELEASE),
                new CrossoverParameters(c.mutationOnly(), c.interspeciesMating(), c.disableRate(), c.mateOnly(),
                        EqualFitnessDisjoint.SMALLER, DisabledGenes.RELEASE, 0.4),
                representative(p.speciation(), Representative.CHAMPION), p.reproduction(), p.network(),
                p.plasticity());
        return parentRule(q, ParentRule.RELEASE);
    }
}
