package org.knotwork.regime;

import java.util.Arrays;
import org.knotwork.data.Dataset;
import org.knotwork.loss.JacobianOperator;
import org.knotwork.loss.SweepLoss;
import org.knotwork.net.NetworkParams;
import org.knotwork.net.SplineParams;

/**
 * Order parameters placing a training run between the kernel and the adaptive regime (notes &sect;6,
 * E8-E10), computed from the initial and the final network and the data.
 *
 * @param relativeParameterChange &Vert;&theta;<sub>1</sub> &minus; &theta;<sub>0</sub>&Vert; /
 *     &Vert;&theta;<sub>0</sub>&Vert; in network coordinates
 * @param meanKnotDisplacement mean |&beta;<sub>1</sub> &minus; &beta;<sub>0</sub>| over neurons that
 *     have a knot with the same orientation at both ends
 * @param medianKnotDisplacement the median of the same
 * @param muMassNearData fraction of the in-hull |&mu;| mass whose knots lie within {@code epsilon} of
 *     a data point (knots gather at the data in the adaptive regime)
 * @param muMassInHull &Sigma;|&mu;<sub>i</sub>| over final knots inside the data hull
 * @param linearTotalVariation the linear interpolant's total slope variation, the least possible
 *     &int;|f''| of an interpolant (notes E9)
 * @param supToCubic sup |f &minus; natural cubic spline| on the hull
 * @param l2ToCubic root-mean-square of f &minus; natural cubic spline on the hull
 * @param supToLinear sup |f &minus; linear interpolant| on the hull
 * @param l2ToLinear root-mean-square of f &minus; linear interpolant on the hull
 * @param ntkDrift &Vert;&Theta;<sub>1</sub> &minus; &Theta;<sub>0</sub>&Vert;<sub>F</sub> /
 *     &Vert;&Theta;<sub>0</sub>&Vert;<sub>F</sub>, the relative change of the empirical tangent kernel
 *     J J<sup>T</sup> on the training inputs (network coordinates) from the initial to the trained
 *     network; small in the kernel regime
 * @param epsilon the distance used for {@code muMassNearData}
 */
public record OrderParameters(double relativeParameterChange, double meanKnotDisplacement,
    double medianKnotDisplacement, double muMassNearData, double muMassInHull,
    double linearTotalVariation, double supToCubic, double l2ToCubic, double supToLinear,
    double l2ToLinear, double ntkDrift, double epsilon) {

  /**
   * The order parameters as ordered (name, value) columns of results tables and run metrics
   * ({@code epsilon} excluded: it is part of the spec).
   */
  public java.util.Map<String, Object> columns() {
    java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
    m.put("relative_parameter_change", relativeParameterChange);
    m.put("mean_knot_displacement", meanKnotDisplacement);
    m.put("median_knot_displacement", medianKnotDisplacement);
    m.put("mu_mass_near_data", muMassNearData);
    m.put("mu_mass_in_hull", muMassInHull);
    m.put("linear_total_variation", linearTotalVariation);
    m.put("sup_to_cubic", supToCubic);
    m.put("l2_to_cubic", l2ToCubic);
    m.put("sup_to_linear", supToLinear);
    m.put("l2_to_linear", l2ToLinear);
    m.put("ntk_drift", ntkDrift);
    return m;
  }

  /** Grid points used on the hull for sup and RMS distances (plus the data points themselves). */
  public static final int GRID = 4001;

  /** Measures a run; {@code epsilon} is the clustering distance (notes use 0.02). */
  public static OrderParameters measure(NetworkParams initial, NetworkParams trained, Dataset data,
      double epsilon) {
    if (initial.width() != trained.width()) {
      throw new IllegalArgumentException("initial and trained networks differ in width: "
          + initial.width() + " vs " + trained.width());
    }
    if (!(epsilon >= 0)) {
      throw new IllegalArgumentException("epsilon must be >= 0, got " + epsilon);
    }
    double[] t0 = initial.toVector();
    double[] t1 = trained.toVector();
    double num = 0;
    double den = 0;
    for (int k = 0; k < t0.length; k++) {
      num += (t1[k] - t0[k]) * (t1[k] - t0[k]);
      den += t0[k] * t0[k];
    }
    SplineParams s0 = initial.toSpline();
    SplineParams s1 = trained.toSpline();
    double[] moves = new double[s0.width()];
    int m = 0;
    for (int i = 0; i < s0.width(); i++) {
      if (s0.orientation(i) != 0 && s0.orientation(i) == s1.orientation(i)) {
        moves[m++] = Math.abs(s1.beta(i) - s0.beta(i));
      }
    }
    moves = Arrays.copyOf(moves, m);
    Arrays.sort(moves);
    double mean = m == 0 ? Double.NaN : Arrays.stream(moves).sum() / m;
    double median = m == 0 ? Double.NaN
        : (m % 2 == 1 ? moves[m / 2] : 0.5 * (moves[m / 2 - 1] + moves[m / 2]));

    double[] xs = data.x();
    Arrays.sort(xs);
    double lo = xs[0];
    double hi = xs[xs.length - 1];
    double inHull = 0;
    double near = 0;
    for (int i = 0; i < s1.width(); i++) {
      if (s1.orientation(i) == 0) {
        continue;
      }
      double beta = s1.beta(i);
      if (beta < lo || beta > hi) {
        continue;
      }
      double a = Math.abs(s1.mu(i));
      inHull += a;
      if (distanceToNearest(xs, beta) <= epsilon) {
        near += a;
      }
    }

    double[] grid = hullGrid(data, xs);
    double[] f = SweepLoss.evaluate(trained, grid);
    Interpolant cubic = Interpolant.naturalCubicSpline(data);
    Interpolant linear = Interpolant.linear(data);
    double[] dc = distances(grid, f, cubic);
    double[] dl = distances(grid, f, linear);
    SweepLoss loss = SweepLoss.of(data);
    double kernelChange = JacobianOperator.relativeKernelChange(loss.jacobianOperator(initial),
        loss.jacobianOperator(trained));
    return new OrderParameters(den == 0 ? Double.NaN : Math.sqrt(num / den), mean, median,
        inHull == 0 ? Double.NaN : near / inHull, inHull, Interpolant.linearTotalVariation(data),
        dc[0], dc[1], dl[0], dl[1], kernelChange, epsilon);
  }

  /** A uniform grid of {@link #GRID} points on the hull, merged with the data points. */
  static double[] hullGrid(Dataset data, double[] sortedX) {
    double[] g = Arrays.copyOf(data.hullGrid(GRID), GRID + sortedX.length);
    System.arraycopy(sortedX, 0, g, GRID, sortedX.length);
    Arrays.sort(g);
    return g;
  }

  /** {sup |f - g|, RMS of f - g by the trapezoid rule} over the sorted grid. */
  private static double[] distances(double[] grid, double[] f, Interpolant ref) {
    double sup = 0;
    double integral = 0;
    double prev = Double.NaN;
    for (int k = 0; k < grid.length; k++) {
      double d = f[k] - ref.applyAsDouble(grid[k]);
      sup = Math.max(sup, Math.abs(d));
      if (k > 0) {
        integral += 0.5 * (prev * prev + d * d) * (grid[k] - grid[k - 1]);
      }
      prev = d;
    }
    double len = grid[grid.length - 1] - grid[0];
    return new double[] {sup, len == 0 ? Math.abs(prev) : Math.sqrt(integral / len)};
  }

  private static double distanceToNearest(double[] sorted, double t) {
    int k = Arrays.binarySearch(sorted, t);
    if (k >= 0) {
      return 0.0;
    }
    int ins = -k - 1;
    double d = Double.POSITIVE_INFINITY;
    if (ins < sorted.length) {
      d = sorted[ins] - t;
    }
    if (ins > 0) {
      d = Math.min(d, t - sorted[ins - 1]);
    }
    return d;
  }
}
