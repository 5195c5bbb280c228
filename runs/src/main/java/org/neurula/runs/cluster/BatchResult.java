package org.neurula.runs.cluster;

import java.io.Serializable;

/**
 * What a worker sends back for one {@link GenomeBatchJob}: per genome of the batch its fitness and
 * solved flag, or why its evaluation failed. A plain serializable class, not a record: Ignite 2.x
 * cannot marshal records.
 */
final class BatchResult implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Index of the batch's first genome in the generation's request list. */
    final int first;
    final double[] values;
    final boolean[] solved;
    /** Null where the evaluation succeeded. */
    final String[] failures;

    BatchResult(int first, double[] values, boolean[] solved, String[] failures) {
        this.first = first;
        this.values = values;
        this.solved = solved;
        this.failures = failures;
    }
}
