package org.knotwork.draw.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;

/**
 * A regime phase diagram (notes &sect;6, E10): a heat map of an order parameter over two run
 * parameters, viridis colours (colour-blind safe) with a colour bar, every cell labelled with its
 * value, missing runs (NaN) hatched. Drawn directly with Java2D: XChart 4.0.3's heat map does not
 * paint headless (its colour ramp is left null).
 */
public final class PhaseDiagramFigure implements Painter {
  private final PhaseGrid grid;
  private final Style style;

  private PhaseDiagramFigure(PhaseGrid grid, Style style) {
    this.grid = grid;
    this.style = style;
  }

  /** The painter of {@code grid}. */
  public static PhaseDiagramFigure of(PhaseGrid grid, Style style) {
    boolean any = false;
    for (double[] row : grid.values()) {
      for (double v : row) {
        any |= !Double.isNaN(v);
      }
    }
    if (!any) {
      throw new IllegalArgumentException("the phase grid has no values (all NaN)");
    }
    return new PhaseDiagramFigure(grid, style);
  }

  /** The smallest and largest non-NaN value. */
  double[] range() {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double[] row : grid.values()) {
      for (double v : row) {
        if (!Double.isNaN(v)) {
          min = Math.min(min, v);
          max = Math.max(max, v);
        }
      }
    }
    return new double[] {min, max};
  }

  /** Viridis colour of u in [0, 1] (linear interpolation between the nine samples). */
  public static Color color(double u) {
    Color[] ramp = Palette.viridis();
    double p = Math.max(0, Math.min(1, u)) * (ramp.length - 1);
    int k = Math.min(ramp.length - 2, (int) Math.floor(p));
    double f = p - k;
    Color a = ramp[k];
    Color b = ramp[k + 1];
    return new Color((int) Math.round(a.getRed() + f * (b.getRed() - a.getRed())),
        (int) Math.round(a.getGreen() + f * (b.getGreen() - a.getGreen())),
        (int) Math.round(a.getBlue() + f * (b.getBlue() - a.getBlue())));
  }

  @Override
  public void paint(Graphics2D g, int w, int h) {
    int fs = style.fontSize();
    Font tick = new Font(Font.SANS_SERIF, Font.PLAIN, fs);
    Font axis = new Font(Font.SANS_SERIF, Font.PLAIN, fs + 1);
    Font title = new Font(Font.SANS_SERIF, Font.BOLD, fs + 3);
    Font value = new Font(Font.SANS_SERIF, Font.BOLD, fs);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, w, h);
    int nx = grid.xValues().length;
    int ny = grid.yValues().length;
    int left = 3 * fs + widest(g, tick, grid.yValues());
    int top = 3 * fs;
    int barW = fs;
    int right = barW + 6 * fs;
    int bottom = 4 * fs;
    int pw = Math.max(1, w - left - right - fs);
    int ph = Math.max(1, h - top - bottom);
    double cw = (double) pw / nx;
    double ch = (double) ph / ny;
    double[] r = range();
    double span = r[1] > r[0] ? r[1] - r[0] : 1;

    g.setColor(Color.BLACK);
    g.setFont(title);
    centre(g, grid.title() + " \u2014 " + grid.valueLabel(), w / 2, fs * 2);
    for (int row = 0; row < ny; row++) {
      for (int col = 0; col < nx; col++) {
        int x0 = left + (int) Math.round(col * cw);
        int x1 = left + (int) Math.round((col + 1) * cw);
        int y0 = top + (int) Math.round((ny - 1 - row) * ch);
        int y1 = top + (int) Math.round((ny - row) * ch);
        double v = grid.values()[row][col];
        if (Double.isNaN(v)) {
          g.setColor(new Color(0xF2F2F2));
          g.fillRect(x0, y0, x1 - x0, y1 - y0);
          g.setColor(new Color(0xBBBBBB));
          g.setStroke(new BasicStroke(1f));
          for (int d = -(y1 - y0); d < x1 - x0; d += fs) {
            g.drawLine(x0 + Math.max(d, 0), y1 - Math.max(-d, 0),
                x0 + Math.min(d + (y1 - y0), x1 - x0), y1 - Math.min(y1 - y0, (x1 - x0) - d));
          }
          g.setColor(Color.DARK_GRAY);
          g.setFont(tick);
          centre(g, "no run", (x0 + x1) / 2, (y0 + y1) / 2 + fs / 3);
          continue;
        }
        double u = (v - r[0]) / span;
        g.setColor(color(u));
        g.fillRect(x0, y0, x1 - x0, y1 - y0);
        g.setColor(u > 0.6 ? Color.BLACK : Color.WHITE);
        g.setFont(value);
        centre(g, Style.num(v), (x0 + x1) / 2, (y0 + y1) / 2 + fs / 3);
      }
    }
    g.setColor(new Color(0x888888));
    g.setStroke(new BasicStroke(1f));
    g.drawRect(left, top, pw, ph);
    g.setColor(Color.BLACK);
    g.setFont(tick);
    for (int col = 0; col < nx; col++) {
      centre(g, Style.num(grid.xValues()[col]), left + (int) Math.round((col + 0.5) * cw),
          top + ph + fs + fs / 2);
    }
    FontMetrics fm = g.getFontMetrics();
    for (int row = 0; row < ny; row++) {
      String s = Style.num(grid.yValues()[row]);
      g.drawString(s, left - fs / 2 - fm.stringWidth(s),
          top + (int) Math.round((ny - 1 - row + 0.5) * ch) + fs / 3);
    }
    g.setFont(axis);
    centre(g, grid.xLabel(), left + pw / 2, top + ph + 3 * fs);
    AffineTransform saved = g.getTransform();
    g.translate(fs * 1.2, top + ph / 2.0);
    g.rotate(-Math.PI / 2);
    centre(g, grid.yLabel(), 0, 0);
    g.setTransform(saved);

    int bx = left + pw + 2 * fs;
    for (int py = 0; py < ph; py++) {
      g.setColor(color(1 - (double) py / Math.max(1, ph - 1)));
      g.fillRect(bx, top + py, barW, 1);
    }
    g.setColor(new Color(0x888888));
    g.drawRect(bx, top, barW, ph);
    g.setColor(Color.BLACK);
    g.setFont(tick);
    for (int k = 0; k <= 4; k++) {
      double v = r[0] + span * k / 4;
      int y = top + (int) Math.round(ph * (1 - k / 4.0));
      g.drawLine(bx + barW, y, bx + barW + fs / 3, y);
      g.drawString(Style.num(v), bx + barW + fs / 2, y + fs / 3);
    }
  }

  private static int widest(Graphics2D g, Font f, double[] values) {
    FontMetrics fm = g.getFontMetrics(f);
    int m = 0;
    for (double v : values) {
      m = Math.max(m, fm.stringWidth(Style.num(v)));
    }
    return m;
  }

  private static void centre(Graphics2D g, String s, int x, int y) {
    g.drawString(s, x - g.getFontMetrics().stringWidth(s) / 2, y);
  }
}
