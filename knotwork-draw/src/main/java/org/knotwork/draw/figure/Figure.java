package org.knotwork.draw.figure;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.util.List;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * A figure: one or more chart panels on a white canvas of width &times; height pixels.
 *
 * @param width canvas width in pixels, &gt; 0
 * @param height canvas height in pixels, &gt; 0
 * @param panels the panels, each inside the canvas
 */
public record Figure(int width, int height, List<Panel> panels) {

  /** Validates and copies. */
  public Figure {
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException(
          "figure width and height must be > 0, got " + width + " x " + height);
    }
    if (panels == null || panels.isEmpty()) {
      throw new IllegalArgumentException("a figure needs at least one panel");
    }
    panels = List.copyOf(panels);
    for (Panel p : panels) {
      if (p.x() + p.w() > width || p.y() + p.h() > height) {
        throw new IllegalArgumentException("panel at (" + p.x() + ", " + p.y() + ") size "
            + p.w() + " x " + p.h() + " does not fit in " + width + " x " + height);
      }
    }
  }

  /** A figure holding one painter that fills the canvas. */
  public static Figure of(Painter painter, int width, int height) {
    return new Figure(width, height, List.of(new Panel(painter, 0, 0, width, height)));
  }

  /** A figure holding one chart that fills the canvas. */
  public static Figure of(Chart<?, ?> chart, int width, int height) {
    return new Figure(width, height, List.of(new Panel(Painter.of(chart), 0, 0, width, height)));
  }

  /** Charts stacked vertically with the given relative heights, filling the width. */
  public static Figure column(int width, int height, List<Chart<?, ?>> charts, double[] weights) {
    if (charts.size() != weights.length) {
      throw new IllegalArgumentException("weights has " + weights.length + " entries for "
          + charts.size() + " charts");
    }
    double total = 0;
    for (double w : weights) {
      if (!(w > 0)) {
        throw new IllegalArgumentException("weights must be > 0, got " + w);
      }
      total += w;
    }
    Panel[] panels = new Panel[charts.size()];
    int y = 0;
    for (int k = 0; k < panels.length; k++) {
      int h = k == panels.length - 1 ? height - y : (int) Math.round(height * weights[k] / total);
      panels[k] = new Panel(Painter.of(charts.get(k)), 0, y, width, h);
      y += h;
    }
    return new Figure(width, height, List.of(panels));
  }

  /** Paints the figure onto {@code g} (white background, antialiased). */
  public void paint(Graphics2D g) {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
        RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    for (Panel p : panels) {
      AffineTransform saved = g.getTransform();
      java.awt.Shape clip = g.getClip();
      g.translate(p.x(), p.y());
      g.clipRect(0, 0, p.w(), p.h());
      p.painter().paint(g, p.w(), p.h());
      g.setTransform(saved);
      g.setClip(clip);
    }
  }
}
