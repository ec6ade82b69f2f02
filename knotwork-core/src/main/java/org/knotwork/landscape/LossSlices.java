package org.knotwork.landscape;

import org.knotwork.curvature.Spectrum;
import org.knotwork.loss.ShallowObjective;
import org.knotwork.loss.SweepLoss;
import org.knotwork.net.Coordinates;
import org.knotwork.net.NetworkParams;
import org.knotwork.net.SplineParams;

/**
 * One- and two-dimensional slices of the loss surface along meaningful directions, as loss-landscape
 * tools draw them (after Li et al. 2018, "Visualizing the loss landscape of neural nets"): Hessian
 * eigenvectors, single-knot moves (shift &beta;<sub>i</sub>, change
 * &mu;<sub>i</sub>), the rescaling orbit, the segment between two points, and arbitrary lines and
 * planes. Directions are used as given (no filter normalisation: in spline coordinates the rescaling
 * symmetry it compensates for is quotiented out). Each evaluation costs O(N + H log N).
 */
public final class LossSlices {
  private LossSlices() {}

  /** L(&theta;<sub>0</sub> + t&middot;d) for each t. */
  public static Slice1D line(ShallowObjective objective, double[] origin, double[] direction,
      double[] t) {
    checkVector("origin", origin, objective.dimension());
    checkVector("direction", direction, objective.dimension());
    double[] loss = new double[t.length];
    double[] theta = new double[origin.length];
    for (int k = 0; k < t.length; k++) {
      for (int i = 0; i < theta.length; i++) {
        theta[i] = origin[i] + t[k] * direction[i];
      }
      loss[k] = lossAt(objective, theta);
    }
    return new Slice1D(t, loss);
  }

  /** L(&theta;<sub>0</sub> + s&middot;d<sub>1</sub> + t&middot;d<sub>2</sub>) on the grid s &times; t. */
  public static Slice2D plane(ShallowObjective objective, double[] origin, double[] d1, double[] d2,
      double[] s, double[] t) {
    checkVector("origin", origin, objective.dimension());
    checkVector("d1", d1, objective.dimension());
    checkVector("d2", d2, objective.dimension());
    double[][] loss = new double[s.length][t.length];
    double[] theta = new double[origin.length];
    for (int a = 0; a < s.length; a++) {
      for (int b = 0; b < t.length; b++) {
        for (int i = 0; i < theta.length; i++) {
          theta[i] = origin[i] + s[a] * d1[i] + t[b] * d2[i];
        }
        loss[a][b] = lossAt(objective, theta);
      }
    }
    return new Slice2D(s, t, loss);
  }

  /** Along the unit eigenvector k (ascending order) of {@code spectrum}, the Hessian at the origin. */
  public static Slice1D eigenvector(ShallowObjective objective, double[] origin, Spectrum spectrum,
      int k, double[] t) {
    return line(objective, origin, spectrum.eigenvector(k), t);
  }

  /** On the plane of unit eigenvectors k1 and k2 of {@code spectrum}. */
  public static Slice2D eigenPlane(ShallowObjective objective, double[] origin, Spectrum spectrum,
      int k1, int k2, double[] s, double[] t) {
    return plane(objective, origin, spectrum.eigenvector(k1), spectrum.eigenvector(k2), s, t);
  }

  /**
   * The segment (1 &minus; t)&theta;<sub>A</sub> + t&theta;<sub>B</sub> (t = 0 at A, 1 at B; values outside
   * [0, 1] extrapolate).
   */
  public static Slice1D segment(ShallowObjective objective, double[] a, double[] b, double[] t) {
    checkVector("a", a, objective.dimension());
    checkVector("b", b, objective.dimension());
    double[] d = new double[a.length];
    for (int i = 0; i < d.length; i++) {
      d[i] = b[i] - a[i];
    }
    return line(objective, a, d, t);
  }

  /** Moves knot i: L at &beta;<sub>i</sub> + t, everything else fixed. */
  public static Slice1D knotShift(SweepLoss loss, SplineParams p, int neuron, double[] t) {
    ShallowObjective obj = ShallowObjective.spline(loss, p.orientation());
    return line(obj, p.toVector(), unit(obj.dimension(), knotIndex(p, neuron)), t);
  }

  /** Changes delta-slope i: L at &mu;<sub>i</sub> + t, everything else fixed. */
  public static Slice1D deltaSlope(SweepLoss loss, SplineParams p, int neuron, double[] t) {
    ShallowObjective obj = ShallowObjective.spline(loss, p.orientation());
    return line(obj, p.toVector(), unit(obj.dimension(), p.width() + knotIndex(p, neuron)), t);
  }

  /** Both single-knot moves at once: L at (&beta;<sub>i</sub> + s, &mu;<sub>i</sub> + t). */
  public static Slice2D knotPlane(SweepLoss loss, SplineParams p, int neuron, double[] s,
      double[] t) {
    ShallowObjective obj = ShallowObjective.spline(loss, p.orientation());
    int i = knotIndex(p, neuron);
    return plane(obj, p.toVector(), unit(obj.dimension(), i),
        unit(obj.dimension(), p.width() + i), s, t);
  }

  /**
   * The rescaling orbit (a w<sub>i</sub>, a b<sub>i</sub>, v<sub>i</sub>/a) with a = e<sup>&tau;</sup>, for one
   * neuron or (neuron = &minus;1) all neurons at once. f is the same function for every a &gt; 0, so the
   * slice is flat up to rounding.
   *
   * @param logScale the values &tau; = ln a
   */
  public static Slice1D rescalingOrbit(SweepLoss loss, NetworkParams p, int neuron,
      double[] logScale) {
    int h = p.width();
    if (neuron < -1 || neuron >= h) {
      throw new IllegalArgumentException("neuron must be in [-1, " + (h - 1) + "], got " + neuron);
    }
    double[] out = new double[logScale.length];
    for (int k = 0; k < logScale.length; k++) {
      double[] a = new double[h];
      java.util.Arrays.fill(a, 1.0);
      double scale = Math.exp(logScale[k]);
      if (neuron == -1) {
        java.util.Arrays.fill(a, scale);
      } else {
        a[neuron] = scale;
      }
      out[k] = loss.loss(p.rescale(a));
    }
    return new Slice1D(logScale, out);
  }

  /** An evenly spaced grid of {@code points} &ge; 2 values from lo to hi inclusive. */
  public static double[] grid(double lo, double hi, int points) {
    if (points < 2 || !(hi > lo) || !Double.isFinite(lo) || !Double.isFinite(hi)) {
      throw new IllegalArgumentException("a grid needs points >= 2 and finite hi > lo, got "
          + points + " points on [" + lo + ", " + hi + "]");
    }
    double[] g = new double[points];
    for (int i = 0; i < points; i++) {
      g[i] = lo + (hi - lo) * i / (points - 1);
    }
    return g;
  }

  static double lossAt(ShallowObjective objective, double[] theta) {
    SweepLoss loss = objective.loss();
    return objective.coordinates() == Coordinates.NETWORK
        ? loss.loss(NetworkParams.fromVector(theta))
        : loss.loss(objective.spline(theta));
  }

  private static int knotIndex(SplineParams p, int neuron) {
    if (neuron < 0 || neuron >= p.width()) {
      throw new IllegalArgumentException(
          "neuron must be in [0, " + (p.width() - 1) + "], got " + neuron);
    }
    if (p.orientation(neuron) == 0) {
      throw new IllegalArgumentException("neuron " + neuron + " has no knot (w = 0)");
    }
    return neuron;
  }

  private static double[] unit(int dim, int index) {
    double[] e = new double[dim];
    e[index] = 1.0;
    return e;
  }

  private static void checkVector(String name, double[] v, int dim) {
    if (v.length != dim) {
      throw new IllegalArgumentException(name + " must have length " + dim + ", got " + v.length);
    }
  }
}
