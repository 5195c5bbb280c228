package org.neurula.fitness.xor;

/**
 * Parameters of XOR.
 *
 * @param protocol {@code neat} (the default): the NEAT paper's, one output, fitness (4 − Σ|error|)², a
 *                 recurrent network reset before each pattern; {@code ndp}: the neural developmental
 *                 program paper's (Najarro, Sudhakaran &amp; Risi 2023, their code's
 *                 {@code bool_gates_fitness}), two outputs of which the larger answers (ties answer 0),
 *                 fitness the number of correct patterns (0–4), the network's state kept from pattern to
 *                 pattern in the order (0, 0), (0, 1), (1, 0), (1, 1)
 */
public record XorConfig(String protocol) {

    /** The protocols. */
    public static final java.util.List<String> PROTOCOLS = java.util.List.of("neat", "ndp");

    /** The NEAT paper's protocol. */
    public XorConfig() {
        this("neat");
    }
}
