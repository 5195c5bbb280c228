package org.neurula.runs.checkpoint;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.neurula.neat.activation.ActivationRegistry;
import org.neurula.runs.output.Json;

/**
 * The {@code checkpoints/} folder of a run directory. Each checkpoint is gzip-compressed JSON written
 * to a temporary file, forced to disk and then renamed into place, so a file named
 * {@code checkpoint-<generation>.json.gz} is always complete; a crash mid-write leaves at most a
 * temporary file, which is ignored and cleaned up. The newest {@value #KEEP} checkpoints are kept.
 */
public final class CheckpointStore {

    /** The folder inside a run directory. */
    public static final String DIRECTORY = "checkpoints";
    /** How many checkpoints are kept. */
    public static final int KEEP = 3;

    private static final Pattern NAME = Pattern.compile("checkpoint-(\\d+)\\.json\\.gz");

    private final Path dir;
    private final ActivationRegistry activations;

    /**
     * The store of {@code runDir}.
     *
     * @param activations the activation functions genomes may name
     */
    public CheckpointStore(Path runDir, ActivationRegistry activations) {
        this.dir = runDir.resolve(DIRECTORY);
        this.activations = activations;
    }

    /** A checkpoint read from a file. */
    public record Loaded(Checkpoint checkpoint, Path file) {
    }

    /**
     * Writes {@code checkpoint} atomically and drops all but the newest {@value #KEEP}.
     *
     * @return the file written
     */
    public synchronized Path write(Checkpoint checkpoint) throws IOException {
        Files.createDirectories(dir);
        Path target = dir.resolve("checkpoint-%08d.json.gz".formatted(checkpoint.generation()));
        Path tmp = Files.createTempFile(dir, ".checkpoint-", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                OutputStream raw = Channels.newOutputStream(channel);
                GZIPOutputStream gzip = new GZIPOutputStream(raw, 1 << 16);
                Json.COMPACT.writeValue(gzip, CheckpointJson.write(checkpoint));
                gzip.finish();
                gzip.flush();
                channel.force(true);
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
        forceDirectory();
        List<Path> files = files();
        for (int i = KEEP; i < files.size(); i++) {
            Files.deleteIfExists(files.get(i));
        }
        return target;
    }

    /** The checkpoint files, newest generation first. */
    public List<Path> files() throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(dir)) {
            list.filter(p -> NAME.matcher(p.getFileName().toString()).matches()).forEach(files::add);
        }
        files.sort(Comparator.comparingLong(CheckpointStore::generationOf).reversed());
        return files;
    }

    /**
     * The newest checkpoint that reads completely; unreadable ones are reported to {@code warnings}
     * and skipped, and leftover temporary files are removed.
     */
    public Optional<Loaded> newest(Consumer<String> warnings) throws IOException {
        if (Files.isDirectory(dir)) {
            try (Stream<Path> list = Files.list(dir)) {
                for (Path p : list.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
        for (Path file : files()) {
            try {
                return Optional.of(new Loaded(read(file), file));
            } catch (IOException | RuntimeException e) {
                warnings.accept("skipping unreadable checkpoint " + file + ": " + e.getMessage());
            }
        }
        return Optional.empty();
    }

    /** Reads one checkpoint file. */
    public Checkpoint read(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
            JsonNode root = Json.COMPACT.readTree(in);
            if (root == null) {
                throw new IOException("the file is empty");
            }
            return CheckpointJson.read(root, activations);
        }
    }

    private static long generationOf(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        return m.matches() ? Long.parseLong(m.group(1)) : -1;
    }

    private void forceDirectory() {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // not every file system lets a directory be forced; the rename itself is still atomic
        }
    }
}
