package org.neurula.neat.plasticity;

/**
 * The local learning rules a compiled network can apply to its connections after each activation
 * step. For a connection from node j (presynaptic value {@code pre} = ν_j) to node i ({@code post} =
 * ν_i) with weight w and learning rate η, the weight change per step is the rule's Δw, multiplied by
 * the target's modulation gate when modulation is on. η = 0 leaves a connection static.
 */
public enum PlasticityRule {

    /** Plain Hebb (Hebb 1949): Δw = η·pre·post. Potentiation only, so weights grow without bound. */
    HEBB,

    /**
     * The generalized rule with four evolved coefficients (the "ABCD" rule of Niv et al. 2002 and
     * Soltoggio et al. 2008; the expansion a2·ν_iν_j + a1pre·ν_j + a1post·ν_i + a0 of Gerstner &amp;
     * Kistler 2002): Δw = η·(A·pre·post + B·pre + C·post + D). Thresholded correlation rules are its
     * special cases.
     */
    ABCD,

    /** Oja (1982): Δw = η·post·(pre − post·w); a linear neuron's weights converge to the unit first principal component. */
    OJA,

    /**
     * Bienenstock, Cooper &amp; Munro (1982): Δw = η·pre·post·(post − θ), with the sliding threshold θ
     * tracking ⟨post²⟩ (θ ← θ + (post² − θ)/τ after each step).
     */
    BCM,

    /**
     * Covariance (Sejnowski 1977): Δw = η·(pre − ⟨pre⟩)·(post − ⟨post⟩), with running means updated
     * at the time constant τ after each step.
     */
    COVARIANCE,

    /**
     * A rate-based, temporally asymmetric rule for non-spiking networks, after the trace form of STDP:
     * Δw = η·(x_pre·post − pre·x_post), where x is a node's trace of its own past values
     * (x ← λ·x + (1 − λ)·value after each step). Activity of the source before the target
     * potentiates; activity of the target before the source depresses.
     */
    TEMPORAL;

    /** The rule's id in configs and files: its name in lower case. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
