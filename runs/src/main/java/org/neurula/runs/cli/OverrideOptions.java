package org.neurula.runs.cli;

import java.util.List;
import picocli.CommandLine.Option;

/** The config overrides {@code run}, {@code resume} and {@code bench} share: {@code --set} and {@code --generations}. */
final class OverrideOptions {

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "override one config key, e.g. --set mutation.addNode=0.05 (repeatable)")
    List<String> overrides;

    @Option(names = "--generations", description = "override run.generations (the generation cap)")
    Integer generations;
}
