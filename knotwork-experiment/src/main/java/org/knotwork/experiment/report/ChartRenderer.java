package org.knotwork.experiment.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knotwork.common.catalog.Figure;
import org.knotwork.common.catalog.Table;
import org.knotwork.draw.figure.FigureWriter;
import org.knotwork.draw.figure.HeatMap;
import org.knotwork.draw.figure.HeatMapFigure;
import org.knotwork.draw.figure.Palette;
import org.knotwork.draw.figure.Style;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Draws catalog figures as PNG with the rendering module's look ({@link Style#SLIDE}, the
 * Okabe&ndash;Ito {@link Palette}): one series per y column and, for grouped figures, per group; a
 * colour and a marker shape per series, so figures survive grey-scale printing. Rows whose x or y is
 * not a finite number (or not positive on a logarithmic axis) are left out; line series are drawn in
 * order of x.
 */
public final class ChartRenderer implements FigureRenderer {
  /** Image width in pixels. */
  static final int WIDTH = 1280;
  /** Image height in pixels. */
  static final int HEIGHT = 800;
  private static final Color[] COLORS = {Palette.BLUE, Palette.VERMILLION, Palette.BLUISH_GREEN,
      Palette.ORANGE, Palette.REDDISH_PURPLE, Palette.SKY_BLUE, Palette.BLACK};
  private static final Marker[] MARKERS = {SeriesMarkers.CIRCLE, SeriesMarkers.SQUARE,
      SeriesMarkers.DIAMOND, SeriesMarkers.TRIANGLE_UP, SeriesMarkers.TRIANGLE_DOWN,
      SeriesMarkers.CROSS, SeriesMarkers.PLUS};

  @Override
  public String extension() {
    return "png";
  }

  @Override
  public void render(Figure figure, Table table, Path file) {
    if (figure.style().equals("heatmap")) {
      FigureWriter.writePng(org.knotwork.draw.figure.Figure.of(HeatMapFigure.of(
          List.of(heatMap(figure, table)), figure.title(), Style.SLIDE), WIDTH, HEIGHT), file);
      return;
    }
    FigureWriter.writePng(org.knotwork.draw.figure.Figure.of(chart(figure, table), WIDTH,
        HEIGHT), file);
  }

  /** The chart of {@code figure} drawn from {@code table}. */
  static XYChart chart(Figure figure, Table table) {
    XYChart c = Style.SLIDE.xyChart(figure.title(), figure.xLabel(), figure.yLabel());
    c.getStyler().setXAxisLogarithmic(figure.logX());
    c.getStyler().setYAxisLogarithmic(figure.logY());
    int xi = column(table, figure.x());
    int gi = figure.group() == null ? -1 : column(table, figure.group());
    Map<String, List<List<Object>>> groups = new LinkedHashMap<>();
    for (List<Object> row : table.rows()) {
      String g = gi < 0 ? "" : String.valueOf(row.get(gi));
      groups.computeIfAbsent(g, k -> new ArrayList<>()).add(row);
    }
    int k = 0;
    for (Map.Entry<String, List<List<Object>>> g : groups.entrySet()) {
      for (String y : figure.ys()) {
        int yi = column(table, y);
        List<double[]> pts = new ArrayList<>();
        for (List<Object> row : g.getValue()) {
          double x = number(row.get(xi));
          double v = number(row.get(yi));
          if (Double.isFinite(x) && Double.isFinite(v) && (!figure.logX() || x > 0)
              && (!figure.logY() || v > 0)) {
            pts.add(new double[] {x, v});
          }
        }
        if (pts.isEmpty()) {
          continue;
        }
        if (!figure.style().equals("scatter")) {
          pts.sort((a, b) -> Double.compare(a[0], b[0]));
        }
        String name = g.getKey().isEmpty() ? y
            : figure.ys().size() == 1 ? g.getKey() : g.getKey() + " " + y;
        XYSeries s = c.addSeries(name, pts.stream().mapToDouble(p -> p[0]).toArray(),
            pts.stream().mapToDouble(p -> p[1]).toArray());
        Color color = COLORS[k % COLORS.length];
        Marker marker = MARKERS[k % MARKERS.length];
        k++;
        switch (figure.style()) {
          case "scatter" -> {
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            s.setMarker(marker);
            s.setMarkerColor(color);
          }
          case "line+points" -> {
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            s.setMarker(marker);
            s.setMarkerColor(color);
            s.setLineColor(color);
            s.setLineStyle(new BasicStroke(3f));
          }
          default -> {
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            s.setMarker(SeriesMarkers.NONE);
            s.setLineColor(color);
            s.setLineStyle(new BasicStroke(3f));
          }
        }
      }
    }
    return c;
  }

  /**
   * The matrix of a heatmap figure: distinct x values (sorted) as columns, distinct row values
   * (sorted) as rows, NaN where the table has no cell; colours span the smallest to the largest
   * value.
   */
  static HeatMap heatMap(Figure figure, Table table) {
    int xi = column(table, figure.x());
    int yi = column(table, figure.ys().get(0));
    int vi = column(table, figure.ys().get(1));
    java.util.TreeSet<Double> xs = new java.util.TreeSet<>();
    java.util.TreeSet<Double> ys = new java.util.TreeSet<>();
    for (List<Object> row : table.rows()) {
      xs.add(number(row.get(xi)));
      ys.add(number(row.get(yi)));
    }
    List<Double> xl = new ArrayList<>(xs);
    List<Double> yl = new ArrayList<>(ys);
    double[][] m = new double[yl.size()][xl.size()];
    for (double[] r : m) {
      java.util.Arrays.fill(r, Double.NaN);
    }
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (List<Object> row : table.rows()) {
      double v = number(row.get(vi));
      if (Double.isFinite(v)) {
        m[yl.indexOf(number(row.get(yi)))][xl.indexOf(number(row.get(xi)))] = v;
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
    if (!(hi > lo)) {
      lo = Double.isFinite(lo) ? lo - 0.5 : 0;
      hi = lo + 1;
    }
    return new HeatMap(figure.yLabel() + " \u00d7 " + figure.xLabel(), m, lo, hi,
        m.length * m[0].length <= 256);
  }

  private static int column(Table t, String name) {
    int i = t.columns().indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException("table " + t.name() + " has no column " + name);
    }
    return i;
  }

  private static double number(Object v) {
    if (v instanceof Double d) {
      return d;
    }
    if (v instanceof Long l) {
      return l;
    }
    return Double.NaN;
  }
}
