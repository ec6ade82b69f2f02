package org.knotwork.spiking.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knotwork.common.io.InputException;
import org.knotwork.common.io.Npy;
import org.knotwork.common.io.NpyArray;
import org.knotwork.common.io.NumericCsv;
import org.knotwork.common.run.RunDirectory;
import org.knotwork.draw.figure.Figure;
import org.knotwork.draw.figure.FigureWriter;
import org.knotwork.draw.figure.HeatMap;
import org.knotwork.draw.figure.HeatMapFigure;
import org.knotwork.draw.figure.Palette;
import org.knotwork.draw.figure.Series;
import org.knotwork.draw.figure.Style;
import org.knotwork.spiking.field.NeuralField;
import org.knotwork.spiking.study.SpikingSpec;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The figures of a {@code spiking} run: a raster of E and I cells, the E rate map on the sheet, the
 * correlation against distance, and the neural-field growth rate against &tau;_I (docs/spiking.md
 * (P13)).
 */
public final class SpikingFigures {
  private static final int WIDTH = 900;
  private static final int HEIGHT = 600;
  private static final Style STYLE = new Style(14);
  /** At most this many raster points are drawn. */
  static final int MAX_POINTS = 60_000;

  private SpikingFigures() {}

  /** Renders a run directory into {@code out}; returns the files written. */
  public static List<Path> renderRun(Path run, Path out) {
    Object spec = RunDirectory.study(run).spec();
    if (!(spec instanceof SpikingSpec s)) {
      throw new InputException(run + " does not hold a spiking run");
    }
    NpyArray spikes = Npy.read(run.resolve("spikes.npy"));
    NpyArray rates = Npy.read(run.resolve("rates.npy"));
    XYChart raster = raster(s, spikes.longs());
    Figure map = rateMap(s, rates.doubles());
    List<Path> files = new ArrayList<>();
    write(Figure.of(raster, WIDTH, HEIGHT), out.resolve("raster.png"), files);
    write(map, out.resolve("rate-map.png"), files);
    Path corr = run.resolve("correlation.csv");
    if (corr.toFile().exists()) {
      NumericCsv c = NumericCsv.read(corr, "correlation", List.of("distance", "correlation",
          "pairs"), 1);
      write(Figure.of(correlation(c), WIDTH, HEIGHT), out.resolve("correlation.png"), files);
    }
    write(Figure.of(neuralField(), WIDTH, HEIGHT), out.resolve("neural-field.png"), files);
    return files;
  }

  private static void write(Figure f, Path p, List<Path> files) {
    FigureWriter.writePng(f, p);
    files.add(p);
  }

  /**
   * A GIF of E activity on the sheet: spike counts per cell in consecutive windows of {@code
   * windowMs} after the burn-in, one heat-map frame per window (at most {@code maxFrames}, evenly
   * spread), on one colour scale.
   */
  public static Path activityGif(Path run, Path out, double windowMs, int maxFrames, int width,
      int height, int delayCentiseconds) {
    Object spec = RunDirectory.study(run).spec();
    if (!(spec instanceof SpikingSpec s)) {
      throw new InputException(run + " does not hold a spiking run");
    }
    long[] rows = Npy.read(run.resolve("spikes.npy")).longs();
    int side = s.model().sideE();
    int ne = side * side;
    long first = s.firstMeasuredStep();
    int win = Math.max(1, (int) Math.round(windowMs / s.dt()));
    int windows = (int) ((s.steps() - first + 1) / win);
    if (windows < 2) {
      throw new InputException(run + " is too short for a video: fewer than two " + windowMs
          + " ms windows after the burn-in");
    }
    double[][][] frames = new double[windows][side][side];
    double max = 1e-9;
    for (int k = 0; k < rows.length / 2; k++) {
      long st = rows[2 * k];
      int id = (int) rows[2 * k + 1];
      if (st < first || id >= ne) {
        continue;
      }
      int w = (int) ((st - first) / win);
      if (w < windows) {
        double v = ++frames[w][id / side][id % side];
        max = Math.max(max, v);
      }
    }
    int count = Math.min(maxFrames, windows);
    double top = max;
    byte[] gif = org.knotwork.draw.video.GifWriter.encode(count, f -> {
      int w = (int) ((long) f * (windows - 1) / Math.max(1, count - 1));
      HeatMap m = new HeatMap(String.format(java.util.Locale.ROOT, "E spikes per %.0f ms, t = %.0f ms",
          windowMs, (first + (long) w * win) * s.dt()), frames[w], 0, top, false);
      return FigureWriter.image(Figure.of(HeatMapFigure.of(List.of(m), null, STYLE), width,
          height));
    }, delayCentiseconds, k -> { });
    Path p = out.resolve("activity.gif");
    org.knotwork.common.io.AtomicFiles.write(p, o -> o.write(gif));
    return p;
  }

  /** Spikes of the last 500 ms (at most), every cell id against time, E blue and I red. */
  static XYChart raster(SpikingSpec s, long[] rows) {
    int ne = s.model().sideE() * s.model().sideE();
    int n = rows.length / 2;
    long lastStep = s.steps();
    long fromStep = Math.max(0, lastStep - Math.round(500 / s.dt()));
    int inWindow = 0;
    for (int k = 0; k < n; k++) {
      if (rows[2 * k] > fromStep) {
        inWindow++;
      }
    }
    int stride = Math.max(1, (inWindow + MAX_POINTS - 1) / MAX_POINTS);
    List<double[]> e = new ArrayList<>();
    List<double[]> i = new ArrayList<>();
    int seen = 0;
    for (int k = 0; k < n; k++) {
      if (rows[2 * k] <= fromStep) {
        continue;
      }
      if (seen++ % stride != 0) {
        continue;
      }
      double[] pt = {rows[2 * k] * s.dt(), rows[2 * k + 1]};
      (rows[2 * k + 1] < ne ? e : i).add(pt);
    }
    XYChart c = STYLE.xyChart("Raster (every " + stride + (stride == 1 ? "st" : "th")
        + " spike)", "time (ms)", "cell id (E below, I above)");
    addPoints(c, "E", e, Palette.BLUE);
    addPoints(c, "I", i, Palette.VERMILLION);
    return c;
  }

  private static void addPoints(XYChart c, String name, List<double[]> pts, Color color) {
    if (pts.isEmpty()) {
      pts = List.of(new double[] {0, 0});
    }
    double[] x = new double[pts.size()];
    double[] y = new double[pts.size()];
    for (int k = 0; k < x.length; k++) {
      x[k] = pts.get(k)[0];
      y[k] = pts.get(k)[1];
    }
    Series.points(c, name, x, y, color, SeriesMarkers.CIRCLE);
    c.getStyler().setMarkerSize(2);
  }

  /** E rates on the sheet (row = grid x, column = grid y). */
  static Figure rateMap(SpikingSpec s, double[] rates) {
    int side = s.model().sideE();
    double[][] v = new double[side][side];
    double max = 1e-9;
    for (int j = 0; j < side * side; j++) {
      v[j / side][j % side] = rates[j];
      max = Math.max(max, rates[j]);
    }
    HeatMap m = new HeatMap("E rates (Hz), 0 to " + Style.num(max), v, 0, max, false);
    return Figure.of(HeatMapFigure.of(List.of(m), "E rate map on the sheet", STYLE), HEIGHT,
        HEIGHT);
  }

  /** Mean pairwise correlation against periodic distance. */
  static XYChart correlation(NumericCsv c) {
    double[] d = c.column("distance");
    double[] r = c.column("correlation");
    List<Double> xs = new ArrayList<>();
    List<Double> ys = new ArrayList<>();
    for (int k = 0; k < d.length; k++) {
      if (Double.isFinite(r[k])) {
        xs.add(d[k]);
        ys.add(r[k]);
      }
    }
    XYChart chart = STYLE.xyChart("Spike-count correlation against distance", "distance",
        "mean correlation");
    if (xs.isEmpty()) {
      xs.add(0.0);
      ys.add(0.0);
    }
    Series.line(chart, "E pairs", xs.stream().mapToDouble(Double::doubleValue).toArray(),
        ys.stream().mapToDouble(Double::doubleValue).toArray(), Palette.BLUE, 2f, null);
    return chart;
  }

  /** Max Re &lambda; over the modes against &tau;_I, for four widths and both attention states. */
  public static XYChart neuralField() {
    XYChart c = STYLE.xyChart("Neural field: max Re lambda (solid mu_I 0.32, dashed 0.50)",
        "tau_I (ms)", "max Re lambda (1/ms)");
    double[] sig = {0.1, 0.125, 0.15, 0.2};
    Color[] col = {Palette.BLUE, Palette.BLUISH_GREEN, Palette.ORANGE, Palette.VERMILLION};
    int n = 181;
    for (double mu : new double[] {0.32, 0.50}) {
      NeuralField.SteadyState st = NeuralField.huang(mu, 10, 0.1).steadyState();
      for (int a = 0; a < sig.length; a++) {
        double[] t = new double[n];
        double[] y = new double[n];
        for (int k = 0; k < n; k++) {
          t[k] = 2.5 + 22.5 * k / (n - 1);
          NeuralField f = NeuralField.huang(mu, t[k], sig[a]);
          y[k] = f.leading(st).first().re();
        }
        BasicStroke dash = mu == 0.32 ? null : Series.dashed();
        Series.line(c, "sigma_I " + sig[a] + (mu == 0.32 ? "" : " (attended)"), t, y, col[a],
            2f, dash);
      }
    }
    return c;
  }
}
