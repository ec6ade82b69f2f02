package org.knotwork.render.figure;

import java.util.Arrays;
import org.knotwork.draw.figure.KnotMarker;
import org.knotwork.draw.figure.Palette;
import org.knotwork.draw.figure.Series;
import org.knotwork.draw.figure.Style;
import org.knotwork.render.scene.FrameState;
import org.knotwork.render.scene.Scene;
import org.knowm.xchart.XYChart;

/**
 * Spline space at one frame: each neuron as the point (&beta;<sub>i</sub>, &mu;<sub>i</sub>) (S2),
 * a triangle pointing to its active side, coloured by orientation; the frame's first-frame positions
 * (if given) as faint markers; the data abscissae as vertical guides (knots gather there in the
 * adaptive regime, notes &sect;6).
 */
public final class SplineSpaceChart {
  private SplineSpaceChart() {}

  /** The chart of frame {@code f}, with {@code start} (nullable) drawn faintly. */
  public static XYChart of(Scene scene, FrameState f, FrameState start, Style style,
      String title) {
    XYChart c = style.xyChart(title, "knot \u03b2", "delta-slope \u03bc");
    double m = 1.1 * scene.muMax();
    c.getStyler().setXAxisMin(scene.xMin()).setXAxisMax(scene.xMax()).setYAxisMin(-m)
        .setYAxisMax(m);
    c.getStyler().setLegendVisible(false);
    double[] dx = scene.data().x();
    double[] gx = new double[3 * dx.length + 3];
    double[] gy = new double[gx.length];
    for (int n = 0; n < dx.length; n++) {
      gx[3 * n] = dx[n];
      gx[3 * n + 1] = dx[n];
      gx[3 * n + 2] = Double.NaN;
      gy[3 * n] = -m;
      gy[3 * n + 1] = m;
      gy[3 * n + 2] = Double.NaN;
    }
    int z = 3 * dx.length;
    gx[z] = scene.xMin();
    gx[z + 1] = scene.xMax();
    gx[z + 2] = Double.NaN;
    gy[z + 2] = Double.NaN;
    Series.line(c, "data x and \u03bc = 0", gx, gy, Palette.GUIDE, 1f, Series.dotted());
    if (start != null) {
      addKnots(c, scene, start, m, 70, "start");
    }
    addKnots(c, scene, f, m, 255, "now");
    return c;
  }

  private static void addKnots(XYChart c, Scene scene, FrameState f, double m, int alpha,
      String tag) {
    for (int s : new int[] {1, -1}) {
      double[] x = new double[f.width()];
      double[] y = new double[f.width()];
      int k = 0;
      for (int i = 0; i < f.width(); i++) {
        double b = f.beta()[i];
        if (f.orientation()[i] == s && b >= scene.xMin() && b <= scene.xMax()) {
          x[k] = b;
          y[k] = Math.max(-m, Math.min(m, f.mu()[i]));
          k++;
        }
      }
      if (k == 0) {
        continue;
      }
      Series.points(c, tag + (s > 0 ? " s=+1" : " s=-1"), Arrays.copyOf(x, k),
          Arrays.copyOf(y, k), Palette.withAlpha(Palette.knot(s), alpha), new KnotMarker(s, 1.2));
    }
  }
}
