package org.knotwork.draw.figure;

/**
 * A painter (usually an XChart chart) placed in a figure at pixel position (x, y) with size w &times; h.
 *
 * @param painter what is drawn
 * @param x left edge, &ge; 0
 * @param y top edge, &ge; 0
 * @param w width, &gt; 0
 * @param h height, &gt; 0
 */
public record Panel(Painter painter, int x, int y, int w, int h) {

  /** Validates the placement. */
  public Panel {
    if (painter == null) {
      throw new IllegalArgumentException("painter is required");
    }
    if (x < 0 || y < 0 || w <= 0 || h <= 0) {
      throw new IllegalArgumentException(
          "panel needs x, y >= 0 and w, h > 0, got " + x + ", " + y + ", " + w + ", " + h);
    }
  }
}
