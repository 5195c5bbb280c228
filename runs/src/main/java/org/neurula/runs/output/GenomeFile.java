package org.neurula.runs.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.neurula.neat.activation.ActivationRegistry;
import org.neurula.neat.genome.Genome;
import org.neurula.neat.network.NetworkBlueprint;

/**
 * A genome JSON file as read: the genome and what the file says about it.
 *
 * @param genome     the genome
 * @param id         its genome id (-1 when the file does not say)
 * @param generation the generation it was saved in (-1 when the file does not say)
 * @param fitness    its fitness (NaN when the file does not say)
 * @param file       the file it was read from
 * @param phenotype  the grown network saved beside the genome by a run with an indirect encoding
 *                   ({@link PhenotypeJson}), or empty for the direct encoding, whose network is the
 *                   genome's own
 */
public record GenomeFile(Genome genome, long id, int generation, double fitness, Path file,
        Optional<NetworkBlueprint> phenotype) {

    /** A file without a grown network. */
    public GenomeFile(Genome genome, long id, int generation, double fitness, Path file) {
        this(genome, id, generation, fitness, file, Optional.empty());
    }

    /**
     * Reads {@code file}.
     *
     * @throws IllegalArgumentException if the file is missing, compressed, not text, not JSON, of
     *                                  another format or a newer version, or not a valid genome; the
     *                                  message names the file and what to give instead
     * @throws UncheckedIOException     if the file cannot be read
     */
    public static GenomeFile read(Path file) {
        JsonNode root = json(file);
        Genome genome;
        try {
            genome = GenomeJson.read(root, ActivationRegistry.withBuiltIns());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": not a valid genome: " + e.getMessage(), e);
        }
        Optional<NetworkBlueprint> phenotype = Optional.empty();
        if (root.has("phenotype")) {
            try {
                phenotype = Optional.of(PhenotypeJson.read(root.get("phenotype"), ActivationRegistry.withBuiltIns()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ": the grown network is not valid: " + e.getMessage(), e);
            }
        }
        return new GenomeFile(genome, root.path("id").asLong(-1), root.path("generation").asInt(-1),
                root.path("fitness").asDouble(Double.NaN), file, phenotype);
    }

    private static JsonNode json(Path file) {
        JsonNode root;
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0x1F && (bytes[1] & 0xFF) == 0x8B) {
                throw new IllegalArgumentException(file + ": a compressed (gzip) file, such as a checkpoint, not a "
                        + "genome; give a genome file such as RUN-DIR/champion.json, or the run directory");
            }
            String text;
            try {
                text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                throw new IllegalArgumentException(file + ": not a text file, so not a genome; give a genome file "
                        + "such as RUN-DIR/champion.json, or the run directory");
            }
            root = Json.COMPACT.readTree(text);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": no such file; give a run directory or a genome .json file");
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + ": not JSON (" + e.getOriginalMessage()
                    + "); give a genome file written by neurula run, such as RUN-DIR/champion.json");
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(file + ": not a genome (a JSON object with nodes and connections)");
        }
        JsonNode format = root.get("format");
        if (format != null && !GenomeJson.FORMAT.equals(format.asText())) {
            throw new IllegalArgumentException(file + ": format '" + format.asText() + "' is not a genome ('"
                    + GenomeJson.FORMAT + "'); give a genome file such as RUN-DIR/champion.json");
        }
        JsonNode version = root.get("version");
        if (version != null && version.asInt() > GenomeJson.VERSION) {
            throw new IllegalArgumentException(file + ": genome format version " + version.asInt()
                    + " is newer than this Neurula reads (" + GenomeJson.VERSION + "); update Neurula");
        }
        return root;
    }

}
