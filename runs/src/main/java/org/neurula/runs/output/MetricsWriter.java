package org.neurula.runs.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import org.neurula.neat.engine.EngineListener;
import org.neurula.neat.engine.Generation;
import org.neurula.neat.engine.Member;
import org.neurula.neat.engine.Species;
import org.neurula.neat.network.NetworkActivity;
import org.neurula.runs.ChampionActivity;

/**
 * Appends one JSON object per generation to {@code metrics.jsonl}. Everything outside the
 * {@code timing} object depends only on the seed and the config, never on threads or the clock.
 * Given a way to measure a genome's activity, each line also holds the generation champion's
 * ({@code championActivity}: connections, dormant ratio, sparsity, weight drift, pruned share), measured once per
 * champion: a champion kept from the generation before is not measured again.
 */
public final class MetricsWriter implements EngineListener, AutoCloseable {

    private final BufferedWriter out;
    private final long started = System.nanoTime();
    private final Function<Member, Optional<NetworkActivity>> activity;
    private long measuredId = -1;
    private Optional<NetworkActivity> measured = Optional.empty();

    /** Opens (creating or truncating) the metrics file. */
    public MetricsWriter(Path file) {
        this(file, false);
    }

    /** Opens the metrics file, appending to it if {@code append} (a resumed run). */
    public MetricsWriter(Path file, boolean append) {
        this(file, append, member -> Optional.empty());
    }

    /**
     * Opens the metrics file, appending to it if {@code append}, and records each generation champion's
     * activity as {@code activity} measures it (empty: not recorded for that champion).
     */
    public MetricsWriter(Path file, boolean append, Function<Member, Optional<NetworkActivity>> activity) {
        this.activity = activity;
        try {
            this.out = append
                    ? Files.newBufferedWriter(file, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                            java.nio.file.StandardOpenOption.APPEND)
                    : Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** The metrics record of one generation. */
    public static ObjectNode metrics(Generation g) {
        ObjectNode m = JsonNodeFactory.instance.objectNode();
        m.put("generation", g.number());
        m.put("evaluations", g.evaluations());
        m.put("generationEvaluations", g.generationEvaluations());
        m.put("bestFitness", g.champion().fitness());
        m.put("meanFitness", g.meanFitness());
        m.put("stdFitness", g.fitnessStdDev());
        m.put("solved", g.solved());
        m.put("championId", g.champion().id());
        m.put("failedEvaluations", g.failedEvaluations());
        m.put("speciesThreshold", g.speciesThreshold());
        m.put("simplifying", g.simplifying());
        m.put("species", g.species().size());
        ArrayNode sizes = m.putArray("speciesSizes");
        ArrayNode ids = m.putArray("speciesIds");
        for (Species s : g.species()) {
            sizes.add(s.size());
            ids.add(s.id());
        }
        int maxHidden = 0;
        int maxConnections = 0;
        double hidden = 0;
        double connections = 0;
        for (Member member : g.members()) {
            int h = member.genome().hiddenCount();
            int c = member.genome().enabledConnectionCount();
            hidden += h;
            connections += c;
            maxHidden = Math.max(maxHidden, h);
            maxConnections = Math.max(maxConnections, c);
        }
        ObjectNode hiddenNode = m.putObject("hiddenNodes");
        hiddenNode.put("mean", hidden / g.members().size());
        hiddenNode.put("max", maxHidden);
        ObjectNode connectionNode = m.putObject("enabledConnections");
        connectionNode.put("mean", connections / g.members().size());
        connectionNode.put("max", maxConnections);
        return m;
    }

    @Override
    public void onGenerationEnd(Generation g) {
        ObjectNode m = metrics(g);
        Member champion = g.champion();
        if (champion.id() != measuredId) {
            measured = activity.apply(champion);
            measuredId = champion.id();
        }
        measured.ifPresent(a -> m.set("championActivity", ChampionActivity.measuresJson(a)));
        ObjectNode timing = m.putObject("timing");
        timing.put("evaluationSeconds", g.timing().evaluationSeconds());
        timing.put("generationSeconds", g.timing().generationSeconds());
        timing.put("elapsedSeconds", (System.nanoTime() - started) / 1e9);
        timing.put("evaluationsPerSecond", g.generationEvaluations() / Math.max(1e-9, g.timing().evaluationSeconds()));
        try {
            out.write(Json.COMPACT.writeValueAsString(m));
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to metrics.jsonl: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
