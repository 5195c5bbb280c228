package org.neurula.visualizer.heatmap;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.neurula.neat.genome.NodeKind;
import org.neurula.neat.geometry.Positions;
import org.neurula.neat.network.NetworkBlueprint;
import org.neurula.visualizer.substrate.SubstrateLayout;

/**
 * The weight pattern a grown network actually expresses, read from the network alone (no CPPN): the
 * weight from a source node to a target point is that of its connection to the target node nearest
 * the point in (x, y) — 0 when the source has no connection to that node, the sum when it has
 * several. Target nodes are the non-input nodes of the sheet (see {@link SubstrateLayout}) that holds
 * most of the source's targets, so a heat map shows a node's weights over the sheet it projects to.
 * Sources are the nodes with outgoing connections.
 *
 * <pre>{@code
 * ExpressedWeights expressed = ExpressedWeights.of(genomeFile.phenotype().orElseThrow());
 * int centre = expressed.defaultSource();
 * BufferedImage map = HeatMap.image(expressed.outgoing(centre), expressed.x(centre), expressed.y(centre),
 *         expressed.describe(centre), expressed.targets(centre), Optional.empty(), 480, 400);
 * }</pre>
 */
public final class ExpressedWeights implements WeightPattern {

    private final NetworkBlueprint network;
    private final Positions at;
    private final int[] sheet;
    private final int[] outgoingCount;

    private ExpressedWeights(NetworkBlueprint network, int[] sheet) {
        this.network = network;
        this.at = network.positions();
        this.sheet = sheet;
        this.outgoingCount = new int[network.nodeCount()];
        for (int s : network.sources()) {
            outgoingCount[s]++;
        }
    }

    /**
     * The expressed pattern of {@code network}.
     *
     * @throws IllegalArgumentException if the network has no node coordinates or no connections
     */
    public static ExpressedWeights of(NetworkBlueprint network) {
        if (network.positions() == null) {
            throw new IllegalArgumentException("the grown network was saved without node coordinates, so its"
                    + " weights cannot be drawn over the substrate");
        }
        if (network.connectionCount() == 0) {
            throw new IllegalArgumentException("the grown network has no connections, so there are no weights to draw");
        }
        return new ExpressedWeights(network, SubstrateLayout.of(network, 0, 0, 1).sheet());
    }

    /** The nodes with outgoing connections, in node order. */
    public int[] sources() {
        List<Integer> sources = new ArrayList<>();
        for (int i = 0; i < outgoingCount.length; i++) {
            if (outgoingCount[i] > 0) {
                sources.add(i);
            }
        }
        return sources.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The input nodes with outgoing connections, in node order (the usual sources of HyperNEAT's maps). */
    public int[] inputSources() {
        return java.util.Arrays.stream(sources()).filter(i -> network.kinds()[i] == NodeKind.INPUT).toArray();
    }

    /**
     * The source nearest ({@code x}, {@code y}) in the plane; at equal distance an input before other
     * kinds, then the lower z, then the earlier node.
     */
    public int nearestSource(double x, double y) {
        return nearest(x, y, Double.NaN, sources());
    }

    /** The source nearest ({@code x}, {@code y}, {@code z}); for 2-D coordinates z is ignored. */
    public int nearestSource(double x, double y, double z) {
        return nearest(x, y, at.dimensions() == 3 ? z : Double.NaN, sources());
    }

    /** The input nearest the centre (0, 0) of its sheet that has outgoing connections, else the nearest source. */
    public int defaultSource() {
        int[] inputs = inputSources();
        return nearest(0, 0, Double.NaN, inputs.length > 0 ? inputs : sources());
    }

    private int nearest(double x, double y, double z, int[] candidates) {
        int best = -1;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int i : candidates) {
            double dx = x(i) - x;
            double dy = y(i) - y;
            double d = dx * dx + dy * dy;
            if (!Double.isNaN(z)) {
                double dz = z(i) - z;
                d += dz * dz;
            }
            if (best < 0 || d < bestDistance - 1e-12 || (Math.abs(d - bestDistance) <= 1e-12 && before(i, best))) {
                best = i;
                bestDistance = d;
            }
        }
        return best;
    }

    private boolean before(int a, int b) {
        boolean inputA = network.kinds()[a] == NodeKind.INPUT;
        boolean inputB = network.kinds()[b] == NodeKind.INPUT;
        if (inputA != inputB) {
            return inputA;
        }
        return z(a) < z(b);
    }

    /** The x coordinate of node {@code i}. */
    public double x(int i) {
        return at.coordinate(i, 0);
    }

    /** The y coordinate of node {@code i}. */
    public double y(int i) {
        return at.coordinate(i, 1);
    }

    private double z(int i) {
        return at.dimensions() == 3 ? at.coordinate(i, 2) : 0;
    }

    /** The target nodes of {@code source}'s map: non-input nodes of the sheet it sends most connections to. */
    public int[] targetNodes(int source) {
        int sheets = 0;
        for (int s : sheet) {
            sheets = Math.max(sheets, s + 1);
        }
        int[] into = new int[sheets];
        for (int c = 0; c < network.connectionCount(); c++) {
            if (network.sources()[c] == source) {
                into[sheet[network.targets()[c]]]++;
            }
        }
        int chosen = 0;
        for (int s = 1; s < sheets; s++) {
            if (into[s] > into[chosen]) {
                chosen = s;
            }
        }
        List<Integer> targets = new ArrayList<>();
        for (int i = 0; i < sheet.length; i++) {
            NodeKind kind = network.kinds()[i];
            if (sheet[i] == chosen && kind != NodeKind.INPUT && kind != NodeKind.BIAS) {
                targets.add(i);
            }
        }
        return targets.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The (x, y) of {@code source}'s target nodes, the points its map is measured at. */
    public List<double[]> targets(int source) {
        List<double[]> points = new ArrayList<>();
        for (int t : targetNodes(source)) {
            points.add(new double[] {x(t), y(t)});
        }
        return points;
    }

    /** The expressed weight from node {@code source} to node {@code target}: 0 without a connection. */
    public double weight(int source, int target) {
        double sum = 0;
        for (int c = 0; c < network.connectionCount(); c++) {
            if (network.sources()[c] == source && network.targets()[c] == target) {
                sum += network.weights()[c];
            }
        }
        return sum;
    }

    /** The weights leaving node {@code source}, by target point (see the class comment). */
    public OutgoingWeights outgoing(int source) {
        if (source < 0 || source >= network.nodeCount()) {
            throw new IllegalArgumentException("no node " + source + " in a network of " + network.nodeCount());
        }
        int[] targets = targetNodes(source);
        double[] tx = new double[targets.length];
        double[] ty = new double[targets.length];
        double[] tw = new double[targets.length];
        int[] index = new int[network.nodeCount()];
        java.util.Arrays.fill(index, -1);
        for (int k = 0; k < targets.length; k++) {
            tx[k] = x(targets[k]);
            ty[k] = y(targets[k]);
            index[targets[k]] = k;
        }
        for (int c = 0; c < network.connectionCount(); c++) {
            if (network.sources()[c] == source && index[network.targets()[c]] >= 0) {
                tw[index[network.targets()[c]]] += network.weights()[c];
            }
        }
        if (targets.length == 0) {
            return (x, y) -> Double.NaN;
        }
        return (x, y) -> {
            int best = 0;
            double bestDistance = Double.POSITIVE_INFINITY;
            for (int k = 0; k < tx.length; k++) {
                double dx = tx[k] - x;
                double dy = ty[k] - y;
                double d = dx * dx + dy * dy;
                // nodes sharing a point (sheets at several z): the strongest connection shows
                if (d < bestDistance - 1e-12 || (Math.abs(d - bestDistance) <= 1e-12 && Math.abs(tw[k]) > Math.abs(tw[best]))) {
                    best = k;
                    bestDistance = d;
                }
            }
            return tw[best];
        };
    }

    /** The source nearest ({@code sx}, {@code sy}) and the weights it expresses to ({@code tx}, {@code ty}). */
    @Override
    public double weight(double sx, double sy, double tx, double ty) {
        return from(sx, sy).weight(tx, ty);
    }

    /** The weights of the source nearest ({@code sx}, {@code sy}), found once. */
    @Override
    public OutgoingWeights from(double sx, double sy) {
        return outgoing(nearestSource(sx, sy));
    }

    /** Words for node {@code i}: its kind and coordinates, for titles. */
    public String describe(int i) {
        StringBuilder s = new StringBuilder(network.kinds()[i].name().toLowerCase(Locale.ROOT)).append(" node ")
                .append(network.nodeIds()[i]).append(" at (");
        for (int a = 0; a < at.dimensions(); a++) {
            s.append(a == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.2f", at.coordinate(i, a)));
        }
        return s.append(')').toString();
    }
}
