package org.neurula.visualizer.view;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.graphstream.graph.Graph;
import org.neurula.visualizer.run.GenomeFiles;
import org.neurula.visualizer.topology.DrawingOptions;
import org.neurula.visualizer.topology.TopologyGraph;

/**
 * Small genome files and run directories for the viewer's tests, written as {@code neurula run} writes
 * them; test support, not a test.
 */
public final class ViewFixtures {

    private ViewFixtures() {
    }

    /**
     * An XOR-shaped genome (id, generation and fitness left out when negative or NaN): inputs 0 and 1, bias 2, output 3, hidden 4 ({@code tanh}); connections
     * 0→3 (+2.5), 1→3 (−3.0), 2→3 (+1.0), 0→4 (+4.0, innovation 3), 4→3 (−2.0, innovation 4),
     * 1→4 (+0.7, disabled, innovation 5), and with {@code recurrent} also 3→4 (+0.5, innovation 9).
     */
    public static String genomeJson(long id, int generation, double fitness, boolean recurrent) {
        String connections = """
                {"innovation":0,"in":0,"out":3,"weight":2.5,"enabled":true},
                {"innovation":1,"in":1,"out":3,"weight":-3.0,"enabled":true},
                {"innovation":2,"in":2,"out":3,"weight":1.0,"enabled":true},
                {"innovation":3,"in":0,"out":4,"weight":4.0,"enabled":true},
                {"innovation":4,"in":4,"out":3,"weight":-2.0,"enabled":true},
                {"innovation":5,"in":1,"out":4,"weight":0.7,"enabled":false}""";
        if (recurrent) {
            connections += """
                    ,
                    {"innovation":9,"in":3,"out":4,"weight":0.5,"enabled":true}""";
        }
        String header = (id >= 0 ? "\"id\":" + id + "," : "") + (generation >= 0 ? "\"generation\":" + generation + "," : "")
                + (Double.isNaN(fitness) ? "" : "\"fitness\":" + fitness + ",");
        return String.format(Locale.ROOT, """
                {"format":"neurula-genome","version":1,%s"inputs":2,"outputs":1,
                 "nodes":[{"id":0,"kind":"input","activation":"identity","bias":0.0},
                          {"id":1,"kind":"input","activation":"identity","bias":0.0},
                          {"id":2,"kind":"bias","activation":"identity","bias":0.0},
                          {"id":3,"kind":"output","activation":"steepened-sigmoid","bias":0.25},
                          {"id":4,"kind":"hidden","activation":"tanh","bias":-0.5}],
                 "connections":[%s]}
                """, header, connections);
    }

    /** Writes a genome file. */
    public static Path writeGenome(Path file, long id, int generation, double fitness, boolean recurrent) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.writeString(file, genomeJson(id, generation, fitness, recurrent));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A finished run directory: improving champions at generations 0 (id 11), 3 (id 42) and 7 (id 95),
     * {@code champion.json} the last of them, and {@code metrics.jsonl} up to generation 9.
     */
    public static Path writeRun(Path dir) {
        writeGenome(dir.resolve("champions/gen-000000-id-11.json"), 11, 0, 1.5, false);
        writeGenome(dir.resolve("champions/gen-000003-id-42.json"), 42, 3, 2.25, false);
        writeGenome(dir.resolve("champions/gen-000007-id-95.json"), 95, 7, 3.75, true);
        writeGenome(dir.resolve("champion.json"), 95, 7, 3.75, true);
        StringBuilder metrics = new StringBuilder();
        for (int g = 0; g <= 9; g++) {
            metrics.append("{\"generation\":").append(g).append("}\n");
        }
        try {
            Files.writeString(dir.resolve("metrics.jsonl"), metrics);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    /** The graph of a fixture genome, as the window builds it (node labels, disabled genes drawn). */
    public static Graph graph(Path dir, boolean recurrent) {
        Path file = writeGenome(dir.resolve("g.json"), 7, 2, 1.0, recurrent);
        return TopologyGraph.build(GenomeFiles.read(file).genome(), new DrawingOptions(true, false, true), 24);
    }
}
