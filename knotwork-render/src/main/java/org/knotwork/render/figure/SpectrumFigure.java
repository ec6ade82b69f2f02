package org.knotwork.render.figure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.knotwork.common.linalg.Inertia;
import org.knotwork.draw.figure.Figure;
import org.knotwork.draw.figure.Palette;
import org.knotwork.draw.figure.Series;
import org.knotwork.draw.figure.Style;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Hessian spectrum and inertia over time (notes &sect;4): top, |&lambda;| of every eigenvalue
 * outside the zero band on a log axis, positive ones as blue circles and negative ones as vermilion
 * diamonds; bottom, the inertia counts (positive, zero, negative) at the default scale-aware
 * tolerance ({@link Inertia#defaultTolerance}).
 */
public final class SpectrumFigure {
  private SpectrumFigure() {}

  /** The eigenvalue panel. */
  public static XYChart eigenvalues(SpectrumSeries s, Style style, String title) {
    XYChart c = style.xyChart(title, "training time t", "|\u03bb| of " + s.label());
    c.getStyler().setYAxisLogarithmic(true);
    c.getStyler().setyAxisTickLabelsFormattingFunction(Style::num);
    c.getStyler().setxAxisTickLabelsFormattingFunction(Style::num);
    c.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideE);
    List<double[]> pos = new ArrayList<>();
    List<double[]> neg = new ArrayList<>();
    for (int k = 0; k < s.times().length; k++) {
      double tol = s.inertia(k).tolerance();
      for (double l : s.eigenvalues().get(k)) {
        if (l > tol) {
          pos.add(new double[] {s.times()[k], l});
        } else if (l < -tol) {
          neg.add(new double[] {s.times()[k], -l});
        }
      }
    }
    add(c, "\u03bb > 0", pos, Palette.POSITIVE, true);
    add(c, "\u03bb < 0 (|\u03bb| shown)", neg, Palette.NEGATIVE, false);
    return c;
  }

  /** The inertia panel. */
  public static XYChart inertia(SpectrumSeries s, Style style, String title) {
    XYChart c = style.xyChart(title, "training time t", "number of eigenvalues");
    c.getStyler().setxAxisTickLabelsFormattingFunction(Style::num);
    c.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideE);
    int n = s.times().length;
    double[] p = new double[n];
    double[] z = new double[n];
    double[] q = new double[n];
    int max = 0;
    for (int k = 0; k < n; k++) {
      Inertia in = s.inertia(k);
      p[k] = in.positive();
      z[k] = in.zero();
      q[k] = in.negative();
      max = Math.max(max, in.positive() + in.zero() + in.negative());
    }
    c.getStyler().setYAxisMin(0.0).setYAxisMax(max + 0.5);
    c.getStyler().setyAxisTickLabelsFormattingFunction(v -> v == Math.rint(v)
        ? String.valueOf((long) Math.rint(v)) : "");
    float lw = Math.max(1.5f, style.fontSize() / 6f);
    step(c, "positive", s.times(), p, Palette.POSITIVE, lw, null);
    step(c, "zero (|\u03bb| \u2264 tol)", s.times(), z, Palette.ZERO, lw, Series.dashed());
    step(c, "negative", s.times(), q, Palette.NEGATIVE, lw, Series.dotted());
    return c;
  }

  /** Both panels stacked: eigenvalues (2/3) over inertia (1/3). */
  public static Figure of(SpectrumSeries s, Style style, int width, int height) {
    return Figure.column(width, height, List.of(
        eigenvalues(s, style, "Spectrum of the " + s.label() + " during training"),
        inertia(s, style, null)), new double[] {2, 1});
  }

  private static void add(XYChart c, String name, List<double[]> pts, java.awt.Color color,
      boolean circle) {
    double[] x = pts.stream().mapToDouble(a -> a[0]).toArray();
    double[] y = pts.stream().mapToDouble(a -> a[1]).toArray();
    if (x.length == 0) {
      return;
    }
    Series.points(c, name, x, y, Palette.withAlpha(color, 200),
        circle ? SeriesMarkers.CIRCLE : SeriesMarkers.DIAMOND);
  }

  private static void step(XYChart c, String name, double[] t, double[] v, java.awt.Color color,
      float lw, java.awt.BasicStroke dash) {
    XYSeries s = Series.line(c, name, t.length == 1 ? new double[] {t[0], t[0] + 1} : t,
        t.length == 1 ? new double[] {v[0], v[0]} : Arrays.copyOf(v, v.length), color, lw, dash);
    s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Step);
  }
}
