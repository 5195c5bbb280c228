package org.neurula.fitness.pole;

/**
 * What a pole-balancing network sees, scaled to about [-1, 1] as in the NEAT and ESP experiments:
 * position / 4.8, velocity / 2, angle / 0.52 rad, angular velocity / 2.
 */
public enum Observation {
    /** One pole, full state: x, ẋ, θ, θ̇. */
    SINGLE_POLE(4),
    /** Two poles, full state: x, ẋ, θ1, θ̇1, θ2, θ̇2 (DPV). */
    DOUBLE_POLE_VELOCITIES(6),
    /** Two poles, positions only: x, θ1, θ2 (DPNV); velocities must be inferred by recurrence. */
    DOUBLE_POLE_POSITIONS(3);

    private final int inputs;

    Observation(int inputs) {
        this.inputs = inputs;
    }

    /** Number of network inputs. */
    public int inputs() {
        return inputs;
    }

    /** Writes the scaled observation of {@code cart} into {@code in}. */
    public void observe(CartPole cart, double[] in) {
        switch (this) {
            case SINGLE_POLE -> {
                in[0] = cart.state(0) / 4.8;
                in[1] = cart.state(1) / 2.0;
                in[2] = cart.state(2) / 0.52;
                in[3] = cart.state(3) / 2.0;
            }
            case DOUBLE_POLE_VELOCITIES -> {
                for (int i = 0; i < 6; i += 2) {
                    in[i] = cart.state(i) / (i == 0 ? 4.8 : 0.52);
                    in[i + 1] = cart.state(i + 1) / 2.0;
                }
            }
            case DOUBLE_POLE_POSITIONS -> {
                in[0] = cart.state(0) / 4.8;
                in[1] = cart.state(2) / 0.52;
                in[2] = cart.state(4) / 0.52;
            }
        }
    }
}
