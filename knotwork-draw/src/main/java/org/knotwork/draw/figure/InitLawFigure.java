package org.knotwork.draw.figure;

import java.util.Locale;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * An initialisation law against Monte Carlo: the samples' histogram as a density (filled steps),
 * &plusmn;2 standard errors at the bin centres, and the predicted density curve (S21, S22).
 */
public final class InitLawFigure {
  /** Points on the density curve. */
  public static final int CURVE_POINTS = 801;

  private InitLawFigure() {}

  /** The chart. */
  public static XYChart of(InitLaw law, Style style) {
    String title = law.title() + String.format(Locale.ROOT, " (M = %d%s)", law.samples().length,
        law.outsideFraction() > 0 ? String.format(Locale.ROOT, ", %.2f%% outside the range",
            100 * law.outsideFraction()) : "");
    XYChart c = style.xyChart(title, law.quantity(), "probability density");
    c.getStyler().setXAxisMin(law.lo()).setXAxisMax(law.hi()).setYAxisMin(0.0);
    c.getStyler().setxAxisTickLabelsFormattingFunction(Style::num);
    c.getStyler().setyAxisTickLabelsFormattingFunction(Style::num);
    int bins = law.bins();
    double w = (law.hi() - law.lo()) / bins;
    double[] h = law.histogram();
    double[] se = law.standardErrors();
    double[] sx = new double[2 * bins];
    double[] sy = new double[2 * bins];
    double[] cx = new double[bins];
    double[] err = new double[bins];
    double top = 0;
    for (int j = 0; j < bins; j++) {
      sx[2 * j] = law.lo() + j * w;
      sx[2 * j + 1] = law.lo() + (j + 1) * w;
      sy[2 * j] = h[j];
      sy[2 * j + 1] = h[j];
      cx[j] = law.lo() + (j + 0.5) * w;
      err[j] = 2 * se[j];
      top = Math.max(top, h[j] + err[j]);
    }
    XYSeries hist = c.addSeries("Monte Carlo histogram", sx, sy);
    hist.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Area);
    hist.setMarker(SeriesMarkers.NONE);
    hist.setFillColor(Palette.withAlpha(Palette.SKY_BLUE, 140));
    hist.setLineColor(Palette.SKY_BLUE);
    if (bins <= 200) {
      XYSeries bars = c.addSeries("\u00b12 standard errors", cx, h, err);
      bars.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
      bars.setMarker(SeriesMarkers.NONE);
      bars.setMarkerColor(Palette.BLACK);
      c.getStyler().setErrorBarsColor(Palette.BLACK);
    }
    double[] dx = new double[CURVE_POINTS];
    double[] dy = new double[CURVE_POINTS];
    for (int k = 0; k < CURVE_POINTS; k++) {
      dx[k] = law.lo() + (law.hi() - law.lo()) * k / (CURVE_POINTS - 1);
      dy[k] = law.density().applyAsDouble(dx[k]);
      if (!Double.isFinite(dy[k]) || dy[k] < 0) {
        throw new IllegalArgumentException("density(" + dx[k] + ") must be finite and >= 0, got "
            + dy[k]);
      }
      top = Math.max(top, dy[k]);
    }
    Series.line(c, law.densityLabel(), dx, dy, Palette.VERMILLION,
        Math.max(2f, style.fontSize() / 6f), null);
    c.getStyler().setYAxisMax(1.08 * (top > 0 ? top : 1));
    return c;
  }
}
