package org.knotwork.draw.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import org.knowm.xchart.style.markers.Marker;

/**
 * A knot marker: a triangle pointing to the neuron's active side (right for s = +1, left for
 * s = &minus;1) with a white outline, drawn at {@code scale} times the chart's marker size, so that
 * one series per size class can encode |&mu;| by area.
 */
public final class KnotMarker extends Marker {
  private final int orientation;
  private final double scale;

  /**
   * @param orientation +1 (points right) or &minus;1 (points left)
   * @param scale size relative to the chart's marker size, &gt; 0
   */
  public KnotMarker(int orientation, double scale) {
    if (orientation != 1 && orientation != -1) {
      throw new IllegalArgumentException("orientation must be +1 or -1, got " + orientation);
    }
    if (!(scale > 0) || !Double.isFinite(scale)) {
      throw new IllegalArgumentException("scale must be positive and finite, got " + scale);
    }
    this.orientation = orientation;
    this.scale = scale;
  }

  @Override
  public void paint(Graphics2D g, double x, double y, int markerSize) {
    double r = 0.5 * markerSize * scale;
    Path2D.Double p = new Path2D.Double();
    p.moveTo(x + orientation * r, y);
    p.lineTo(x - orientation * r * 0.8, y - r);
    p.lineTo(x - orientation * r * 0.8, y + r);
    p.closePath();
    g.fill(p);
    Color fill = g.getColor();
    g.setColor(Color.WHITE);
    g.setStroke(new BasicStroke(1.0f));
    g.draw(p);
    g.setColor(fill);
  }
}
