package org.neurula.fitness.logic;

/** The retina task has no parameters. */
public record RetinaConfig() {
}
