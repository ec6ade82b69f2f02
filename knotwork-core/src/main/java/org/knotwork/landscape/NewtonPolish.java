package org.knotwork.landscape;

import org.knotwork.common.math.Vectors;
import org.knotwork.common.linalg.SymmetricEigen;
import org.knotwork.loss.ShallowObjective;
import org.knotwork.loss.SweepLoss;
import org.knotwork.net.NetworkParams;
import org.knotwork.net.SplineParams;

/**
 * The atlas's Newton polish in spline coordinates, which converges to the critical point a
 * descent run was approaching (descent itself is {@link org.knotwork.train.Trainer}'s).
 */
final class NewtonPolish {
  private NewtonPolish() {}

  /**
   * Newton's method on &nabla;L = 0 in spline coordinates with the orientations of {@code p} fixed:
   * &delta; = &minus;H<sup>+</sup>g with the pseudo-inverse over eigenvalues above 10<sup>&minus;10</sup> of the
   * largest, halving the step until &Vert;&nabla;L&Vert; decreases. It is not a descent method, so it
   * converges (quadratically, where H is non-singular off its flat directions) to the nearby critical
   * point of whatever type, saddles included. Stops when no step reduces the gradient any more.
   * Coordinates marked {@code frozen} (knots pinned on data points) are held fixed and left out of
   * the gradient norm.
   */
  static SplineParams newtonPolish(SweepLoss loss, SplineParams p, boolean[] frozen,
      int maxIterations) {
    int[] s = p.orientation();
    ShallowObjective obj = ShallowObjective.spline(loss, s);
    double[] theta = p.toVector();
    int dim = theta.length;
    int[] free = java.util.stream.IntStream.range(0, dim).filter(i -> !frozen[i]).toArray();
    int m = free.length;
    double[] g = new double[dim];
    obj.valueAndGradient(theta, g);
    double gn = freeNorm(g, free);
    for (int it = 0; it < maxIterations && gn > 0; it++) {
      double[][] full = obj.hessian(theta);
      double[][] sub = new double[m][m];
      for (int a = 0; a < m; a++) {
        for (int b = 0; b < m; b++) {
          sub[a][b] = full[free[a]][free[b]];
        }
      }
      double[] gf = new double[m];
      for (int a = 0; a < m; a++) {
        gf[a] = g[free[a]];
      }
      SymmetricEigen e = SymmetricEigen.full(sub);
      double[] lam = e.eigenvalues();
      double[][] v = e.eigenvectors();
      double cut = 1e-10 * Math.max(Math.abs(lam[0]), Math.abs(lam[m - 1]));
      double[] delta = new double[dim];
      for (int k = 0; k < m; k++) {
        if (Math.abs(lam[k]) > cut) {
          double c = -Vectors.dot(v[k], gf) / lam[k];
          for (int a = 0; a < m; a++) {
            delta[free[a]] += c * v[k][a];
          }
        }
      }
      boolean improved = false;
      double[] trial = new double[dim];
      double[] gt = new double[dim];
      for (double step = 1.0; step >= 1.0 / 1024; step /= 2) {
        for (int i = 0; i < dim; i++) {
          trial[i] = theta[i] + step * delta[i];
        }
        obj.valueAndGradient(trial, gt);
        double tn = freeNorm(gt, free);
        if (tn < gn) {
          theta = trial.clone();
          System.arraycopy(gt, 0, g, 0, dim);
          gn = tn;
          improved = true;
          break;
        }
      }
      if (!improved) {
        break;
      }
    }
    return SplineParams.fromVector(theta, s);
  }

  /** The network with the spline coordinates of {@code q} and the first-layer magnitudes of {@code like}. */
  static NetworkParams withScalesOf(SplineParams q, NetworkParams like) {
    double[] absW = new double[q.width()];
    for (int i = 0; i < absW.length; i++) {
      absW[i] = like.w(i) == 0 ? 1.0 : Math.abs(like.w(i));
    }
    return q.toNetwork(absW);
  }

  private static double freeNorm(double[] g, int[] free) {
    double s = 0;
    for (int i : free) {
      s += g[i] * g[i];
    }
    return Math.sqrt(s);
  }


}
