package org.knotwork.io.curvature;

import java.nio.file.Path;
import java.util.List;
import org.knotwork.common.io.NumericCsv;

/**
 * A trajectory file: a header line (column names, ignored), then one flat parameter vector per line
 * in the layout of {@link org.knotwork.net.Coordinates} (network: w..., b..., v..., c). Blank lines are
 * ignored; anything else that is not {@code dimension} finite numbers is an error naming the line.
 */
public final class ParameterRowsCsv {
  private ParameterRowsCsv() {}

  /** Reads the rows, each of length {@code dimension}; at least one row is required. */
  public static List<double[]> read(Path file, int dimension) {
    return List.of(NumericCsv.readRows(file, "trajectory file", dimension, 1).rows());
  }
}
