package org.knotwork.multivariate.net;

import org.knotwork.common.random.Rng;

/** Random networks, data and finite differences shared by the tests of this module. */
public final class RandomNets {
  private RandomNets() {}

  /**
   * A random net of width h in dimension d; each neuron is a null neuron with probability pNull.
   */
  public static ShallowNet shallow(Rng rng, int h, int d, double pNull) {
    double[][] w = new double[h][d];
    double[] b = new double[h];
    double[] v = new double[h];
    for (int i = 0; i < h; i++) {
      boolean nul = rng.uniform() < pNull;
      for (int k = 0; k < d; k++) {
        w[i][k] = nul ? 0.0 : rng.gaussian() * Math.exp(rng.uniform(-1, 1));
      }
      b[i] = rng.gaussian();
      v[i] = rng.gaussian();
    }
    return new ShallowNet(w, b, v, rng.gaussian());
  }

  /** A uniform point in [&minus;r, r]<sup>d</sup>. */
  public static double[] point(Rng rng, int d, double r) {
    double[] x = new double[d];
    for (int k = 0; k < d; k++) {
      x[k] = rng.uniform(-r, r);
    }
    return x;
  }

  /** Distance of x from the nearest hyperplane of the net. */
  public static double nearestHyperplane(HyperplaneNet net, double[] x) {
    double best = Double.POSITIVE_INFINITY;
    for (int i = 0; i < net.width(); i++) {
      if (!net.isNull(i)) {
        best = Math.min(best, Math.abs(net.distance(i, x)));
      }
    }
    return best;
  }

  /** |c| + &Sigma;|v<sub>i</sub>|(‖w<sub>i</sub>‖‖x‖ + |b<sub>i</sub>|): a scale for f(x). */
  public static double scale(ShallowNet net, double[] x) {
    double nx = Math.sqrt(dot(x, x));
    double s = Math.abs(net.c());
    for (int i = 0; i < net.width(); i++) {
      double[] w = net.w(i);
      s += Math.abs(net.v(i)) * (Math.sqrt(dot(w, w)) * nx + Math.abs(net.b(i)));
    }
    return s;
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int k = 0; k < a.length; k++) {
      s += a[k] * b[k];
    }
    return s;
  }

  /** max<sub>k</sub> |a<sub>k</sub> &minus; b<sub>k</sub>|. */
  public static double maxDiff(double[] a, double[] b) {
    double m = 0;
    for (int k = 0; k < a.length; k++) {
      m = Math.max(m, Math.abs(a[k] - b[k]));
    }
    return m;
  }

  /** max<sub>k</sub> |a<sub>k</sub>|. */
  public static double maxAbs(double[] a) {
    double m = 0;
    for (double x : a) {
      m = Math.max(m, Math.abs(x));
    }
    return m;
  }
}
