package org.knotwork.multivariate.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knotwork.common.io.NpyArray;
import org.knotwork.draw.figure.Figure;
import org.knotwork.draw.figure.FigureWriter;
import org.knotwork.draw.figure.Painter;
import org.knotwork.draw.figure.Palette;
import org.knotwork.draw.figure.Panel;
import org.knotwork.draw.figure.Series;
import org.knotwork.draw.figure.Style;
import org.knotwork.multivariate.geometry.Arrangement;
import org.knotwork.multivariate.geometry.Box;
import org.knotwork.multivariate.geometry.Cell;
import org.knotwork.multivariate.geometry.ConvexPolygon;
import org.knotwork.multivariate.net.HyperplaneNet;
import org.knotwork.multivariate.net.ShallowNet;
import org.knowm.xchart.XYChart;

/**
 * The figures of a {@code multivariate} run (docs/multivariate-deep.md §3): f as a heat map with
 * the lines drawn and the data on top, the region partition coloured by activation pattern (both at
 * initialisation and at the end), and the region count over training against the closed form.
 */
public final class MultivariateFigures {
  private static final int PANEL = 560;
  private static final int TITLE = 36;

  private MultivariateFigures() {}

  /** The function heat maps (initial and final) with lines and data: two panels side by side. */
  public static Figure function(ShallowNet first, ShallowNet last, double[][] data, Box box) {
    double scale = 1e-12;
    for (ShallowNet n : List.of(first, last)) {
      for (int i = 0; i < 100; i++) {
        for (int j = 0; j < 100; j++) {
          scale = Math.max(scale, Math.abs(n.value(point(box, (i + 0.5) / 100, (j + 0.5) / 100))));
        }
      }
    }
    for (double[] d : data) {
      scale = Math.max(scale, Math.abs(d[2]));
    }
    double s = scale;
    return pair(
        (g, w, h) -> heat(g, w, h, first, data, box, s, "f at initialisation"),
        (g, w, h) -> heat(g, w, h, last, data, box, s, "f after training"));
  }

  /** The region partitions (initial and final) coloured by activation pattern. */
  public static Figure regions(ShallowNet first, ShallowNet last, Box box) {
    return pair((g, w, h) -> partition(g, w, h, first, box, "regions at initialisation"),
        (g, w, h) -> partition(g, w, h, last, box, "regions after training"));
  }

  /** Region count, closed form 1 + L + V and line count against the step. */
  public static Figure regionsOverTraining(double[] step, double[] regions, double[] closed,
      double[] lines) {
    Style style = new Style(16);
    XYChart c = style.xyChart("Regions in the data square over training", "step", "count");
    Series.line(c, "regions (exact)", step, regions, Palette.BLUE, 2.5f, null);
    Series.line(c, "1 + L + V", step, closed, Palette.VERMILLION, 1.5f, Series.dashed());
    Series.line(c, "lines crossing (L)", step, lines, Palette.BLUISH_GREEN, 1.5f, null);
    return Figure.of(c, 900, 560);
  }

  /** Writes a figure as PNG. */
  public static void write(Figure f, Path png) {
    FigureWriter.writePng(f, png);
  }

  /** The nets of every frame of a network.npy array. */
  public static List<ShallowNet> nets(NpyArray network) {
    int[] shape = network.shape();
    double[] all = network.doubles();
    List<ShallowNet> out = new ArrayList<>();
    for (int f = 0; f < shape[0]; f++) {
      double[] theta = new double[shape[1]];
      System.arraycopy(all, f * shape[1], theta, 0, shape[1]);
      out.add(ShallowNet.fromVector(theta, 2));
    }
    return out;
  }

  private static Figure pair(Painter left, Painter right) {
    return new Figure(2 * PANEL, PANEL + TITLE, List.of(new Panel(left, 0, 0, PANEL, PANEL + TITLE),
        new Panel(right, PANEL, 0, PANEL, PANEL + TITLE)));
  }

  private static double[] point(Box box, double u, double v) {
    return new double[] {box.xMin() + u * (box.xMax() - box.xMin()),
        box.yMin() + v * (box.yMax() - box.yMin())};
  }

  /** Blue for negative, white for zero, red for positive values, |f| / scale &le; 1. */
  static Color diverging(double t) {
    double a = Math.max(-1, Math.min(1, t));
    Color end = a < 0 ? Palette.BLUE : Palette.VERMILLION;
    double k = Math.abs(a);
    return new Color((int) Math.round(255 + k * (end.getRed() - 255)),
        (int) Math.round(255 + k * (end.getGreen() - 255)),
        (int) Math.round(255 + k * (end.getBlue() - 255)));
  }

  /** A colour of its own for a pattern: a hue from the pattern's hash. */
  static Color patternColour(String key) {
    int hash = key.hashCode() * 0x9E3779B9;
    float hue = (hash >>> 8) / (float) (1 << 24);
    return Color.getHSBColor(hue, 0.45f, 0.95f);
  }

  private static void title(Graphics2D g, int w, String text) {
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
    int tw = g.getFontMetrics().stringWidth(text);
    g.drawString(text, (w - tw) / 2, 24);
  }

  private static int px(Box box, double x, int size) {
    return (int) Math.round((x - box.xMin()) / (box.xMax() - box.xMin()) * size);
  }

  private static int py(Box box, double y, int size) {
    return TITLE + (int) Math.round((box.yMax() - y) / (box.yMax() - box.yMin()) * size);
  }

  private static void heat(Graphics2D g, int w, int h, ShallowNet net, double[][] data, Box box,
      double scale, String text) {
    title(g, w, text);
    int size = Math.min(w, h - TITLE) - 20;
    int cellPx = 4;
    for (int i = 0; i < size; i += cellPx) {
      for (int j = 0; j < size; j += cellPx) {
        double[] x = point(box, (i + cellPx / 2.0) / size, 1 - (j + cellPx / 2.0) / size);
        g.setColor(diverging(net.value(x) / scale));
        g.fillRect(10 + i, TITLE + j, cellPx, cellPx);
      }
    }
    g.translate(10, 0);
    lines(g, net, box, size);
    g.setColor(Color.BLACK);
    for (double[] d : data) {
      int x = px(box, d[0], size);
      int y = py(box, d[1], size);
      g.setColor(diverging(d[2] / scale));
      g.fillOval(x - 5, y - 5, 10, 10);
      g.setColor(Color.BLACK);
      g.drawOval(x - 5, y - 5, 10, 10);
    }
    g.drawRect(0, TITLE, size, size);
    g.translate(-10, 0);
  }

  private static void lines(Graphics2D g, ShallowNet net, Box box, int size) {
    HyperplaneNet hp = net.toHyperplane();
    g.setStroke(new BasicStroke(1.5f));
    g.setColor(Palette.FUNCTION);
    for (int i = 0; i < hp.width(); i++) {
      if (hp.isNull(i)) {
        continue;
      }
      double[] n = hp.n(i);
      double[] ch = box.chord(n[0], n[1], hp.beta(i));
      if (ch != null) {
        g.drawLine(px(box, ch[0], size), py(box, ch[1], size), px(box, ch[2], size),
            py(box, ch[3], size));
      }
    }
  }

  private static void partition(Graphics2D g, int w, int h, ShallowNet net, Box box,
      String text) {
    Arrangement a = Arrangement.of(net, box);
    title(g, w, text + " (" + a.regions() + ")");
    int size = Math.min(w, h - TITLE) - 20;
    g.translate(10, 0);
    for (Cell c : a.cells()) {
      ConvexPolygon p = c.polygon();
      Path2D.Double path = new Path2D.Double();
      for (int k = 0; k < p.size(); k++) {
        double x = (p.x(k) - box.xMin()) / (box.xMax() - box.xMin()) * size;
        double y = TITLE + (box.yMax() - p.y(k)) / (box.yMax() - box.yMin()) * size;
        if (k == 0) {
          path.moveTo(x, y);
        } else {
          path.lineTo(x, y);
        }
      }
      path.closePath();
      g.setColor(patternColour(c.key()));
      g.fill(path);
      g.setColor(Color.WHITE);
      g.setStroke(new BasicStroke(1f));
      g.draw(path);
    }
    g.setColor(Color.BLACK);
    g.drawRect(0, TITLE, size, size);
    g.translate(-10, 0);
  }
}
