package org.knotwork.pathways.experiment;

/**
 * The spec of a {@code pathways} study: either one network run ({@link SingleRunSpec}, written with
 * the run's fields at the top level, as {@code knotwork pathways run} records it) or a named list of
 * runs on the hierarchical data ({@link ExperimentSpec}, recognised by its {@code runs} field, as the
 * figure presets).
 */
public sealed interface PathwaysSpec permits SingleRunSpec, ExperimentSpec {

  /** The master seed: the (first) run's seed. */
  long seed();
}
