package org.knotwork.draw.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.util.List;

/**
 * Heat maps side by side with one shared colour bar (viridis, colour-blind safe; the colour range
 * of the first map is used for all). Drawn directly with Java2D like {@link PhaseDiagramFigure}
 * (XChart 4.0.3's heat map does not paint headless). Rows and columns are numbered from 1.
 */
public final class HeatMapFigure implements Painter {
  private final List<HeatMap> maps;
  private final String caption;
  private final Style style;

  private HeatMapFigure(List<HeatMap> maps, String caption, Style style) {
    this.maps = maps;
    this.caption = caption;
    this.style = style;
  }

  /**
   * The painter of {@code maps} (at least one) under an optional caption (null for none).
   *
   * @throws IllegalArgumentException if the maps' colour ranges differ
   */
  public static HeatMapFigure of(List<HeatMap> maps, String caption, Style style) {
    if (maps == null || maps.isEmpty()) {
      throw new IllegalArgumentException("a heat-map figure needs at least one map");
    }
    for (HeatMap m : maps) {
      if (m.min() != maps.get(0).min() || m.max() != maps.get(0).max()) {
        throw new IllegalArgumentException("heat maps of one figure must share the colour range");
      }
    }
    return new HeatMapFigure(List.copyOf(maps), caption, style);
  }

  @Override
  public void paint(Graphics2D g, int w, int h) {
    int fs = style.fontSize();
    Font tick = new Font(Font.SANS_SERIF, Font.PLAIN, fs);
    Font title = new Font(Font.SANS_SERIF, Font.BOLD, fs + 2);
    Font value = new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(8, fs - 4));
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, w, h);
    int top = caption == null ? 3 * fs : 5 * fs;
    if (caption != null) {
      g.setColor(Color.BLACK);
      g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, fs + 3));
      centre(g, caption, w / 2, 2 * fs);
    }
    int barArea = 9 * fs;
    int n = maps.size();
    int cellArea = (w - barArea) / n;
    double lo = maps.get(0).min();
    double hi = maps.get(0).max();
    int bottom = fs;
    int plotTop = top;
    int size = 0;
    for (int k = 0; k < n; k++) {
      HeatMap m = maps.get(k);
      int rows = m.values().length;
      int cols = m.values()[0].length;
      int left = k * cellArea + 3 * fs;
      int pw = Math.max(1, cellArea - 4 * fs);
      int ph = Math.max(1, h - top - bottom - fs);
      double cell = Math.min((double) pw / cols, (double) ph / rows);
      size = (int) Math.round(cell * rows);
      g.setColor(Color.BLACK);
      g.setFont(title);
      centre(g, m.title(), left + (int) Math.round(cell * cols / 2), top - fs / 2);
      for (int r = 0; r < rows; r++) {
        for (int c = 0; c < cols; c++) {
          int x0 = left + (int) Math.round(c * cell);
          int x1 = left + (int) Math.round((c + 1) * cell);
          int y0 = plotTop + (int) Math.round(r * cell);
          int y1 = plotTop + (int) Math.round((r + 1) * cell);
          double v = m.values()[r][c];
          double u = Double.isNaN(v) ? 0 : (v - lo) / (hi - lo);
          g.setColor(Double.isNaN(v) ? new Color(0xBBBBBB) : PhaseDiagramFigure.color(u));
          g.fillRect(x0, y0, x1 - x0, y1 - y0);
          if (m.labelCells() && !Double.isNaN(v) && cell > 2.5 * fs) {
            g.setColor(u > 0.6 ? Color.BLACK : Color.WHITE);
            g.setFont(value);
            centre(g, String.format(java.util.Locale.ROOT, "%.2f", v), (x0 + x1) / 2,
                (y0 + y1) / 2 + fs / 3);
          }
        }
      }
      g.setColor(new Color(0x888888));
      g.setStroke(new BasicStroke(1f));
      g.drawRect(left, plotTop, (int) Math.round(cell * cols), (int) Math.round(cell * rows));
      g.setColor(Color.BLACK);
      g.setFont(tick);
      FontMetrics fm = g.getFontMetrics();
      int step = Math.max(1, (int) Math.ceil(fs * 1.5 / cell));
      for (int r = 0; r < rows; r += step) {
        String s = Integer.toString(r + 1);
        g.drawString(s, left - fs / 3 - fm.stringWidth(s),
            plotTop + (int) Math.round((r + 0.5) * cell) + fs / 3);
      }
    }
    int bx = w - barArea + fs;
    int bh = Math.max(2, size);
    int barW = fs;
    for (int py = 0; py < bh; py++) {
      g.setColor(PhaseDiagramFigure.color(1 - (double) py / Math.max(1, bh - 1)));
      g.fillRect(bx, plotTop + py, barW, 1);
    }
    g.setColor(new Color(0x888888));
    g.drawRect(bx, plotTop, barW, bh);
    g.setColor(Color.BLACK);
    g.setFont(tick);
    for (int k = 0; k <= 4; k++) {
      double v = lo + (hi - lo) * k / 4;
      int y = plotTop + (int) Math.round(bh * (1 - k / 4.0));
      g.drawLine(bx + barW, y, bx + barW + fs / 3, y);
      g.drawString(Style.num(v), bx + barW + fs / 2, y + fs / 3);
    }
  }

  private static void centre(Graphics2D g, String s, int x, int y) {
    g.drawString(s, x - g.getFontMetrics().stringWidth(s) / 2, y);
  }
}
