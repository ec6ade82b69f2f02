package org.knotwork.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.knotwork.draw.figure.Figure;
import org.knotwork.draw.figure.FigureWriter;
import org.knotwork.draw.figure.PhaseDiagramFigure;
import org.knotwork.draw.figure.PhaseGrid;
import org.knotwork.draw.figure.Style;
import org.knotwork.regime.OrderParameters;
import org.knotwork.regime.RegimeResult;

/**
 * Phase diagrams of a regime sweep (notes E10): one figure per order parameter, columns the ratios
 * &alpha;<sub>w</sub>/&alpha;<sub>v</sub>, rows the widths, cells the mean over seeds.
 */
final class PhaseDiagrams {
  private PhaseDiagrams() {}

  /** Results are ordered width-major, then ratio, then seed (as the regime command runs them). */
  static void write(Path dir, double[] ratios, int[] widths, int seeds,
      List<RegimeResult> results) {
    write(dir, "clustering", "fraction of in-hull |\u03bc| within \u03b5 of a data point",
        ratios, widths, seeds, results, OrderParameters::muMassNearData);
    write(dir, "knot-displacement", "mean |\u0394\u03b2|", ratios, widths, seeds, results,
        OrderParameters::meanKnotDisplacement);
    write(dir, "distance-to-cubic-spline", "sup |f \u2212 natural cubic spline| on the hull",
        ratios, widths, seeds, results, OrderParameters::supToCubic);
    write(dir, "slope-variation", "\u03a3|\u03bc| in the hull / linear interpolant's "
        + "total slope variation", ratios, widths, seeds, results,
        o -> o.muMassInHull() / o.linearTotalVariation());
    write(dir, "ntk-drift", "relative NTK drift", ratios, widths, seeds, results,
        OrderParameters::ntkDrift);
  }

  private static void write(Path dir, String name, String label, double[] ratios, int[] widths,
      int seeds, List<RegimeResult> results, ToDoubleFunction<OrderParameters> value) {
    double[][] v = new double[widths.length][ratios.length];
    int k = 0;
    for (int row = 0; row < widths.length; row++) {
      for (int col = 0; col < ratios.length; col++) {
        double sum = 0;
        for (int s = 0; s < seeds; s++) {
          sum += value.applyAsDouble(results.get(k++).order());
        }
        v[row][col] = sum / seeds;
      }
    }
    double[] ys = new double[widths.length];
    for (int row = 0; row < widths.length; row++) {
      ys[row] = widths[row];
    }
    PhaseGrid grid = new PhaseGrid("Regime phase diagram, mean over " + seeds + " seed"
        + (seeds == 1 ? "" : "s"),
        "\u03b1_w / \u03b1_v", ratios, "width H", ys, v, label);
    Figure f = Figure.of(PhaseDiagramFigure.of(grid, Style.SLIDE), 1280, 800);
    FigureWriter.writePng(f, dir.resolve("phase-" + name + ".png"));
    FigureWriter.writeSvg(f, dir.resolve("phase-" + name + ".svg"));
  }
}
