package org.knotwork.draw.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Helpers adding styled series to XY charts. A NaN in a line series breaks the line there. */
public final class Series {
  private Series() {}

  /** Adds a line series of the given colour, width (points) and dash pattern (null: solid). */
  public static XYSeries line(XYChart c, String name, double[] x, double[] y, Color color, float width,
      BasicStroke dash) {
    XYSeries s = c.addSeries(name, x, y);
    s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
    s.setMarker(SeriesMarkers.NONE);
    s.setLineColor(color);
    BasicStroke base = dash == null ? SeriesLines.SOLID : dash;
    s.setLineStyle(new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
        base.getDashArray() == null ? null : scale(base.getDashArray(), width), 0f));
    return s;
  }

  /** Adds a scatter series with the given marker. */
  public static XYSeries points(XYChart c, String name, double[] x, double[] y, Color color,
      Marker marker) {
    XYSeries s = c.addSeries(name, x, y);
    s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    s.setMarker(marker);
    s.setMarkerColor(color);
    return s;
  }

  /** The series, left out of the legend. */
  public static XYSeries hidden(XYSeries s) {
    s.setShowInLegend(false);
    return s;
  }

  /** A dashed stroke pattern (6 on, 4 off). */
  public static BasicStroke dashed() {
    return new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
        new float[] {6f, 4f}, 0f);
  }

  /** A dotted stroke pattern (1.5 on, 3 off). */
  public static BasicStroke dotted() {
    return new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
        new float[] {1.5f, 3f}, 0f);
  }

  private static float[] scale(float[] dash, float width) {
    float[] out = dash.clone();
    for (int i = 0; i < out.length; i++) {
      out[i] *= Math.max(1f, width * 0.8f);
    }
    return out;
  }
}
