package org.neurula.developmental.hyperneat;

import java.util.ArrayList;
import java.util.List;
import org.neurula.neat.plasticity.PlasticityGenes;

/**
 * The expressed connections of one decoding, in primitive chunks of {@value #CHUNK} connections that are
 * joined once at the end: each connection is written twice at most, where arrays that double when full
 * would copy the early ones again at every doubling (and a 10^6-candidate substrate would allocate three
 * times what it keeps). Not thread-safe: one per decoding.
 */
final class ConnectionBuffer {

    private static final int P = PlasticityGenes.PARAMETERS;
    private static final int SHIFT = 14;
    private static final int CHUNK = 1 << SHIFT;
    private static final int MASK = CHUNK - 1;

    private final boolean plastic;
    private final List<int[]> sourceChunks = new ArrayList<>();
    private final List<int[]> targetChunks = new ArrayList<>();
    private final List<double[]> weightChunks = new ArrayList<>();
    private final List<double[]> parameterChunks = new ArrayList<>();
    private int[] sources;
    private int[] targets;
    private double[] weights;
    private double[] parameters;
    private int size;

    ConnectionBuffer(boolean plastic) {
        this.plastic = plastic;
    }

    /** Adds a connection and returns its index; with plasticity, fill its parameters at {@link #parameterOffset}. */
    int add(int source, int target, double weight) {
        int at = size & MASK;
        if (at == 0) {
            sources = new int[CHUNK];
            targets = new int[CHUNK];
            weights = new double[CHUNK];
            sourceChunks.add(sources);
            targetChunks.add(targets);
            weightChunks.add(weights);
            if (plastic) {
                parameters = new double[CHUNK * P];
                parameterChunks.add(parameters);
            }
        }
        sources[at] = source;
        targets[at] = target;
        weights[at] = weight;
        return size++;
    }

    /** Where, in {@link #parameters()}, the plasticity parameters of connection {@code c} (the newest) start. */
    int parameterOffset(int c) {
        return (c & MASK) * P;
    }

    /** The parameter chunk of the newest connection (plastic buffers only); valid until the next {@link #add}. */
    double[] parameters() {
        return parameters;
    }

    int size() {
        return size;
    }

    int[] sources() {
        return joinInts(sourceChunks);
    }

    int[] targets() {
        return joinInts(targetChunks);
    }

    double[] weights() {
        return joinDoubles(weightChunks, 1);
    }

    /** {@link PlasticityGenes#PARAMETERS} values per connection, in connection order. */
    double[] plasticity() {
        return joinDoubles(parameterChunks, P);
    }

    private int[] joinInts(List<int[]> chunks) {
        int[] all = new int[size];
        for (int k = 0, done = 0; done < size; k++, done += CHUNK) {
            System.arraycopy(chunks.get(k), 0, all, done, Math.min(CHUNK, size - done));
        }
        return all;
    }

    private double[] joinDoubles(List<double[]> chunks, int per) {
        double[] all = new double[size * per];
        for (int k = 0, done = 0; done < size; k++, done += CHUNK) {
            System.arraycopy(chunks.get(k), 0, all, done * per, Math.min(CHUNK, size - done) * per);
        }
        return all;
    }
}
