package org.knotwork.draw.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;

/**
 * A one-line legend of the function-space symbols, painted across a figure (used by video frames,
 * where a legend inside the small plot would hide the data).
 */
public final class LegendStrip implements Painter {
  private final Style style;

  /** A legend strip in the given style. */
  public LegendStrip(Style style) {
    this.style = style;
  }

  @Override
  public void paint(Graphics2D g, int w, int h) {
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, w, h);
    String[] labels = {"network f", "data", "natural cubic spline", "linear interpolant",
        "knot, s = +1 (active right)", "knot, s = \u22121 (active left)", "area \u221d |\u03bc|"};
    int fs = style.fontSize() + 1;
    FontMetrics fm;
    int sym;
    int gap;
    int total;
    do {
      fs--;
      g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, fs));
      fm = g.getFontMetrics();
      sym = 2 * fs;
      gap = fs;
      total = 0;
      for (String l : labels) {
        total += sym + fs / 3 + fm.stringWidth(l) + gap;
      }
    } while (total > w && fs > 8);
    int x = Math.max(fs / 2, (w - total) / 2);
    int y = h / 2;
    float lw = Math.max(1.5f, fs / 6f);
    for (int k = 0; k < labels.length; k++) {
      switch (k) {
        case 0 -> line(g, x, y, sym, Palette.FUNCTION, new BasicStroke(lw * 1.6f));
        case 1 -> {
          g.setColor(Palette.DATA);
          double r = fs * 0.35;
          g.fill(new Ellipse2D.Double(x + sym / 2.0 - r, y - r, 2 * r, 2 * r));
        }
        case 2 -> line(g, x, y, sym, Palette.CUBIC, new BasicStroke(lw, BasicStroke.CAP_BUTT,
            BasicStroke.JOIN_ROUND, 10f, new float[] {6f, 4f}, 0f));
        case 3 -> line(g, x, y, sym, Palette.LINEAR, new BasicStroke(lw, BasicStroke.CAP_BUTT,
            BasicStroke.JOIN_ROUND, 10f, new float[] {1.5f, 3f}, 0f));
        case 4 -> knot(g, x + sym / 2.0, y, 1, fs, 1.2);
        case 5 -> knot(g, x + sym / 2.0, y, -1, fs, 1.2);
        default -> {
          knot(g, x + sym * 0.2, y, 1, fs, 0.7);
          knot(g, x + sym * 0.7, y, 1, fs, 1.6);
        }
      }
      g.setColor(Color.BLACK);
      g.drawString(labels[k], x + sym + fs / 3, y + fm.getAscent() / 2 - 1);
      x += sym + fs / 3 + fm.stringWidth(labels[k]) + gap;
    }
  }

  private static void line(Graphics2D g, int x, int y, int len, Color c, BasicStroke s) {
    g.setColor(c);
    g.setStroke(s);
    g.drawLine(x, y, x + len, y);
  }

  private static void knot(Graphics2D g, double x, double y, int s, int fs, double scale) {
    g.setColor(Palette.knot(s));
    new KnotMarker(s, scale).paint(g, x, y, (int) Math.round(fs * 0.6));
  }
}
