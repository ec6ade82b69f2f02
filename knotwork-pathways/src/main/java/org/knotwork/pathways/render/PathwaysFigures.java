package org.knotwork.pathways.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.knotwork.draw.figure.Figure;
import org.knotwork.draw.figure.HeatMap;
import org.knotwork.draw.figure.HeatMapFigure;
import org.knotwork.draw.figure.Painter;
import org.knotwork.draw.figure.Palette;
import org.knotwork.draw.figure.Panel;
import org.knotwork.draw.figure.Style;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Figures of pathway runs, built from plain arrays (pathways and modes numbered from 1). */
public final class PathwaysFigures {
  private static final Color[] COLORS = {Palette.BLUE, Palette.VERMILLION, Palette.BLUISH_GREEN,
      Palette.ORANGE, Palette.REDDISH_PURPLE, Palette.SKY_BLUE, Palette.BLACK, Palette.GUIDE};
  private static final Style STYLE = new Style(16);

  private PathwaysFigures() {}

  /**
   * Mode strengths K<sub>j,&alpha;&alpha;</sub> against the step, one panel per pathway (modes in
   * colours, the singular values as dotted targets), and the loss on a log axis below.
   *
   * @param steps recorded steps [T]
   * @param strengths strengths[t][j][&alpha;]
   * @param singularValues s<sub>&alpha;</sub>
   * @param loss loss [T]
   * @param title figure title
   */
  public static Figure modeStrengths(long[] steps, double[][][] strengths,
      double[] singularValues, double[] loss, String title, int width, int height) {
    int t = steps.length;
    if (t == 0 || strengths.length != t || loss.length != t) {
      throw new IllegalArgumentException("steps, strengths and loss must have one entry per "
          + "recorded step");
    }
    int pathways = strengths[0].length;
    int modes = strengths[0][0].length;
    double[] x = new double[t];
    for (int i = 0; i < t; i++) {
      x[i] = steps[i];
    }
    List<Panel> panels = new ArrayList<>();
    int topH = (int) Math.round(height * 0.62);
    int pw = width / pathways;
    for (int j = 0; j < pathways; j++) {
      XYChart c = STYLE.xyChart((j == 0 ? title + ": " : "") + "pathway " + (j + 1), "step",
          "K_" + (j + 1) + ",\u03b1\u03b1");
      c.getStyler().setLegendVisible(j == pathways - 1);
      c.getStyler().setXAxisMaxLabelCount(7);
      for (int a = 0; a < modes; a++) {
        double[] y = new double[t];
        for (int i = 0; i < t; i++) {
          y[i] = strengths[i][j][a];
        }
        XYSeries s = c.addSeries("mode " + (a + 1), x, y);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(COLORS[a % COLORS.length]);
        s.setLineStyle(new BasicStroke(2f));
      }
      double[] tx = {x[0], x[t - 1]};
      List<Double> seen = new ArrayList<>();
      for (double sv : singularValues) {
        boolean dup = false;
        for (double q : seen) {
          dup |= Math.abs(q - sv) < 1e-9 * Math.max(1, sv);
        }
        if (dup) {
          continue;
        }
        seen.add(sv);
        XYSeries s = c.addSeries("s = " + Style.num(sv) + (j == 0 ? "" : " "), tx,
            new double[] {sv, sv});
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(Palette.GUIDE);
        s.setLineStyle(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
            new float[] {3f, 3f}, 0f));
        s.setShowInLegend(false);
      }
      panels.add(new Panel(Painter.of(c), j * pw, 0, j == pathways - 1 ? width - j * pw : pw,
          topH));
    }
    XYChart lc = STYLE.xyChart("loss", "step", "loss");
    lc.getStyler().setLegendVisible(false);
    lc.getStyler().setYAxisLogarithmic(true);
    lc.getStyler().setXAxisMaxLabelCount(12);
    List<Double> lx = new ArrayList<>();
    List<Double> ly = new ArrayList<>();
    for (int i = 0; i < t; i++) {
      if (loss[i] > 0 && Double.isFinite(loss[i])) {
        lx.add(x[i]);
        ly.add(loss[i]);
      }
    }
    if (lx.isEmpty()) {
      lx.add(x[0]);
      ly.add(1.0);
    }
    XYSeries ls = lc.addSeries("loss", lx, ly);
    ls.setMarker(SeriesMarkers.NONE);
    ls.setLineColor(Palette.FUNCTION);
    ls.setLineStyle(new BasicStroke(2f));
    panels.add(new Panel(Painter.of(lc), 0, topH, width, height - topH));
    return new Figure(width, height, panels);
  }

  /**
   * Heat maps of K<sub>j</sub>, one per pathway, on the shared colour range of the authors'
   * scripts ({@link HeatMap#unitRange}) unless {@code range} is given.
   *
   * @param k k[j][row][col]
   * @param range {min, max}, or null for the unit range of k
   * @param labelCells write the values into the cells
   */
  public static Figure kHeatMaps(double[][][] k, double[] range, String caption,
      boolean labelCells, int width, int height) {
    double[] r = range != null ? range : HeatMap.unitRange(k);
    List<HeatMap> maps = new ArrayList<>();
    for (int j = 0; j < k.length; j++) {
      maps.add(new HeatMap("K, pathway " + (j + 1), k[j], r[0], r[1], labelCells));
    }
    return Figure.of(HeatMapFigure.of(maps, caption, STYLE), width, height);
  }

  /**
   * The reduced model's phase planes (notes &sect;2.3, &sect;3.3): one panel per (spread, depth),
   * spreads in rows, with the trajectories (K<sub>a</sub>, K<sub>b</sub>), the exact end states and
   * the line K<sub>a</sub> + K<sub>b</sub> = S on which every end state lies.
   *
   * @param trajectories [panel][start][t] = {K<sub>a</sub>, K<sub>b</sub>}
   * @param endStates [panel][start] = {K<sub>a</sub>, K<sub>b</sub>}
   * @param depths depth of each panel
   * @param spreads spread of each panel
   * @param columns panels per row
   */
  public static Figure phasePlane(double[][][][] trajectories, double[][][] endStates,
      int[] depths, double[] spreads, double target, int columns, int width, int height) {
    int n = trajectories.length;
    if (endStates.length != n || depths.length != n || spreads.length != n || columns < 1) {
      throw new IllegalArgumentException("one depth, spread and end-state set per panel");
    }
    int rows = (n + columns - 1) / columns;
    int pw = width / columns;
    int ph = height / rows;
    Style small = new Style(12);
    List<Panel> panels = new ArrayList<>();
    for (int p = 0; p < n; p++) {
      XYChart c = small.xyChart("D = " + depths[p] + ", sd = " + Style.num(spreads[p]), "K_a",
          "K_b");
      c.getStyler().setLegendVisible(false);
      c.getStyler().setXAxisMin(-0.1 * target);
      c.getStyler().setXAxisMax(1.1 * target);
      c.getStyler().setYAxisMin(-0.1 * target);
      c.getStyler().setYAxisMax(1.1 * target);
      XYSeries line = c.addSeries("K_a + K_b = S", new double[] {-0.1 * target, 1.1 * target},
          new double[] {1.1 * target, -0.1 * target});
      line.setMarker(SeriesMarkers.NONE);
      line.setLineColor(Palette.GUIDE);
      line.setLineStyle(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
          new float[] {4f, 4f}, 0f));
      double[][][] tr = trajectories[p];
      for (int i = 0; i < tr.length; i++) {
        double[] x = new double[tr[i].length];
        double[] y = new double[tr[i].length];
        for (int t = 0; t < x.length; t++) {
          x[t] = tr[i][t][0];
          y[t] = tr[i][t][1];
        }
        XYSeries s = c.addSeries("start " + (i + 1), x, y);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(Palette.withAlpha(Palette.BLUE, 110));
        s.setLineStyle(new BasicStroke(1f));
      }
      double[] ex = new double[endStates[p].length];
      double[] ey = new double[ex.length];
      for (int i = 0; i < ex.length; i++) {
        ex[i] = endStates[p][i][0];
        ey[i] = endStates[p][i][1];
      }
      XYSeries e = c.addSeries("end states", ex, ey);
      e.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
      e.setMarker(SeriesMarkers.CIRCLE);
      e.setMarkerColor(Palette.VERMILLION);
      c.getStyler().setMarkerSize(5);
      int col = p % columns;
      int row = p / columns;
      panels.add(new Panel(Painter.of(c), col * pw, row * ph, pw, ph));
    }
    return new Figure(width, height, panels);
  }
}
