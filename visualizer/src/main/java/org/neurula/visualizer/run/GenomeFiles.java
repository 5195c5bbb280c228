package org.neurula.visualizer.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.neurula.neat.activation.ActivationRegistry;
import org.neurula.neat.genome.Genome;
import org.neurula.runs.output.GenomeJson;
import org.neurula.runs.output.Json;
import org.neurula.visualizer.BadInputException;

/** Reads genome JSON files (a run's {@code champion.json}, {@code champions/*.json}, or one of the user's). */
public final class GenomeFiles {

    private GenomeFiles() {
    }

    /**
     * Reads the genome in {@code file}.
     *
     * @throws BadInputException if the file is missing, not JSON, or not a Neurula genome
     */
    public static LoadedGenome read(Path file) {
        JsonNode root;
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0x1F && (bytes[1] & 0xFF) == 0x8B) {
                throw new BadInputException(file + ": a compressed (gzip) file, such as a checkpoint, not a genome; "
                        + "give a genome file such as RUN-DIR/champion.json, or the run directory");
            }
            String text;
            try {
                text = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                        .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            } catch (java.nio.charset.CharacterCodingException e) {
                throw new BadInputException(file + ": not a text file, so not a genome; give a genome file such as "
                        + "RUN-DIR/champion.json, or the run directory");
            }
            root = Json.COMPACT.readTree(text);
        } catch (NoSuchFileException e) {
            throw new BadInputException(file + ": no such file; give a run directory or a genome .json file");
        } catch (JsonProcessingException e) {
            throw new BadInputException(file + ": not JSON (" + e.getOriginalMessage()
                    + "); give a genome file written by neurula run, such as RUN-DIR/champion.json");
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
        if (root == null || !root.isObject()) {
            throw new BadInputException(file + ": not a genome (a JSON object with nodes and connections)");
        }
        JsonNode format = root.get("format");
        if (format != null && !GenomeJson.FORMAT.equals(format.asText())) {
            throw new BadInputException(file + ": format '" + format.asText() + "' is not a genome ('"
                    + GenomeJson.FORMAT + "'); give a genome file such as RUN-DIR/champion.json");
        }
        JsonNode version = root.get("version");
        if (version != null && version.asInt() > GenomeJson.VERSION) {
            throw new BadInputException(file + ": genome format version " + version.asInt()
                    + " is newer than this Neurula reads (" + GenomeJson.VERSION + "); update Neurula");
        }
        Genome genome;
        try {
            genome = GenomeJson.read(root, ActivationRegistry.withBuiltIns());
        } catch (IllegalArgumentException e) {
            throw new BadInputException(file + ": not a valid genome: " + e.getMessage(), e);
        }
        return new LoadedGenome(genome, root.path("id").asLong(-1), root.path("generation").asInt(-1),
                root.path("fitness").asDouble(Double.NaN), file);
    }
}
