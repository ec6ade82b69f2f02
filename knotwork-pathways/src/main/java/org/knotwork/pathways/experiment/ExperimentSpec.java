package org.knotwork.pathways.experiment;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A named list of runs on the hierarchical data set with {@code treeLevels} levels (3 = the
 * authors' 8 items and 15 features).
 *
 * @param name identifier (letters, digits, '.', '_', '-')
 * @param description one line for humans
 * @param treeLevels levels of the binary tree, 1..12
 * @param runs at least one run, names unique
 */
public record ExperimentSpec(String name, String description, int treeLevels,
    List<NetworkRunSpec> runs) implements PathwaysSpec {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,100}");

  /** Validates the fields. */
  public ExperimentSpec {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "name must be 1-100 letters, digits, '.', '_' or '-', got " + name);
    }
    if (description == null) {
      description = "";
    }
    if (treeLevels < 1 || treeLevels > 12) {
      throw new IllegalArgumentException("treeLevels must be in 1..12, got " + treeLevels);
    }
    if (runs == null || runs.isEmpty()) {
      throw new IllegalArgumentException("runs must contain at least one run");
    }
    Set<String> names = new HashSet<>();
    for (int i = 0; i < runs.size(); i++) {
      if (runs.get(i) == null) {
        throw new IllegalArgumentException("runs[" + i + "] is missing");
      }
      if (!names.add(runs.get(i).name())) {
        throw new IllegalArgumentException("run names must be unique, '" + runs.get(i).name()
            + "' appears twice");
      }
    }
    runs = List.copyOf(runs);
  }

  /** The first run's seed (each run has its own). */
  @Override
  public long seed() {
    return runs.get(0).seed();
  }
}
