package org.neurula.visualizer.report;

import java.util.Optional;

/** The resolved config the run wrote, as text. */
final class ConfigSection {

    private ConfigSection() {
    }

    static Section of(Optional<String> configYaml) {
        if (configYaml.isEmpty()) {
            return new Section("config", "Config", "<p class=\"muted\">The run directory has no config.yaml.</p>");
        }
        return new Section("config", "Config", "<p class=\"muted\">config.yaml: the fully resolved config, every"
                + " default filled in; <code>neurula run</code> accepts it as it is.</p>\n<pre class=\"config\">"
                + Html.escape(configYaml.get()) + "</pre>");
    }
}
