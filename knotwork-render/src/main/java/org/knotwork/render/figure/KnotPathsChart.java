package org.knotwork.render.figure;

import org.knotwork.draw.figure.Palette;
import org.knotwork.draw.figure.Series;
import org.knotwork.draw.figure.Style;
import org.knotwork.render.scene.FrameState;
import org.knotwork.render.scene.Scene;
import org.knotwork.render.scene.Storyboard;
import org.knowm.xchart.XYChart;

/**
 * Knot trajectories &beta;<sub>i</sub>(t) (S12) over the storyboard's frames: one line per neuron,
 * coloured by its orientation at each moment, clipped to the view window; the data abscissae as
 * horizontal guides.
 */
public final class KnotPathsChart {
  private KnotPathsChart() {}

  /** The chart. */
  public static XYChart of(Storyboard sb, Style style, String title) {
    Scene scene = sb.scene();
    XYChart c = style.xyChart(title, "training time t", "knot \u03b2\u1d62(t)");
    c.getStyler().setYAxisMin(scene.xMin()).setYAxisMax(scene.xMax());
    double t0 = sb.frame(0).time();
    double t1 = sb.frame(sb.size() - 1).time();
    c.getStyler().setXAxisMin(t0).setXAxisMax(t1 > t0 ? t1 : t0 + 1);
    c.getStyler().setxAxisTickLabelsFormattingFunction(Style::num);
    double[] dx = scene.data().x();
    double[] gx = new double[3 * dx.length];
    double[] gy = new double[3 * dx.length];
    for (int n = 0; n < dx.length; n++) {
      gx[3 * n] = t0;
      gx[3 * n + 1] = t1 > t0 ? t1 : t0 + 1;
      gx[3 * n + 2] = Double.NaN;
      gy[3 * n] = dx[n];
      gy[3 * n + 1] = dx[n];
      gy[3 * n + 2] = Double.NaN;
    }
    Series.line(c, "data x\u2099", gx, gy, Palette.DATA, 1.5f, Series.dashed());
    int h = sb.frame(0).width();
    int m = sb.size();
    float lw = h > 200 ? 1f : 2f;
    int alpha = h > 200 ? 110 : 220;
    for (int s : new int[] {1, -1}) {
      double[] x = new double[h * (m + 1)];
      double[] y = new double[h * (m + 1)];
      int k = 0;
      for (int i = 0; i < h; i++) {
        for (FrameState f : sb.frames()) {
          double b = f.beta()[i];
          boolean shown = f.orientation()[i] == s && b >= scene.xMin() && b <= scene.xMax();
          x[k] = f.time();
          y[k] = shown ? b : Double.NaN;
          k++;
        }
        x[k] = Double.NaN;
        y[k] = Double.NaN;
        k++;
      }
      Series.line(c, s > 0 ? "s = +1 (active right)" : "s = \u22121 (active left)", x, y,
          Palette.withAlpha(Palette.knot(s), alpha), lw, null);
    }
    return c;
  }
}
