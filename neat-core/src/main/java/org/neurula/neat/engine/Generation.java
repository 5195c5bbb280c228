package org.neurula.neat.engine;

import java.util.List;

/**
 * An immutable snapshot of one evaluated and speciated generation.
 *
 * @param number               the generation, from 0
 * @param members              all members, in id order
 * @param species              the species, in id order
 * @param champion             the best member of this generation (among solved members if any)
 * @param evaluations          fitness evaluations performed by the run so far, this generation included
 * @param generationEvaluations evaluations performed in this generation
 * @param solved               whether some member met the success criterion
 * @param speciesThreshold     the compatibility threshold used to speciate this generation
 * @param failedEvaluations    evaluations this generation that threw or returned a non-finite fitness
 * @param simplifying          whether the next generation was bred by simplification (phased
 *                             complexity regulation), not by the usual complexifying search
 * @param timing               wall-clock measurements
 */
public record Generation(
        long number,
        List<Member> members,
        List<Species> species,
        Member champion,
        long evaluations,
        long generationEvaluations,
        boolean solved,
        double speciesThreshold,
        int failedEvaluations,
        boolean simplifying,
        GenerationTiming timing) {

    /** Copies the lists. */
    public Generation {
        members = List.copyOf(members);
        species = List.copyOf(species);
    }

    /** Mean fitness over all members. */
    public double meanFitness() {
        double sum = 0;
        for (Member m : members) {
            sum += m.fitness();
        }
        return sum / members.size();
    }

    /** Population standard deviation of fitness. */
    public double fitnessStdDev() {
        double mean = meanFitness();
        double sum = 0;
        for (Member m : members) {
            sum += (m.fitness() - mean) * (m.fitness() - mean);
        }
        return Math.sqrt(sum / members.size());
    }
}
