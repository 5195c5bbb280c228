package org.neurula.visualizer.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import org.neurula.visualizer.BadInputException;

/** Checks on the files the visualizer's commands write, and plain words for why a write failed. */
final class OutputFiles {

    private OutputFiles() {
    }

    /** Refuses an output path that names an existing directory (it would be replaced or fail late). */
    static void checkNotDirectory(Path file, String option) {
        if (Files.isDirectory(file)) {
            throw new BadInputException(option + " " + file + " is a directory; give a file name inside it, such as "
                    + file.resolve("picture.png"));
        }
    }

    /** Why writing failed, in words a user can act on. */
    static String reason(IOException e) {
        String what = e instanceof FileSystemException f && f.getFile() != null ? f.getFile() : e.getMessage();
        String why = switch (e) {
            case AccessDeniedException a -> "permission denied";
            case NoSuchFileException n -> "no such directory, and it cannot be created";
            case NotDirectoryException n -> "a part of the path is a file, not a directory";
            case FileSystemException f when f.getReason() != null -> f.getReason();
            default -> e.getClass().getSimpleName();
        };
        return "cannot write " + what + " (" + why + "); choose a location you can write to";
    }
}
