package org.knotwork.draw.figure;

/**
 * A matrix drawn as a heat map by {@link HeatMapFigure}: row 1 at the top (matrix layout), a fixed
 * colour range so that several maps (panels, video frames) share one scale.
 *
 * @param title panel title
 * @param values values[row][column], at least 1 &times; 1, finite or NaN (drawn grey)
 * @param min value at the bottom of the colour scale
 * @param max value at the top of the colour scale, &gt; min
 * @param labelCells write each cell's value into it (for small matrices)
 */
public record HeatMap(String title, double[][] values, double min, double max,
    boolean labelCells) {

  /** Validates and copies. */
  public HeatMap {
    if (values == null || values.length == 0 || values[0].length == 0) {
      throw new IllegalArgumentException("values must be a non-empty matrix");
    }
    if (!Double.isFinite(min) || !Double.isFinite(max) || !(max > min)) {
      throw new IllegalArgumentException(
          "colour range must be finite with max > min, got [" + min + ", " + max + "]");
    }
    double[][] copy = new double[values.length][];
    for (int r = 0; r < values.length; r++) {
      if (values[r].length != values[0].length) {
        throw new IllegalArgumentException("values[" + r + "] has " + values[r].length
            + " entries, expected " + values[0].length);
      }
      copy[r] = values[r].clone();
      for (int c = 0; c < copy[r].length; c++) {
        if (Double.isInfinite(copy[r][c])) {
          throw new IllegalArgumentException("values[" + r + "][" + c + "] is infinite");
        }
      }
    }
    values = copy;
    title = title == null ? "" : title;
  }

  /**
   * The colour range the authors' scripts use for K heat maps (notes deep-linear.md &sect;3.2):
   * [min(0, smallest value), max(1, largest value)] over all the given matrices (NaN ignored).
   */
  public static double[] unitRange(double[][]... matrices) {
    double lo = 0;
    double hi = 1;
    for (double[][] m : matrices) {
      for (double[] row : m) {
        for (double v : row) {
          if (!Double.isNaN(v)) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
          }
        }
      }
    }
    return new double[] {lo, hi};
  }
}
