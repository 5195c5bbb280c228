package org.neurula.neat.random;

/** What a derived random generator is for; part of its derivation key, so uses never share draws. */
public enum Purpose {
    /** Building the initial population. */
    INITIAL_POPULATION,
    /** Evaluating one genome (handed to the task). */
    EVALUATION,
    /** Choosing species representatives. */
    SPECIATION,
    /** Choosing parents and the kind of each offspring. */
    REPRODUCTION,
    /** Mutating and mating one offspring. */
    VARIATION,
    /** Re-evaluating a finished run's champion on fresh trials (the key's generation is the trial). */
    VALIDATION
}
