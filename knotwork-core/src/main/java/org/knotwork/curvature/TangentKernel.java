package org.knotwork.curvature;

import org.knotwork.common.linalg.SymmetricEigen;
import org.knotwork.loss.JacobianOperator;
import org.knotwork.common.random.Rng;

/**
 * The largest eigenvalue of the (weighted) empirical tangent kernel w&middot;J J<sup>T</sup>, the N&times;N
 * Gram matrix of the per-point parameter gradients; it equals the largest eigenvalue of the
 * Gauss-Newton part w&middot;J<sup>T</sup>J of the Hessian, so 2/&lambda;<sub>max</sub> is the stability
 * limit of gradient descent on the linearised model. Experiments state step sizes in its units.
 */
public final class TangentKernel {
  /** Up to this many data points the kernel is formed and diagonalised densely. */
  public static final int DENSE_LIMIT = 2000;

  private TangentKernel() {}

  /**
   * &lambda;<sub>max</sub>(w&middot;J J<sup>T</sup>): dense for N &le; {@value #DENSE_LIMIT}, otherwise by
   * Lanczos on the matrix-free kernel started from the stream "ntk" of {@code seed}.
   *
   * @param jacobian J at the point, in the coordinates of interest
   * @param weight w, the loss normalisation's weight (1/N for the mean loss, 1 for the sum)
   * @param seed seed of the Lanczos start vector (unused on the dense path)
   */
  public static double largestEigenvalue(JacobianOperator jacobian, double weight, long seed) {
    double top;
    if (jacobian.size() <= DENSE_LIMIT) {
      double[] l = SymmetricEigen.values(jacobian.tangentKernel()).eigenvalues();
      top = l[l.length - 1];
    } else {
      LanczosResult r = Lanczos.extremal(SymmetricOperator.tangentKernel(jacobian), 1,
          Lanczos.End.LARGEST, Lanczos.Options.defaults(), Rng.of(seed, "ntk"));
      top = r.values()[0];
    }
    return weight * top;
  }
}
