package org.neurula.runs.bench;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How one champion scored in one {@link ScoringSetting}.
 *
 * @param setting  the setting's name
 * @param decoded  whether the setting's decoder accepted the champion's genome
 * @param fitness  its fitness there (the task's null fitness if it was rejected)
 * @param measures the task's measures of its network there, in the task's order (none if rejected)
 * @param reason   why the decoder rejected it; empty if it was decoded
 */
public record SettingScore(String setting, boolean decoded, double fitness, Map<String, Double> measures,
        String reason) {

    /** Keeps an unmodifiable copy of the measures, in their order. */
    public SettingScore {
        measures = Collections.unmodifiableMap(new LinkedHashMap<>(measures));
    }

    /** A champion the setting's decoder rejected. */
    public static SettingScore rejected(String setting, double nullFitness, String reason) {
        return new SettingScore(setting, false, nullFitness, Map.of(), reason);
    }

    /**
     * As {@code {"fitness": f, "measures": {name: value, ...}}}, with {@code "decoded": false} and the
     * {@code "reason"} for a rejected genome.
     */
    public ObjectNode toJson() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        if (!decoded) {
            o.put("decoded", false);
            o.put("reason", reason);
        }
        put(o, "fitness", fitness);
        ObjectNode m = o.putObject("measures");
        measures.forEach((name, value) -> put(m, name, value));
        return o;
    }

    /** JSON has no NaN or infinity: such a value is written as null. */
    private static void put(ObjectNode o, String key, double value) {
        if (Double.isFinite(value)) {
            o.put(key, value);
        } else {
            o.putNull(key);
        }
    }
}
