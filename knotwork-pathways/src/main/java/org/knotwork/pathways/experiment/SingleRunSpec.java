package org.knotwork.pathways.experiment;

/**
 * One network run and its training data.
 *
 * @param run the run
 * @param treeLevels levels of the hierarchical data's binary tree, 1..12 (3 = the authors' 8 items
 *     and 15 features), used when {@code data} is empty
 * @param data a data table (CSV, see {@link org.knotwork.pathways.io.DataTable}), relative paths
 *     resolving against the spec's directory; empty for the hierarchical data
 */
public record SingleRunSpec(NetworkRunSpec run, int treeLevels, String data)
    implements PathwaysSpec {

  /** Validates the fields. */
  public SingleRunSpec {
    if (run == null) {
      throw new IllegalArgumentException("run is missing");
    }
    if (treeLevels < 1 || treeLevels > 12) {
      throw new IllegalArgumentException("treeLevels must be in 1..12, got " + treeLevels);
    }
    if (data == null) {
      data = "";
    }
  }

  /** A run on the authors' hierarchical data (3 levels). */
  public static SingleRunSpec of(NetworkRunSpec run) {
    return new SingleRunSpec(run, 3, "");
  }

  @Override
  public long seed() {
    return run.seed();
  }
}
