package org.neurula.visualizer.substrate;

import java.util.Locale;

/** Which parts of a genome with a grown network (an indirect encoding's phenotype) a drawing shows. */
public enum Panels {
    /** The CPPN (the genome) on the left, the grown substrate network on the right. */
    BOTH,
    /** The genome alone, drawn exactly as for the direct encoding. */
    CPPN,
    /** The grown network alone. */
    SUBSTRATE;

    /** The name used on the command line: {@code both}, {@code cppn}, {@code substrate}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
