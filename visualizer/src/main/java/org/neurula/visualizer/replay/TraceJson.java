package org.neurula.visualizer.replay;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.neurula.runs.output.Json;

/**
 * A recorded lifetime as JSON: {@code {"format": "neurula-weight-trace", "version": 1, "fitness",
 * "steps", "recordedSteps", "innovations": [...], "modulation": [...], "frames": [[...], ...]}}, and for a
 * network that prunes itself {@code "pruned": [[...], ...]}: per frame, the indices (into
 * {@code innovations}) of the connections pruned by then.
 */
public final class TraceJson {

    /** The value of {@code format}. */
    public static final String FORMAT = "neurula-weight-trace";

    private TraceJson() {
    }

    /** The JSON tree of a recording. */
    public static ObjectNode of(Recording recording) {
        WeightTrace trace = recording.trace();
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("format", FORMAT);
        root.put("version", 1);
        root.put("fitness", trace.fitness());
        root.put("steps", recording.steps());
        root.put("recordedSteps", trace.steps() - 1);
        ArrayNode innovations = root.putArray("innovations");
        for (int innovation : trace.innovations()) {
            innovations.add(innovation);
        }
        ArrayNode modulation = root.putArray("modulation");
        for (double r : trace.rewards()) {
            modulation.add(r);
        }
        ArrayNode frames = root.putArray("frames");
        for (double[] frame : trace.frames()) {
            ArrayNode row = frames.addArray();
            for (double w : frame) {
                row.add(w);
            }
        }
        if (trace.live() != null) {
            ArrayNode pruned = root.putArray("pruned");
            for (int step = 0; step < trace.steps(); step++) {
                ArrayNode row = pruned.addArray();
                for (int k = 0; k < trace.innovations().length; k++) {
                    if (!trace.isLive(step, k)) {
                        row.add(k);
                    }
                }
            }
        }
        return root;
    }

    /** Writes a recording to {@code file} (compact: a lifetime has thousands of frames). */
    public static void write(Recording recording, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Json.COMPACT.writeValue(file.toFile(), of(recording));
    }
}
