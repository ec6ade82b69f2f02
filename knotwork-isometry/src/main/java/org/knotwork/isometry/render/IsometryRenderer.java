package org.knotwork.isometry.render;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.knotwork.common.io.Npy;
import org.knotwork.common.io.NpyArray;
import org.knotwork.common.io.NumericCsv;
import org.knotwork.common.study.StudyRenderer;
import org.knotwork.draw.figure.Figure;
import org.knotwork.draw.figure.FigureWriter;
import org.knotwork.draw.figure.Palette;
import org.knotwork.draw.figure.Style;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Draws {@code isometry} run directories (registered in {@code
 * META-INF/services/org.knotwork.common.study.StudyRenderer}); the {@code figures} output is
 * {@code spectra.png} (the hidden Jacobian's squared singular values (I8) and, when recorded, the true
 * Fisher's eigenvalues (I13), each sorted descending against the normalised rank, one curve per q* for
 * replica 0, log scale, floored at 1e-12 of each curve's largest value) and {@code lambda-vs-s2.png} (Fisher &lambda;<sub>max</sub> against mean
 * s<sub>max</sub><sup>2</sup>, one point per network, log-log).
 */
public final class IsometryRenderer implements StudyRenderer {
  /** The study kind drawn. */
  public static final String KIND = "isometry";

  private static final Color[] COLORS = {Palette.BLUE, Palette.ORANGE, Palette.BLUISH_GREEN,
      Palette.VERMILLION, Palette.REDDISH_PURPLE, Palette.SKY_BLUE, Palette.BLACK, Palette.ZERO};

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public List<Path> render(Path runDir, Path outDir, Set<String> outputs, Video video) {
    prepare(runDir, outputs);
    NumericCsv nets = NumericCsv.read(runDir.resolve("nets.csv"), "nets.csv",
        org.knotwork.isometry.study.IsometryStudy.NET_COLUMNS, 1);
    double[] q = nets.column("q_star");
    double[] replica = nets.column("replica");
    Style style = new Style(14);
    List<Path> written = new ArrayList<>();

    NpyArray jac = Npy.read(runDir.resolve("jacobian_singular_values.npy"));
    XYChart js = style.xyChart("Hidden Jacobian: squared singular values (replica 0, all probes)",
        "rank / count", "s^2");
    js.getStyler().setYAxisLogarithmic(true);
    int probes = jac.shape()[1];
    int k = jac.shape()[2];
    int series = 0;
    for (int i = 0; i < q.length; i++) {
      if (replica[i] != 0) {
        continue;
      }
      double[] s2 = new double[probes * k];
      double top = 0;
      for (int j = 0; j < s2.length; j++) {
        double s = jac.doubles()[i * probes * k + j];
        s2[j] = s * s;
        top = Math.max(top, s2[j]);
      }
      // saturated tanh units give singular values near 0: floor at 1e-12 of the largest for a log axis
      for (int j = 0; j < s2.length; j++) {
        s2[j] = Math.max(s2[j], 1e-12 * top);
      }
      addDescending(js, "q* = " + Style.num(q[i]), s2, COLORS[series++ % COLORS.length]);
    }
    List<org.knowm.xchart.internal.chartpart.Chart<?, ?>> panels = new ArrayList<>();
    panels.add(js);
    Path fisherFile = runDir.resolve("fisher_eigenvalues.npy");
    if (Files.exists(fisherFile)) {
      NpyArray fe = Npy.read(fisherFile);
      XYChart fs = style.xyChart("True Fisher: non-zero eigenvalues (Gram form, replica 0)",
          "rank / count", "eigenvalue");
      fs.getStyler().setYAxisLogarithmic(true);
      int m = fe.shape()[1];
      series = 0;
      for (int i = 0; i < q.length; i++) {
        if (replica[i] != 0) {
          continue;
        }
        double[] e = Arrays.copyOfRange(fe.doubles(), i * m, (i + 1) * m);
        double top = Arrays.stream(e).max().orElse(1);
        double[] pos = Arrays.stream(e).filter(v -> v > 1e-12 * top).toArray();
        addDescending(fs, "q* = " + Style.num(q[i]), pos, COLORS[series++ % COLORS.length]);
      }
      panels.add(fs);
    }
    Path spectra = outDir.resolve("spectra.png");
    double[] weights = new double[panels.size()];
    Arrays.fill(weights, 1);
    FigureWriter.writePng(Figure.column(900, 450 * panels.size(), panels, weights), spectra);
    written.add(spectra);

    XYChart sc = style.xyChart("Fisher lambda_max against Jacobian s_max^2", "mean s_max^2 of dh^L/dh^1",
        "lambda_max (true Fisher)");
    sc.getStyler().setXAxisLogarithmic(true);
    sc.getStyler().setYAxisLogarithmic(true);
    sc.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    double[] lam = nets.column("lambda_max_true");
    double[] s2 = nets.column("s2_max");
    List<Double> seen = new ArrayList<>();
    for (double v : q) {
      if (!seen.contains(v)) {
        seen.add(v);
      }
    }
    for (int j = 0; j < seen.size(); j++) {
      List<Double> xs = new ArrayList<>();
      List<Double> ys = new ArrayList<>();
      for (int i = 0; i < q.length; i++) {
        if (q[i] == seen.get(j)) {
          xs.add(s2[i]);
          ys.add(lam[i]);
        }
      }
      XYSeries s = sc.addSeries("q* = " + Style.num(seen.get(j)), xs, ys);
      s.setMarker(SeriesMarkers.CIRCLE);
      s.setMarkerColor(COLORS[j % COLORS.length]);
    }
    Path scatter = outDir.resolve("lambda-vs-s2.png");
    FigureWriter.writePng(Figure.of(sc, 900, 650), scatter);
    written.add(scatter);
    return written;
  }

  private static void addDescending(XYChart chart, String name, double[] values, Color color) {
    double[] v = values.clone();
    Arrays.sort(v);
    int n = v.length;
    double[] x = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = (i + 0.5) / n;
      y[i] = v[n - 1 - i];
    }
    XYSeries s = chart.addSeries(name, x, y);
    s.setMarker(SeriesMarkers.NONE);
    s.setLineColor(color);
  }
}
