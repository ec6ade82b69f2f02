package org.knotwork.reservoir.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.knotwork.common.io.AtomicFiles;
import org.knotwork.common.io.InputException;
import org.knotwork.draw.figure.Figure;
import org.knotwork.draw.figure.FigureWriter;
import org.knotwork.draw.figure.Palette;
import org.knotwork.draw.figure.Style;
import org.knowm.xchart.BoxChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Figures of a reservoir run directory (the CSV files that
 * {@code org.knotwork.reservoir.io.ResultFiles} writes into a {@code reservoir} study's run directory,
 * read as plain tables so that this module does not depend on the reservoir module; {@link
 * ReservoirRenderer} is the study renderer):
 * <ul>
 *   <li>{@code error-curves.png}: mean relative error e(t) per step (notes &sect;5) of every model and
 *       precision on a logarithmic axis, with the failure threshold as a dashed line;</li>
 *   <li>{@code horizons.png}: box plots of the per-window forecast horizons (time units);</li>
 *   <li>{@code attractor-MODEL.png}: forecast and truth of the first kept window of each model (at its
 *       first precision) projected on two components (x&ndash;z for Lorenz 63);</li>
 *   <li>{@code cost.md}: the cost table (notes &sect;7) as markdown.</li>
 * </ul>
 * Deterministic: the same run directory gives the same bytes.
 */
public final class ReservoirFigures {
  /** Image width in pixels. */
  public static final int WIDTH = 1280;
  /** Image height in pixels. */
  public static final int HEIGHT = 800;
  private static final Color[] COLORS = {Palette.BLUE, Palette.VERMILLION, Palette.BLUISH_GREEN,
      Palette.ORANGE, Palette.REDDISH_PURPLE, Palette.SKY_BLUE, Palette.BLACK};

  private ReservoirFigures() {}

  /** A CSV table: header and rows of cells. */
  public record Csv(List<String> header, List<String[]> rows) {
    /** Index of {@code name}, or an {@link InputException} naming the file's columns. */
    public int column(String name) {
      int i = header.indexOf(name);
      if (i < 0) {
        throw new InputException("column " + name + " is missing (columns: " + header + ")");
      }
      return i;
    }
  }

  /** Parses CSV text whose cells hold no commas (the run directory's tables). */
  public static Csv parse(String text, String where) {
    List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
    if (lines.isEmpty()) {
      throw new InputException(where + " is empty");
    }
    List<String> header = List.of(lines.get(0).split(",", -1));
    List<String[]> rows = new ArrayList<>();
    for (int k = 1; k < lines.size(); k++) {
      String[] cells = lines.get(k).split(",", -1);
      if (cells.length != header.size()) {
        throw new InputException(where + " line " + (k + 1) + ": expected " + header.size()
            + " cells, got " + cells.length);
      }
      rows.add(cells);
    }
    return new Csv(header, rows);
  }

  /** Reads a CSV file of a run directory. */
  public static Csv read(Path file) {
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    } catch (NoSuchFileException e) {
      throw new InputException(file + " does not exist");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /**
   * Renders every figure of run directory {@code run} into {@code out}.
   *
   * @param ci first component of the attractor plots (0-based)
   * @param cj second component of the attractor plots
   * @param svg also write SVG versions of the charts
   * @return the files written, in order
   */
  public static List<Path> renderRun(Path run, Path out, int ci, int cj, boolean svg) {
    Csv curves = read(run.resolve("error-curves.csv"));
    Csv horizons = read(run.resolve("horizons.csv"));
    Csv forecasts = read(run.resolve("forecasts.csv"));
    String csv;
    try {
      csv = Files.readString(run.resolve("cost.csv"), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new InputException(run.resolve("cost.csv") + " does not exist");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read cost.csv", e);
    }
    // build everything first, so that bad input writes nothing
    XYChart errors = errorCurves(curves);
    BoxChart boxes = horizonBoxes(horizons);
    Map<String, XYChart> attractors = attractors(forecasts, ci, cj);
    String table = markdownTable(csv);
    List<Path> files = new ArrayList<>();
    write(errors, out, "error-curves", svg, files);
    write(boxes, out, "horizons", svg, files);
    for (Map.Entry<String, XYChart> e : attractors.entrySet()) {
      write(e.getValue(), out, "attractor-" + e.getKey(), svg, files);
    }
    Path md = out.resolve("cost.md");
    AtomicFiles.writeString(md, table);
    files.add(md);
    return files;
  }

  private static void write(org.knowm.xchart.internal.chartpart.Chart<?, ?> chart, Path out,
      String stem, boolean svg, List<Path> files) {
    Figure f = Figure.of(chart, WIDTH, HEIGHT);
    Path png = out.resolve(stem + ".png");
    FigureWriter.writePng(f, png);
    files.add(png);
    if (svg) {
      Path s = out.resolve(stem + ".svg");
      FigureWriter.writeSvg(f, s);
      files.add(s);
    }
  }

  /** Mean error curves of {@code error-curves.csv} with the threshold, log-scaled. */
  public static XYChart errorCurves(Csv t) {
    int mi = t.column("model");
    int pi = t.column("precision");
    int xi = t.column("time");
    int yi = t.column("mean_error");
    int ti = t.column("threshold");
    boolean onePrecision = t.rows().stream().map(r -> r[pi]).distinct().count() == 1;
    Map<String, List<double[]>> series = new LinkedHashMap<>();
    double xmin = Double.POSITIVE_INFINITY;
    double xmax = Double.NEGATIVE_INFINITY;
    double threshold = Double.NaN;
    for (String[] r : t.rows()) {
      String name = onePrecision ? r[mi] : r[mi] + " " + r[pi];
      double x = number(r[xi]);
      double y = number(r[yi]);
      threshold = number(r[ti]);
      xmin = Math.min(xmin, x);
      xmax = Math.max(xmax, x);
      List<double[]> pts = series.computeIfAbsent(name, k -> new ArrayList<>());
      if (Double.isFinite(x) && Double.isFinite(y) && y > 0) {
        pts.add(new double[] {x, y});
      }
    }
    XYChart c = Style.SLIDE.xyChart("Mean relative error per forecast step",
        "forecast time (time units)", "mean relative error e(t)");
    c.getStyler().setYAxisLogarithmic(true);
    c.getStyler().setXAxisMin(0.0); // ticks at round times (the first forecast step is at dt)
    int k = 0;
    for (Map.Entry<String, List<double[]>> e : series.entrySet()) {
      if (e.getValue().isEmpty()) {
        continue;
      }
      XYSeries s = c.addSeries(e.getKey(), xs(e.getValue()), ys(e.getValue()));
      s.setMarker(SeriesMarkers.NONE);
      s.setLineColor(COLORS[k % COLORS.length]);
      s.setLineStyle(k < COLORS.length ? new BasicStroke(3f)
          : new BasicStroke(3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
              new float[] {4f, 4f}, 0f));
      k++;
    }
    if (Double.isFinite(threshold) && threshold > 0 && xmax > xmin) {
      XYSeries s = c.addSeries("threshold " + Style.num(threshold), new double[] {xmin, xmax},
          new double[] {threshold, threshold});
      s.setMarker(SeriesMarkers.NONE);
      s.setLineColor(Palette.GUIDE);
      s.setLineStyle(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
          new float[] {10f, 6f}, 0f));
    }
    return c;
  }

  /** Box plots of the horizons (time units) of {@code horizons.csv}, one box per model/precision. */
  public static BoxChart horizonBoxes(Csv t) {
    int mi = t.column("model");
    int pi = t.column("precision");
    int hi = t.column("horizon_time");
    boolean onePrecision = t.rows().stream().map(r -> r[pi]).distinct().count() == 1;
    Map<String, List<Double>> groups = new LinkedHashMap<>();
    for (String[] r : t.rows()) {
      double h = number(r[hi]);
      if (Double.isFinite(h)) {
        groups.computeIfAbsent(onePrecision ? r[mi] : r[mi] + " " + r[pi],
            k -> new ArrayList<>()).add(h);
      }
    }
    BoxChart c = new BoxChart(WIDTH, HEIGHT, org.knowm.xchart.style.Styler.ChartTheme.XChart);
    c.setTitle("Forecast horizons over the test windows");
    c.setXAxisTitle("model");
    c.setYAxisTitle("horizon (time units)");
    Style.SLIDE.apply(c.getStyler());
    c.getStyler().setLegendVisible(false);
    c.getStyler().setYAxisDecimalPattern("0.###");
    int k = 0;
    for (Map.Entry<String, List<Double>> e : groups.entrySet()) {
      var s = c.addSeries(e.getKey(), e.getValue());
      s.setFillColor(COLORS[k % COLORS.length]);
      s.setLineColor(Color.BLACK);
      k++;
    }
    return c;
  }

  /**
   * Attractor projections of {@code forecasts.csv}: per model, forecast and truth of the first kept
   * window at the model's first precision, component {@code ci} against {@code cj}.
   */
  public static Map<String, XYChart> attractors(Csv t, int ci, int cj) {
    int mi = t.column("model");
    int pi = t.column("precision");
    int wi = t.column("window");
    int si = t.column("step");
    int ki = t.column("component");
    int fi = t.column("forecast");
    int ti = t.column("truth");
    Map<String, String[]> firstKey = new LinkedHashMap<>();
    Map<String, Map<Integer, double[][]>> steps = new LinkedHashMap<>();
    int maxComponent = -1;
    for (String[] r : t.rows()) {
      maxComponent = Math.max(maxComponent, Integer.parseInt(r[ki]));
      String[] key = firstKey.computeIfAbsent(r[mi], m -> new String[] {r[pi], r[wi]});
      if (!key[0].equals(r[pi]) || !key[1].equals(r[wi])) {
        continue;
      }
      int comp = Integer.parseInt(r[ki]);
      if (comp != ci && comp != cj) {
        continue;
      }
      double[][] v = steps.computeIfAbsent(r[mi], m -> new LinkedHashMap<>())
          .computeIfAbsent(Integer.parseInt(r[si]), s -> new double[][] {
              {Double.NaN, Double.NaN}, {Double.NaN, Double.NaN}});
      int slot = comp == ci ? 0 : 1;
      v[0][slot] = number(r[fi]);
      v[1][slot] = number(r[ti]);
      if (ci == cj) {
        v[0][1] = v[0][0];
        v[1][1] = v[1][0];
      }
    }
    if (!t.rows().isEmpty() && (ci < 0 || cj < 0 || ci > maxComponent || cj > maxComponent)) {
      throw new InputException("--components must be in [0, " + maxComponent + "], got " + ci
          + "," + cj);
    }
    Map<String, XYChart> out = new LinkedHashMap<>();
    for (Map.Entry<String, Map<Integer, double[][]>> e : steps.entrySet()) {
      String[] key = firstKey.get(e.getKey());
      XYChart c = Style.SLIDE.xyChart(String.format(Locale.ROOT,
          "%s (%s), window %s: forecast vs truth", e.getKey(), key[0], key[1]),
          "component " + ci, "component " + cj);
      List<double[]> truth = new ArrayList<>();
      List<double[]> forecast = new ArrayList<>();
      for (double[][] v : e.getValue().values()) {
        if (Double.isFinite(v[1][0]) && Double.isFinite(v[1][1])) {
          truth.add(v[1]);
        }
        if (Double.isFinite(v[0][0]) && Double.isFinite(v[0][1])
            && Math.abs(v[0][0]) < 1e6 && Math.abs(v[0][1]) < 1e6) {
          forecast.add(v[0]);
        }
      }
      if (!truth.isEmpty()) {
        XYSeries s = c.addSeries("truth", xs(truth), ys(truth));
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(Palette.BLACK);
        s.setLineStyle(new BasicStroke(2f));
      }
      if (!forecast.isEmpty()) {
        XYSeries s = c.addSeries("forecast", xs(forecast), ys(forecast));
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(Palette.VERMILLION);
        s.setLineStyle(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {8f, 5f}, 0f));
      }
      if (!truth.isEmpty() || !forecast.isEmpty()) {
        out.put(e.getKey(), c);
      }
    }
    return out;
  }

  /**
   * The cost table CSV as markdown: model, kind, features, per-step operations, training flops and
   * the ratios to the baseline (4 significant digits).
   */
  public static String markdownTable(String costCsv) {
    Csv t = parse(costCsv, "cost table");
    String[] cols = {"model", "kind", "features", "step_multiplies", "step_adds", "step_tanh",
        "training_total_flops", "training_notes_flops", "ratio_step_multiplies",
        "ratio_step_total", "ratio_training", "ratio_training_notes"};
    int[] idx = new int[cols.length];
    for (int k = 0; k < cols.length; k++) {
      idx[k] = t.column(cols[k]);
    }
    StringBuilder sb = new StringBuilder("| ").append(String.join(" | ", cols)).append(" |\n|");
    for (int k = 0; k < cols.length; k++) {
      sb.append(k < 3 ? " --- |" : " ---: |");
    }
    sb.append('\n');
    for (String[] r : t.rows()) {
      sb.append('|');
      for (int k = 0; k < cols.length; k++) {
        String v = r[idx[k]];
        sb.append(' ').append(k < 3 || v.matches("-?\\d+") ? v : significant(number(v)))
            .append(" |");
      }
      sb.append('\n');
    }
    String baseline = t.rows().isEmpty() ? "" : t.rows().get(0)[t.column("baseline")];
    sb.append("\nRatios are to `").append(baseline).append("`.\n");
    return sb.toString();
  }

  /** Four significant digits, exponents without '+' or leading zeros (1.033e4, 19.44, 1). */
  static String significant(double v) {
    if (!Double.isFinite(v)) {
      return Double.toString(v);
    }
    String s = String.format(Locale.ROOT, "%.4g", v);
    int e = s.indexOf('e');
    String mant = e < 0 ? s : s.substring(0, e);
    if (mant.contains(".")) {
      mant = mant.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
    return e < 0 ? mant : mant + "e" + Integer.parseInt(s.substring(e + 1));
  }

  private static double number(String s) {
    try {
      return Double.parseDouble(s);
    } catch (NumberFormatException e) {
      throw new InputException("not a number: '" + s + "'");
    }
  }

  private static double[] xs(List<double[]> pts) {
    return pts.stream().mapToDouble(p -> p[0]).toArray();
  }

  private static double[] ys(List<double[]> pts) {
    return pts.stream().mapToDouble(p -> p[1]).toArray();
  }
}
