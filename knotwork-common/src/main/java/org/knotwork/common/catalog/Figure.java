package org.knotwork.common.catalog;

import java.util.List;

/**
 * A plot of columns of one {@link Table}: a description that a renderer turns into an image (see
 * {@code org.knotwork.experiment.report.FigureRenderer}), and that a reader can follow by hand.
 *
 * @param name file name stem of the image
 * @param title the title
 * @param table the table's name
 * @param x the x column
 * @param ys the y columns, one series each
 * @param group a text column whose values split the rows into separate series, or null
 * @param xLabel x-axis label
 * @param yLabel y-axis label
 * @param logX logarithmic x axis
 * @param logY logarithmic y axis
 * @param style {@code line}, {@code scatter}, {@code line+points} or {@code heatmap} (a matrix:
 *     {@code x} names the column-index column, {@code ys} holds the row-index column and the value
 *     column, in that order; {@code group} and the log flags are unused)
 */
public record Figure(String name, String title, String table, String x, List<String> ys,
    String group, String xLabel, String yLabel, boolean logX, boolean logY, String style) {

  /** Validates presence and the style, and copies. */
  public Figure {
    if (name == null || title == null || table == null || x == null || ys == null
        || ys.isEmpty()) {
      throw new IllegalArgumentException("name, title, table, x and at least one y are required");
    }
    if (!List.of("line", "scatter", "line+points", "heatmap").contains(style)) {
      throw new IllegalArgumentException("style must be line, scatter, line+points or heatmap, "
          + "got " + style);
    }
    if (style.equals("heatmap") && ys.size() != 2) {
      throw new IllegalArgumentException("a heatmap figure needs ys = [row column, value column], "
          + "got " + ys);
    }
    ys = List.copyOf(ys);
  }

  /** A line plot of {@code ys} against {@code x} on linear axes. */
  public static Figure line(String name, String title, String table, String x, List<String> ys,
      String xLabel, String yLabel) {
    return new Figure(name, title, table, x, ys, null, xLabel, yLabel, false, false, "line");
  }

  /**
   * A heat map of {@code value} over the matrix cells ({@code y} = row index, {@code x} = column
   * index; row 1 at the top).
   */
  public static Figure heatmap(String name, String title, String table, String x, String y,
      String value, String xLabel, String yLabel) {
    return new Figure(name, title, table, x, List.of(y, value), null, xLabel, yLabel, false, false,
        "heatmap");
  }

  /** The same figure with logarithmic axes as given. */
  public Figure withLog(boolean lx, boolean ly) {
    return new Figure(name, title, table, x, ys, group, xLabel, yLabel, lx, ly, style);
  }

  /** The same figure with another style. */
  public Figure withStyle(String s) {
    return new Figure(name, title, table, x, ys, group, xLabel, yLabel, logX, logY, s);
  }

  /** The same figure split into series by a text column. */
  public Figure groupedBy(String column) {
    return new Figure(name, title, table, x, ys, column, xLabel, yLabel, logX, logY, style);
  }
}
