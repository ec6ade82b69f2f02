package org.knotwork.supertrex.render;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import org.knotwork.common.io.AtomicFiles;
import org.knotwork.common.io.InputException;
import org.knotwork.common.io.Json;
import org.knotwork.common.io.Npy;
import org.knotwork.common.io.NpyArray;
import org.knotwork.common.run.RunDirectory;
import org.knotwork.common.study.StudyRenderer;
import org.knotwork.draw.figure.Figure;
import org.knotwork.draw.figure.FigureWriter;
import org.knotwork.draw.figure.Palette;
import org.knotwork.draw.figure.Series;
import org.knotwork.draw.figure.Style;
import org.knotwork.draw.video.GifWriter;
import org.knotwork.draw.video.Mp4Writer;
import org.knotwork.draw.video.VideoOptions;
import org.knotwork.supertrex.model.Arm;
import org.knotwork.supertrex.model.Butterfly;
import org.knotwork.supertrex.study.SupertrexStudy;
import org.knowm.xchart.XYChart;

/**
 * Draws {@code supertrex} run directories:
 * <ul>
 *   <li>{@code curves.png}: the pen's path against the target in the first and last training
 *       periods and in the last test period;</li>
 *   <li>{@code deviation.png}: &radic;m&#772; of supertrex.md (ST13) over time (log scale), the
 *       train/test boundary marked;</li>
 *   <li>{@code pathways.png}: ‖W_exp‖_F and ‖W_mst‖_F over time, and the exploratory and mastery
 *       shares |z_exp| / (|z_exp| + |z_mst|) of the output;</li>
 *   <li>{@code gif}/{@code mp4}: the arm (or pen) drawing, one frame per chosen sample, with the
 *       target and the pen's recent trail.</li>
 * </ul>
 * Deterministic: the same run directory gives the same bytes.
 */
public final class SupertrexRenderer implements StudyRenderer {
  private static final int WIDTH = 1280;
  private static final int HEIGHT = 800;

  @Override
  public String kind() {
    return SupertrexStudy.NAME;
  }

  @Override
  public Set<String> outputs() {
    return Set.of("figures", "gif", "mp4");
  }

  @Override
  public Set<String> defaultOutputs() {
    return Set.of("figures");
  }

  @Override
  public List<Path> render(Path runDir, Path outDir, Set<String> outputs, Video video) {
    Set<String> want = prepare(runDir, outputs);
    Run run = Run.read(runDir);
    List<Path> files = new ArrayList<>();
    if (want.contains("figures")) {
      files.add(png(curves(run), outDir.resolve("curves.png")));
      files.add(png(deviation(run), outDir.resolve("deviation.png")));
      files.add(png(pathways(run), outDir.resolve("pathways.png")));
    }
    if (want.contains("gif") || want.contains("mp4")) {
      VideoOptions v = VideoOptions.of(video == null ? Video.DEFAULT : video);
      int[] pick = frames(run.rows(), v.maxFrames());
      if (pick.length < 2) {
        throw new InputException("a video needs at least two recorded samples, the run has "
            + run.rows());
      }
      IntFunction<BufferedImage> img = f -> frame(run, pick[f], v.width(), v.height());
      if (want.contains("gif")) {
        byte[] gif = GifWriter.encode(pick.length, img, v.gifDelayCentiseconds(), f -> { });
        Path g = outDir.resolve("arm.gif");
        AtomicFiles.write(g, s -> s.write(gif));
        files.add(g);
      }
      if (want.contains("mp4")) {
        byte[] mp4 = Mp4Writer.encode(pick.length, img, v.fps(), f -> { });
        Path m = outDir.resolve("arm.mp4");
        AtomicFiles.write(m, s -> s.write(mp4));
        files.add(m);
      }
    }
    return files;
  }

  /** A run directory's arrays and the spec fields the figures need. */
  record Run(double[] samples, int width, int outputs, int periodSteps, int trainPeriods,
      int testPeriods, String task, int segments) {
    static Run read(Path dir) {
      NpyArray t = Npy.read(dir.resolve(SupertrexStudy.TRACE));
      JsonNode spec = Json.readTree(dir.resolve(RunDirectory.SPEC), "spec");
      JsonNode cols = Json.readTree(dir.resolve(SupertrexStudy.COLUMNS), "columns");
      if (t.shape().length != 2) {
        throw new InputException(SupertrexStudy.TRACE + " must be a matrix");
      }
      return new Run(t.doubles(), t.shape()[1], cols.get("outputs").asInt(),
          spec.get("periodSteps").asInt(), spec.get("trainPeriods").asInt(),
          spec.get("testPeriods").asInt(), spec.get("task").asText(),
          spec.get("segments").asInt());
    }

    int rows() {
      return samples.length / width;
    }

    double get(int row, int col) {
      return samples[row * width + col];
    }

    double[] column(int col) {
      double[] v = new double[rows()];
      for (int i = 0; i < v.length; i++) {
        v[i] = get(i, col);
      }
      return v;
    }

    int pen() {
      return 1 + 3 * outputs;
    }
  }

  private static Path png(Figure f, Path p) {
    FigureWriter.writePng(f, p);
    return p;
  }

  /** The rows whose step lies in period {@code p} (1-based). */
  private static int[] rowsOf(Run run, int p) {
    List<Integer> rows = new ArrayList<>();
    for (int i = 0; i < run.rows(); i++) {
      double step = run.get(i, 0);
      if (step > (long) (p - 1) * run.periodSteps() && step <= (long) p * run.periodSteps()) {
        rows.add(i);
      }
    }
    return rows.stream().mapToInt(Integer::intValue).toArray();
  }

  static Figure curves(Run run) {
    Butterfly b = new Butterfly(run.periodSteps());
    int n = Math.min(run.periodSteps(), 2000);
    double[] tx = new double[n + 1];
    double[] ty = new double[n + 1];
    for (int i = 0; i <= n; i++) {
      long step = 1 + (long) i * (run.periodSteps() - 1) / n;
      tx[i] = b.x(step);
      ty[i] = b.y(step);
    }
    int total = run.trainPeriods() + run.testPeriods();
    int[] periods = {1, run.trainPeriods(), total};
    String[] names = {"training period 1", "training period " + run.trainPeriods(),
        "test period " + run.testPeriods()};
    List<org.knowm.xchart.internal.chartpart.Chart<?, ?>> charts = new ArrayList<>();
    Style style = Style.SLIDE;
    for (int k = 0; k < periods.length; k++) {
      XYChart c = style.xyChart(names[k], "x", "y");
      Series.line(c, "target", tx, ty, Palette.GUIDE, 3f, null);
      int[] rows = rowsOf(run, periods[k]);
      if (rows.length > 0) {
        double[] px = new double[rows.length];
        double[] py = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
          px[i] = clamp(run.get(rows[i], run.pen()));
          py[i] = clamp(run.get(rows[i], run.pen() + 1));
        }
        Series.line(c, "pen", px, py, Palette.BLUE, 1.5f, null);
      }
      charts.add(c);
    }
    return row(charts);
  }

  private static double clamp(double v) {
    return Double.isFinite(v) ? Math.max(-3, Math.min(3, v)) : 0;
  }

  /** Charts side by side. */
  private static Figure row(List<org.knowm.xchart.internal.chartpart.Chart<?, ?>> charts) {
    List<org.knotwork.draw.figure.Panel> panels = new ArrayList<>();
    int w = WIDTH / charts.size();
    for (int k = 0; k < charts.size(); k++) {
      panels.add(new org.knotwork.draw.figure.Panel(
          org.knotwork.draw.figure.Painter.of(charts.get(k)), k * w, 0, w, HEIGHT / 2));
    }
    return new Figure(w * charts.size(), HEIGHT / 2, panels);
  }

  static Figure deviation(Run run) {
    double[] t = run.column(0);
    double[] dev = run.column(run.pen() + 5);
    for (int i = 0; i < dev.length; i++) {
      dev[i] = Math.max(1e-6, Math.sqrt(Math.max(0, dev[i])));
      t[i] /= run.periodSteps();
    }
    XYChart c = Style.SLIDE.xyChart("distance from target", "period", "sqrt of slow error");
    c.getStyler().setYAxisLogarithmic(true);
    Series.line(c, "deviation", t, dev, Palette.BLUE, 2f, null);
    double edge = run.trainPeriods();
    Series.hidden(Series.line(c, "test starts", new double[] {edge, edge},
        new double[] {1e-4, 10}, Palette.GUIDE, 1.5f, Series.dashed()));
    return Figure.of(c, WIDTH, HEIGHT / 2);
  }

  static Figure pathways(Run run) {
    double[] t = run.column(0);
    for (int i = 0; i < t.length; i++) {
      t[i] /= run.periodSteps();
    }
    XYChart norms = Style.SLIDE.xyChart("readout weights", "period", "Frobenius norm");
    Series.line(norms, "exploratory |W_exp|", t, run.column(run.width() - 2),
        Palette.BLUISH_GREEN, 2f, null);
    Series.line(norms, "mastery |W_mst|", t, run.column(run.width() - 1), Palette.REDDISH_PURPLE,
        2f, null);
    double[] share = new double[t.length];
    int m = run.outputs();
    for (int i = 0; i < t.length; i++) {
      double e = 0;
      double s = 0;
      for (int k = 0; k < m; k++) {
        e += Math.abs(run.get(i, 1 + m + k));
        s += Math.abs(run.get(i, 1 + 2 * m + k));
      }
      share[i] = e + s > 0 ? e / (e + s) : 0;
    }
    XYChart sh = Style.SLIDE.xyChart("exploratory share of the output", "period",
        "|z_exp| / (|z_exp| + |z_mst|)");
    Series.line(sh, "exploratory share", t, share, Palette.BLUISH_GREEN, 1.5f, null);
    return Figure.column(WIDTH, HEIGHT, List.of(norms, sh), new double[] {1, 1});
  }

  /** Up to {@code max} sample indices at uniform spacing, first and last included. */
  static int[] frames(int rows, int max) {
    int count = Math.min(rows, max);
    int[] pick = new int[count];
    for (int k = 0; k < count; k++) {
      pick[k] = count == 1 ? 0 : (int) ((long) k * (rows - 1) / (count - 1));
    }
    return pick;
  }

  /** One video frame: target, recent pen trail, the arm at sample {@code row}. */
  static BufferedImage frame(Run run, int row, int w, int h) {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, w, h);
    boolean arm = !run.task().equals("pen");
    double lo = arm ? -6 : -1.3;
    double hi = arm ? 6 : 1.3;
    double scale = Math.min(w, h) / (hi - lo);
    double cx = w / 2.0;
    double cy = h / 2.0 + (arm ? -scale * 1 : 0);
    java.util.function.DoubleUnaryOperator sx = x -> cx + scale * x;
    java.util.function.DoubleUnaryOperator sy = y -> cy - scale * y;
    Butterfly b = new Butterfly(run.periodSteps());
    Path2D target = new Path2D.Double();
    int n = 400;
    for (int i = 0; i <= n; i++) {
      long step = 1 + (long) i * (run.periodSteps() - 1) / n;
      double x = sx.applyAsDouble(b.x(step));
      double y = sy.applyAsDouble(b.y(step));
      if (i == 0) {
        target.moveTo(x, y);
      } else {
        target.lineTo(x, y);
      }
    }
    g.setColor(Palette.GUIDE);
    g.setStroke(new BasicStroke(3f));
    g.draw(target);
    int trail = Math.min(row + 1, Math.max(2, run.rows() / Math.max(1,
        run.trainPeriods() + run.testPeriods())));
    Path2D pen = new Path2D.Double();
    for (int i = row - trail + 1; i <= row; i++) {
      double x = sx.applyAsDouble(clamp(run.get(i, run.pen())));
      double y = sy.applyAsDouble(clamp(run.get(i, run.pen() + 1)));
      if (i == row - trail + 1) {
        pen.moveTo(x, y);
      } else {
        pen.lineTo(x, y);
      }
    }
    if (trail >= 2) {
      g.setColor(Palette.BLUE);
      g.setStroke(new BasicStroke(2f));
      g.draw(pen);
    }
    if (arm) {
      double[] z = new double[run.outputs()];
      for (int k = 0; k < z.length; k++) {
        z[k] = run.get(row, 1 + k);
      }
      double[] j = Arm.standard(run.segments()).joints(z);
      g.setColor(Palette.BLACK);
      g.setStroke(new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      for (int k = 0; k + 3 < j.length; k += 2) {
        if (Double.isFinite(j[k + 2]) && Double.isFinite(j[k + 3])) {
          g.drawLine((int) sx.applyAsDouble(j[k]), (int) sy.applyAsDouble(j[k + 1]),
              (int) sx.applyAsDouble(j[k + 2]), (int) sy.applyAsDouble(j[k + 3]));
        }
      }
    }
    g.setColor(Palette.BLACK);
    g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, Math.max(12, h / 30)));
    long step = (long) run.get(row, 0);
    String phase = step <= (long) run.trainPeriods() * run.periodSteps() ? "training" : "test";
    g.drawString(String.format(java.util.Locale.ROOT, "%s, period %.2f", phase,
        (double) step / run.periodSteps()), 10, h / 20 + 5);
    g.dispose();
    return img;
  }
}
