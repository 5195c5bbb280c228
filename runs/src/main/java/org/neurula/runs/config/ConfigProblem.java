package org.neurula.runs.config;

/**
 * One thing wrong with a config file.
 *
 * @param file    the file as the user named it
 * @param line    1-based line, or 0 when unknown
 * @param path    dotted key path ({@code mutation.addNode}); empty for the whole file
 * @param message what is wrong and how to fix it
 */
public record ConfigProblem(String file, int line, String path, String message) {

    /** {@code file:line: path: message}. */
    public String format() {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) {
            s.append(':').append(line);
        }
        s.append(": ");
        if (!path.isEmpty()) {
            s.append(path).append(": ");
        }
        return s.append(message).toString();
    }
}
