package org.neurula.runs.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Shared JSON and YAML writers; files are written to a temporary name and then renamed. */
public final class Json {

    /** Pretty-printing JSON mapper with sorted map keys. */
    public static final ObjectMapper PRETTY = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();
    /** Compact JSON mapper, one document per line. */
    public static final ObjectMapper COMPACT = JsonMapper.builder()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .build();
    /** YAML mapper for resolved configs. */
    public static final ObjectMapper YAML = YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .build();

    private Json() {
    }

    /** Writes {@code tree} as pretty JSON to {@code file} atomically. */
    public static void write(Path file, JsonNode tree) {
        writeAtomically(file, PRETTY, tree);
    }

    /** Writes {@code tree} as YAML to {@code file} atomically. */
    public static void writeYaml(Path file, JsonNode tree) {
        writeAtomically(file, YAML, tree);
    }

    private static void writeAtomically(Path file, ObjectMapper mapper, JsonNode tree) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path tmp = Files.createTempFile(parent, file.getFileName().toString(), ".tmp");
            mapper.writeValue(tmp.toFile(), tree);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
