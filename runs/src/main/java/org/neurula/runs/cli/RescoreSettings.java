package org.neurula.runs.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.neurula.runs.bench.ScoringSetting;
import org.neurula.runs.config.ConfigException;
import org.neurula.runs.config.ConfigOverride;
import org.neurula.runs.config.ConfigProblem;
import org.neurula.runs.config.RunConfig;

/**
 * Turns {@code bench --rescore KEY=VALUE} options into {@link ScoringSetting}s: each is the benchmark's
 * config (file, {@code --set} and {@code --generations}) with that one override applied, checked as a
 * config is, and checked to decode the genomes the benchmark evolves. Every problem names the option
 * as given, before any run starts.
 */
final class RescoreSettings {

    /** The option's name, as problems name it. */
    static final String OPTION = "--rescore";

    private RescoreSettings() {
    }

    /**
     * The settings, in the order given.
     *
     * @param file      the config file as the user named it
     * @param evolved   the benchmark's own config, loaded from {@code file} with {@code overrides}
     * @param overrides the benchmark's {@code --set} values
     * @param rescores  the {@code --rescore} values
     * @throws ConfigException with every problem of every setting
     */
    static List<ScoringSetting> of(String file, RunConfig evolved, Integer generations, List<String> overrides,
            List<String> rescores) throws ConfigException {
        List<ScoringSetting> settings = new ArrayList<>();
        List<ConfigProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String raw : rescores) {
            String name = raw.strip();
            String source = OPTION + " " + raw;
            int eq = name.indexOf('=');
            String key = eq < 0 ? name : name.substring(0, eq).strip();
            String section = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
            if (eq > 0 && key.contains(".") && !ScoringSetting.SCORING_SECTIONS.contains(section)
                    && !section.isEmpty()) {
                problems.add(new ConfigProblem(source, 0, key, "the " + section + " section shapes evolution, not "
                        + "how a champion is decoded and scored, so rescoring with it changes nothing; rescore a "
                        + "key of " + String.join(", ", ScoringSetting.SCORING_SECTIONS)
                        + " (for example " + OPTION + " task.resolution=33)"));
                continue;
            }
            if (!seen.add(name)) {
                problems.add(new ConfigProblem(source, 0, key, "given twice; give each setting once"));
                continue;
            }
            List<ConfigOverride> all = new ArrayList<>();
            if (overrides != null) {
                overrides.forEach(o -> all.add(ConfigOverride.set(o)));
            }
            all.add(new ConfigOverride(OPTION, raw));
            RunConfig config;
            try {
                config = ConfigSource.loadWith(file, null, null, generations, all);
            } catch (ConfigException e) {
                for (ConfigProblem p : e.problems()) {
                    problems.add(p.file().equals(source) ? p : new ConfigProblem(source + " (" + p.file()
                            + (p.line() > 0 ? ":" + p.line() : "") + ")", 0, p.path(), p.message()));
                }
                continue;
            }
            ScoringSetting setting = new ScoringSetting(name, config);
            Optional<String> misfit = setting.misfit(evolved);
            if (misfit.isPresent()) {
                problems.add(new ConfigProblem(source, 0, key, misfit.get()));
                continue;
            }
            settings.add(setting);
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return settings;
    }
}
