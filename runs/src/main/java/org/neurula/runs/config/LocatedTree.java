package org.neurula.runs.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A config file parsed into a Jackson tree together with the line of every key, so that problems
 * found later can point at the line. Duplicate keys are reported, not silently merged.
 *
 * @param root       the parsed document
 * @param lines      dotted key path to 1-based line
 * @param duplicates dotted paths of keys that appear again in their section, each with the 1-based
 *                   line of the repetition
 * @param values     values the file writes in a way a config does not accept (YAML aliases,
 *                   not-a-number, numbers beyond a double, a second document), with their lines
 */
record LocatedTree(JsonNode root, Map<String, Integer> lines, List<Duplicate> duplicates, List<BadValue> values) {

    /** A key that appears again in its section, at {@code line}. */
    record Duplicate(String path, int line) {
    }

    /** A value at {@code path} (empty for the file) and {@code line} that is refused, and why. */
    record BadValue(String path, int line, String message) {
    }

    static LocatedTree read(JsonParser parser) throws IOException {
        Map<String, Integer> lines = new HashMap<>();
        List<Duplicate> duplicates = new java.util.ArrayList<>();
        List<BadValue> values = new java.util.ArrayList<>();
        JsonToken first = parser.nextToken();
        if (first == null) {
            return new LocatedTree(null, lines, duplicates, values);
        }
        JsonNode root = value(parser, "", lines, duplicates, values);
        if (parser.nextToken() != null) {
            values.add(new BadValue("", parser.currentTokenLocation().getLineNr(), "a second YAML document starts "
                    + "here (after '---'), and a config is one document; merge the two or split them into files"));
        }
        return new LocatedTree(root, lines, duplicates, values);
    }

    /** The line of {@code path} or of its nearest ancestor that has one; 0 if none. */
    int lineOf(String path) {
        String p = path;
        while (!p.isEmpty()) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            if (p.endsWith("]") && p.lastIndexOf('[') > 0) {
                p = p.substring(0, p.lastIndexOf('[')); // an element of a list: the list's line
                continue;
            }
            int dot = p.lastIndexOf('.');
            p = dot < 0 ? "" : p.substring(0, dot);
        }
        return 0;
    }

    private static JsonNode value(JsonParser p, String path, Map<String, Integer> lines, List<Duplicate> duplicates,
            List<BadValue> values) throws IOException {
        JsonNodeFactory f = JsonNodeFactory.instance;
        JsonToken token = p.currentToken();
        int line = p.currentTokenLocation().getLineNr();
        if (p instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            values.add(new BadValue(path, line, "YAML aliases (*" + p.getText() + ") are not read in configs; "
                    + "write the value out"));
            return null;
        }
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = f.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    String child = path.isEmpty() ? name : path + "." + name;
                    if (object.has(name)) {
                        duplicates.add(new Duplicate(child, p.currentTokenLocation().getLineNr()));
                    } else {
                        lines.put(child, p.currentTokenLocation().getLineNr());
                    }
                    p.nextToken();
                    JsonNode v = value(p, child, lines, duplicates, values);
                    if (v != null) {
                        object.set(name, v); // a refused value is left out, so only its own problem is reported
                    }
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = f.arrayNode();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    JsonNode v = value(p, path + "[" + i++ + "]", lines, duplicates, values);
                    array.add(v == null ? f.nullNode() : v);
                }
                return array;
            }
            case VALUE_STRING -> {
                return f.textNode(p.getText());
            }
            case VALUE_NUMBER_INT -> {
                // numbers too large for a long are kept, so that the loader can report them by key path
                return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                        ? f.numberNode(p.getBigIntegerValue()) : f.numberNode(p.getLongValue());
            }
            case VALUE_NUMBER_FLOAT -> {
                String text = p.getText().strip();
                if (isNotFinite(text)) {
                    values.add(new BadValue(path, line, "must be a finite number, was " + text));
                    return null;
                }
                double v = Double.parseDouble(text);
                if (Double.isInfinite(v)) {
                    values.add(new BadValue(path, line, text + " is beyond the range of a number (about ±1.8e308); "
                            + "write a finite number"));
                    return null;
                }
                return f.numberNode(v);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return f.booleanNode(p.getBooleanValue());
            }
            default -> {
                return f.nullNode();
            }
        }
    }

    /** Whether {@code text} is YAML's not-a-number or an infinity ({@code .nan}, {@code -.inf}, ...). */
    static boolean isNotFinite(String text) {
        return text.strip().matches("[-+]?\\.(?i:nan|inf)");
    }
}
