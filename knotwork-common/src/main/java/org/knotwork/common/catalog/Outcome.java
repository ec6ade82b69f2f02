package org.knotwork.common.catalog;

import java.util.List;

/**
 * What one run of a catalog entry measured.
 *
 * @param id the entry's id
 * @param variant which protocol ran
 * @param measurements the numbers, checked and reported
 * @param tables figure-ready data
 * @param figures plots of the tables
 * @param specs the canonical spec texts (with their {@code kind}) of the runs involved, each runnable
 *     with {@code knotwork run --spec}; empty if the entry calls the library directly
 */
public record Outcome(String id, Variant variant, List<Measurement> measurements,
    List<Table> tables, List<Figure> figures, List<String> specs) {

  /** Validates that at least one number is checked, and copies. */
  public Outcome {
    measurements = List.copyOf(measurements);
    tables = List.copyOf(tables);
    figures = List.copyOf(figures);
    specs = List.copyOf(specs);
    if (measurements.stream().noneMatch(Measurement::checked)) {
      throw new IllegalArgumentException("outcome of " + id + " checks no measurement");
    }
    for (Figure f : figures) {
      if (tables.stream().noneMatch(t -> t.name().equals(f.table()))) {
        throw new IllegalArgumentException("figure " + f.name() + " plots unknown table "
            + f.table());
      }
    }
  }

  /** Whether every checked measurement lies in its bound. */
  public boolean passed() {
    return measurements.stream().allMatch(Measurement::passed);
  }

  /** The checked measurements that failed. */
  public List<Measurement> failures() {
    return measurements.stream().filter(m -> !m.passed()).toList();
  }
}
