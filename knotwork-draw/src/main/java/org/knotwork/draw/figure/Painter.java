package org.knotwork.draw.figure;

import java.awt.Graphics2D;
import org.knowm.xchart.internal.chartpart.Chart;

/** Something that paints itself into a w &times; h box at the origin of a graphics context. */
@FunctionalInterface
public interface Painter {

  /** Paints into the box [0, w] &times; [0, h]. */
  void paint(Graphics2D g, int w, int h);

  /** An XChart chart as a painter. */
  static Painter of(Chart<?, ?> chart) {
    return chart::paint;
  }
}
