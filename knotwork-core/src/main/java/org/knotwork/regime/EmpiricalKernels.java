package org.knotwork.regime;

import java.util.function.DoubleBinaryOperator;
import org.knotwork.net.NetworkParams;

/**
 * Empirical kernels of one network as functions of two inputs, for kernel regression at any points
 * (the data's Gram matrices come from {@link org.knotwork.loss.JacobianOperator#tangentKernel()}).
 */
public final class EmpiricalKernels {
  private EmpiricalKernels() {}

  /**
   * The empirical tangent kernel in network coordinates (S17's Jacobian columns):
   * &Theta;(x, x') = 1 + &Sigma;<sub>i</sub> [relu(w<sub>i</sub>x + b<sub>i</sub>) relu(w<sub>i</sub>x' + b<sub>i</sub>) +
   * v<sub>i</sub><sup>2</sup>(xx' + 1) a<sub>i</sub>(x) a<sub>i</sub>(x')], a<sub>i</sub> the activation
   * indicator (relu'(0) = 0).
   */
  public static DoubleBinaryOperator tangent(NetworkParams p) {
    double[] w = p.w();
    double[] b = p.b();
    double[] v = p.v();
    return (x, y) -> {
      double k = 1;
      for (int i = 0; i < w.length; i++) {
        double zx = w[i] * x + b[i];
        double zy = w[i] * y + b[i];
        if (zx > 0 && zy > 0) {
          k += zx * zy + v[i] * v[i] * (x * y + 1);
        }
      }
      return k;
    };
  }

  /**
   * The frozen-knot kernel K(x, x') = 1 + &Sigma;<sub>i</sub> relu(s<sub>i</sub>(x &minus; &beta;<sub>i</sub>))
   * relu(s<sub>i</sub>(x' &minus; &beta;<sub>i</sub>)): the (v, c) block of &Theta; for |w<sub>i</sub>| = 1,
   * the kernel of training only the output layer (notes E8).
   *
   * @param beta knots &beta;<sub>i</sub>
   * @param s orientations s<sub>i</sub> = &plusmn;1
   */
  public static DoubleBinaryOperator frozenKnots(double[] beta, int[] s) {
    if (beta.length != s.length) {
      throw new IllegalArgumentException("beta and s must have the same length, got "
          + beta.length + " and " + s.length);
    }
    double[] knots = beta.clone();
    int[] sign = s.clone();
    return (x, y) -> {
      double k = 1;
      for (int i = 0; i < knots.length; i++) {
        k += Math.max(0, sign[i] * (x - knots[i])) * Math.max(0, sign[i] * (y - knots[i]));
      }
      return k;
    };
  }
}
