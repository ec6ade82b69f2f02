package org.knotwork.render.figure;

import java.util.Arrays;
import org.knotwork.draw.figure.Palette;
import org.knotwork.draw.figure.Series;
import org.knotwork.draw.figure.Style;
import org.knotwork.render.scene.Scene;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.XYChart;

/**
 * Loss L and gradient norm &Vert;&nabla;L&Vert; against training time on a logarithmic axis, with an
 * optional time cursor. Points with a value of exactly 0 cannot be drawn on a log axis and are left
 * out (a line gap).
 */
public final class LossChart {
  private LossChart() {}

  /**
   * The chart; {@code cursorTime} draws a vertical cursor unless NaN; {@code withGradient} adds
   * the gradient norm.
   */
  public static XYChart of(Scene scene, double cursorTime, boolean withGradient, Style style,
      String title) {
    XYChart c = style.xyChart(title, "training time t", withGradient ? "L and \u2016\u2207L\u2016"
        : "loss L");
    c.getStyler().setYAxisLogarithmic(true);
    c.getStyler().setXAxisMin(scene.startTime());
    c.getStyler().setXAxisMax(scene.endTime() > scene.startTime() ? scene.endTime()
        : scene.startTime() + 1);
    c.getStyler().setyAxisTickLabelsFormattingFunction(Style::num);
    c.getStyler().setxAxisTickLabelsFormattingFunction(Style::num);
    float lw = Math.max(1.5f, style.fontSize() / 6f);
    addPositive(c, "loss L", scene.times(), scene.losses(), Palette.FUNCTION, lw, null);
    if (withGradient) {
      addPositive(c, "gradient norm \u2016\u2207L\u2016", scene.times(), scene.gradientNorms(),
          Palette.BLUE, lw, Series.dashed());
    }
    if (!Double.isNaN(cursorTime)) {
      AnnotationLine cursor = new AnnotationLine(cursorTime, true, false);
      c.addAnnotation(cursor);
      c.getStyler().setAnnotationLineColor(Palette.VERMILLION);
      c.getStyler().setAnnotationLineStroke(new java.awt.BasicStroke(lw));
    }
    return c;
  }

  private static void addPositive(XYChart c, String name, double[] t, double[] v,
      java.awt.Color color, float lw, java.awt.BasicStroke dash) {
    double[] x = new double[t.length];
    double[] y = new double[t.length];
    int k = 0;
    for (int j = 0; j < t.length; j++) {
      if (v[j] > 0) {
        x[k] = t[j];
        y[k] = v[j];
        k++;
      }
    }
    if (k == 0) {
      x = new double[] {t[0]};
      y = new double[] {1.0};
      k = 1;
      Series.line(c, name + " (all 0)", x, y, color, lw, dash).setEnabled(false);
      return;
    }
    Series.line(c, name, Arrays.copyOf(x, k), Arrays.copyOf(y, k), color, lw, dash);
  }
}
