package org.neurula.neat.innovation;

import java.util.function.IntPredicate;
import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;
import org.eclipse.collections.impl.map.mutable.primitive.IntIntHashMap;
import org.eclipse.collections.impl.map.mutable.primitive.LongIntHashMap;

/**
 * An overlay on an {@link InnovationTracker} for breeding one offspring while others are bred on
 * other threads: it answers from the tracker what the tracker already knew, never writes to it, and
 * issues <em>provisional</em> numbers for new structure (counting up from the tracker's next free
 * innovation and node id, so they sort after every known one) while logging each request that would
 * have changed the tracker.
 *
 * <p>{@link #commit} then replays the log on the tracker, in offspring order, with provisional ids
 * translated to real ones, which gives every new structure the numbers a sequential run would have
 * given it. When the real numbers keep the provisional ones' order, the offspring bred with
 * provisional numbers is, after {@link Renumbering renumbering}, exactly the offspring a sequential
 * run breeds (operators only ever compare or sort ids, and the order is unchanged). When they do not
 * (another offspring of the same generation issued one of the same innovations first), commit
 * refuses and leaves the tracker untouched, and the caller breeds that offspring again on the
 * tracker itself. Either way the result does not depend on the number of threads.
 *
 * <p>Its answers follow the tracker's rules exactly, so an overlay on the tracker as it is now also
 * tells what the tracker would answer, without changing it; {@link #commit} uses one for a dry run.
 * Not thread-safe: one overlay per offspring.
 */
public final class ProvisionalInnovations implements Innovations {

    private static final int CONNECTION = 0;
    private static final int REMEMBERED_SPLIT = 1;
    private static final int FRESH_SPLIT = 2;

    private final InnovationTracker tracker;
    private final int firstInnovation;
    private final int firstNode;
    private int nextInnovation;
    private int nextNode;
    // made on the first new structure: most offspring ask for none, and there is an overlay per offspring
    private LongIntHashMap connections;
    private IntIntHashMap splits;
    /** Entries of three ints: kind, argument (source·target key index or innovation), result. */
    private IntArrayList log;
    private IntArrayList sources;
    private IntArrayList targets;

    /** An overlay on {@code tracker} as it is now; the tracker must not change while the overlay is used. */
    public ProvisionalInnovations(InnovationTracker tracker) {
        this.tracker = tracker;
        this.firstInnovation = tracker.nextInnovation();
        this.firstNode = tracker.nextNodeId();
        this.nextInnovation = firstInnovation;
        this.nextNode = firstNode;
    }

    @Override
    public int connectionInnovation(int source, int target) {
        if (source < firstNode && target < firstNode) {
            int known = tracker.knownConnection(source, target);
            if (known >= 0) {
                return known;
            }
        }
        long key = ((long) source << 32) | (target & 0xFFFFFFFFL);
        int local = connections == null ? -1 : connections.getIfAbsent(key, -1);
        if (local >= 0) {
            return local;
        }
        startLog();
        int innovation = nextInnovation++;
        connections.put(key, innovation);
        log.add(CONNECTION);
        log.add(sources.size());
        log.add(innovation);
        sources.add(source);
        targets.add(target);
        return innovation;
    }

    @Override
    public int splitNode(int innovation, IntPredicate alreadyPresent) {
        int existing = innovation < firstInnovation ? tracker.knownSplit(innovation) : -1;
        if (existing < 0 && splits != null) {
            existing = splits.getIfAbsent(innovation, -1);
        }
        if (existing >= 0 && !alreadyPresent.test(existing)) {
            return existing;
        }
        startLog();
        int node = nextNode++;
        if (existing < 0) {
            splits.put(innovation, node);
        }
        log.add(existing < 0 ? REMEMBERED_SPLIT : FRESH_SPLIT);
        log.add(innovation);
        log.add(node);
        return node;
    }

    private void startLog() {
        if (log == null) {
            connections = new LongIntHashMap();
            splits = new IntIntHashMap();
            log = new IntArrayList();
            sources = new IntArrayList();
            targets = new IntArrayList();
        }
    }

    /** Whether the offspring asked for nothing new, so it needs no renumbering and commits nothing. */
    public boolean isEmpty() {
        return log == null;
    }

    /**
     * Replays the logged requests on {@code target} (the run's tracker, or an overlay on it for a
     * dry run) in the order they were made, provisional ids translated; returns the translation.
     */
    private Renumbering replay(Innovations target) {
        Renumbering renumbering = new Renumbering(firstInnovation, firstNode);
        if (log == null) {
            return renumbering;
        }
        boolean ordered = true;
        int lastInnovation = -1;
        int lastNode = -1;
        for (int k = 0; k < log.size(); k += 3) {
            int kind = log.get(k);
            int argument = log.get(k + 1);
            int provisional = log.get(k + 2);
            if (kind == CONNECTION) {
                int real = target.connectionInnovation(renumbering.node(sources.get(argument)),
                        renumbering.node(targets.get(argument)));
                renumbering.putInnovation(provisional, real);
                ordered &= real > lastInnovation;
                lastInnovation = real;
            } else {
                // a split remembered here was unknown to the tracker, so its remembered node (if another
                // offspring split the same connection first) is new this generation and not in this
                // genome; a fresh split was fresh because the genome held the remembered node
                boolean present = kind == FRESH_SPLIT;
                int real = target.splitNode(renumbering.innovation(argument), id -> present);
                renumbering.putNode(provisional, real);
                ordered &= real > lastNode;
                lastNode = real;
            }
        }
        return ordered ? renumbering : null;
    }

    /**
     * Gives the logged structure its real numbers in {@code tracker} (the tracker this overlay was
     * made on, possibly advanced since by offspring that come earlier in the generation).
     *
     * @return the translation from provisional to real ids, or null, with the tracker unchanged, when
     *         the real numbers would not keep the provisional order (the offspring must then be bred
     *         again on the tracker)
     */
    public Renumbering commit(InnovationTracker tracker) {
        if (tracker != this.tracker) {
            throw new IllegalArgumentException("an overlay commits to the tracker it was made on");
        }
        if (replay(new ProvisionalInnovations(tracker)) == null) {
            return null;
        }
        return replay(tracker);
    }
}
