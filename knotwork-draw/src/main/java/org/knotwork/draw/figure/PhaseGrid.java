package org.knotwork.draw.figure;

/**
 * Values of a regime order parameter over a grid of two run parameters (notes &sect;6, E10), the
 * input of {@link PhaseDiagramFigure}.
 *
 * @param title figure title
 * @param xLabel name of the column parameter (e.g. "\u03b1_w")
 * @param xValues column parameter values, at least one
 * @param yLabel name of the row parameter
 * @param yValues row parameter values, at least one
 * @param values values[row][column]; NaN marks a missing run
 * @param valueLabel what the values are (colour-bar label)
 */
public record PhaseGrid(String title, String xLabel, double[] xValues, String yLabel,
    double[] yValues, double[][] values, String valueLabel) {

  /** Validates and copies. */
  public PhaseGrid {
    if (xValues.length == 0 || yValues.length == 0) {
      throw new IllegalArgumentException("xValues and yValues must be non-empty");
    }
    if (values.length != yValues.length) {
      throw new IllegalArgumentException("values must have one row per y value: "
          + values.length + " rows for " + yValues.length + " y values");
    }
    xValues = xValues.clone();
    yValues = yValues.clone();
    double[][] copy = new double[values.length][];
    for (int r = 0; r < values.length; r++) {
      if (values[r].length != xValues.length) {
        throw new IllegalArgumentException("values[" + r + "] has " + values[r].length
            + " entries, expected " + xValues.length);
      }
      copy[r] = values[r].clone();
      for (int k = 0; k < copy[r].length; k++) {
        if (Double.isInfinite(copy[r][k])) {
          throw new IllegalArgumentException("values[" + r + "][" + k + "] is infinite");
        }
      }
    }
    values = copy;
  }
}
