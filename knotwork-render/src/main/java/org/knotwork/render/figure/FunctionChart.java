package org.knotwork.render.figure;

import java.util.ArrayList;
import java.util.List;
import org.knotwork.draw.figure.KnotMarker;
import org.knotwork.draw.figure.Palette;
import org.knotwork.draw.figure.Series;
import org.knotwork.draw.figure.Style;
import org.knotwork.render.scene.FrameState;
import org.knotwork.render.scene.Scene;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Function space at one frame: the network's f (exact polyline, S3), the data with residual bars,
 * the natural cubic spline and linear interpolant references (notes &sect;6), and the knots drawn at
 * (&beta;<sub>i</sub>, f(&beta;<sub>i</sub>)) as triangles pointing to their active side, coloured by
 * orientation, with area proportional to |&mu;<sub>i</sub>| (scaled by the largest |&mu;| of the whole
 * rendering, so sizes compare across frames).
 */
public final class FunctionChart {
  /** Number of marker size classes for |&mu;|. */
  public static final int SIZE_CLASSES = 6;

  private FunctionChart() {}

  /** The chart of frame {@code f}; {@code title} may be null for none. */
  public static XYChart of(Scene scene, FrameState f, Style style, String title) {
    XYChart c = style.xyChart(title, "x", "f(x)");
    c.getStyler().setXAxisMin(scene.xMin()).setXAxisMax(scene.xMax())
        .setYAxisMin(scene.yMin()).setYAxisMax(scene.yMax());
    c.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideE);
    float lw = Math.max(1.5f, style.fontSize() / 7f);
    Series.line(c, "natural cubic spline", scene.referenceX(), scene.cubic(), Palette.CUBIC, lw,
        Series.dashed());
    Series.line(c, "linear interpolant", scene.referenceX(), scene.linear(), Palette.LINEAR, lw,
        Series.dotted());
    double[] dx = scene.data().x();
    double[] dy = scene.data().y();
    double[] r = f.residuals();
    double[] bx = new double[3 * dx.length];
    double[] by = new double[3 * dx.length];
    for (int n = 0; n < dx.length; n++) {
      bx[3 * n] = dx[n];
      bx[3 * n + 1] = dx[n];
      bx[3 * n + 2] = Double.NaN;
      by[3 * n] = dy[n];
      by[3 * n + 1] = dy[n] + r[n];
      by[3 * n + 2] = Double.NaN;
    }
    Series.hidden(Series.line(c, "residuals", bx, by, Palette.GUIDE, lw * 0.7f, null));
    Series.line(c, "network f", f.curveX(), f.curveY(), Palette.FUNCTION, lw * 1.6f, null);
    Series.points(c, "data", dx, dy, Palette.DATA, SeriesMarkers.CIRCLE);
    addKnots(c, scene, f);
    return c;
  }

  private static void addKnots(XYChart c, Scene scene, FrameState f) {
    for (int s : new int[] {1, -1}) {
      List<List<double[]>> classes = new ArrayList<>();
      for (int k = 0; k < SIZE_CLASSES; k++) {
        classes.add(new ArrayList<>());
      }
      for (int i = 0; i < f.width(); i++) {
        double beta = f.beta()[i];
        if (f.orientation()[i] != s || beta < scene.xMin() || beta > scene.xMax()) {
          continue;
        }
        classes.get(sizeClass(Math.abs(f.mu()[i]), scene.muMax()))
            .add(new double[] {beta, f.valueAtKnot()[i]});
      }
      boolean labelled = false;
      for (int k = 0; k < SIZE_CLASSES; k++) {
        List<double[]> pts = classes.get(k);
        boolean last = k == SIZE_CLASSES - 1;
        if (pts.isEmpty() && !(last && !labelled)) {
          continue;
        }
        double[] x = pts.stream().mapToDouble(p -> p[0]).toArray();
        double[] y = pts.stream().mapToDouble(p -> p[1]).toArray();
        if (x.length == 0) {
          x = new double[] {Double.NaN};
          y = new double[] {Double.NaN};
        }
        String name = s > 0 ? "knot, s = +1 (active right)" : "knot, s = \u22121 (active left)";
        var series = Series.points(c, labelled ? name + " #" + k : name, x, y, Palette.knot(s),
            new KnotMarker(s, scale(k)));
        if (labelled) {
          series.setShowInLegend(false);
        }
        labelled = true;
      }
    }
  }

  /** Size class 0..{@value #SIZE_CLASSES}&minus;1 with area proportional to |&mu;|/&mu;<sub>max</sub>. */
  static int sizeClass(double absMu, double muMax) {
    double q = Math.sqrt(Math.min(1.0, absMu / muMax));
    return Math.min(SIZE_CLASSES - 1, (int) Math.floor(q * SIZE_CLASSES));
  }

  /** Marker scale of a size class: linear in the class, from 0.7 to 2.2 times the base size. */
  static double scale(int sizeClass) {
    return 0.7 + 1.5 * (sizeClass + 1) / SIZE_CLASSES;
  }
}
