package org.knotwork.testing;

import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/** Central finite differences of functions of a flat parameter vector, the tests' reference. */
public final class FiniteDifferences {
  private FiniteDifferences() {}

  /** (f(&theta; + he<sub>k</sub>) &minus; f(&theta; &minus; he<sub>k</sub>))/2h for every k. */
  public static double[] gradient(ToDoubleFunction<double[]> f, double[] theta, double h) {
    double[] out = new double[theta.length];
    for (int k = 0; k < theta.length; k++) {
      out[k] = (f.applyAsDouble(shifted(theta, k, h)) - f.applyAsDouble(shifted(theta, k, -h)))
          / (2 * h);
    }
    return out;
  }

  /**
   * Row k is (g(&theta; + he<sub>k</sub>) &minus; g(&theta; &minus; he<sub>k</sub>))/2h: for a gradient g,
   * the Hessian (up to O(h<sup>2</sup>)).
   */
  public static double[][] jacobian(Function<double[], double[]> g, double[] theta, double h) {
    double[][] out = new double[theta.length][];
    for (int k = 0; k < theta.length; k++) {
      double[] gp = g.apply(shifted(theta, k, h));
      double[] gm = g.apply(shifted(theta, k, -h));
      out[k] = new double[gp.length];
      for (int l = 0; l < gp.length; l++) {
        out[k][l] = (gp[l] - gm[l]) / (2 * h);
      }
    }
    return out;
  }

  private static double[] shifted(double[] theta, int k, double h) {
    double[] p = theta.clone();
    p[k] += h;
    return p;
  }
}
