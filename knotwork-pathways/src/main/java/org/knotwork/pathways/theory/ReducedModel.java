package org.knotwork.pathways.theory;

import java.util.List;
import org.hipparchus.analysis.UnivariateFunction;

/**
 * The reduced multi-pathway model of Shi et al. (notes &sect;2.3, the ODE integrated by the
 * authors' {@code Figure3.py}), for one singular mode with target S and any number of pathways:
 *
 * <pre>
 *   K_j = p_j (p_j^2 + c)^((D_j - 1)/2),   dp_j/dt = (p_j^2 + c)^((D_j - 1)/2) (S - sum_k K_k).
 * </pre>
 *
 * <p>It is exact for SVD-aligned linear pathways whose first layer carries p<sub>j</sub> and whose
 * other D<sub>j</sub>&minus;1 layers carry q<sub>j</sub> = (p<sub>j</sub><sup>2</sup> + c)<sup>1/2</sup>
 * (the imbalance q<sup>2</sup> &minus; p<sup>2</sup> = c is conserved), with S the singular value, under
 * &frac12;-loss gradient flow (time = lr &times; steps). c = 1 is the authors' "large init" case,
 * c = 0 the balanced case K = p<sup>D</sup>. Pathways may have different depths (the unequal-depth
 * extension).
 *
 * <p>Conserved quantities (notes &sect;2.4): F<sub>D<sub>j</sub></sub>(p<sub>j</sub>) &minus;
 * F<sub>D<sub>k</sub></sub>(p<sub>k</sub>) for every pair, with F from {@link ReducedInvariant}, because
 * dF<sub>D<sub>j</sub></sub>(p<sub>j</sub>)/dt = S &minus; &sum;K for every j. The end state is therefore
 * F<sub>D<sub>j</sub></sub>(p<sub>j</sub>) = F<sub>D<sub>j</sub></sub>(p<sub>j,0</sub>) + &tau; with the
 * single &tau; solving &sum;<sub>j</sub> K<sub>j</sub> = S, a one-dimensional monotone root-finding
 * problem ({@link #endState(double[])}).
 *
 * @param depths D<sub>j</sub> &ge; 1 per pathway (at least one pathway)
 * @param c imbalance, finite and &ge; 0
 * @param target S, finite (positive when c = 0)
 */
public record ReducedModel(List<Integer> depths, double c, double target) {
  /** Validates the fields. */
  public ReducedModel {
    if (depths == null || depths.isEmpty()) {
      throw new IllegalArgumentException("depths must list at least one pathway");
    }
    for (int j = 0; j < depths.size(); j++) {
      if (depths.get(j) == null || depths.get(j) < 1) {
        throw new IllegalArgumentException(
            "depths[" + j + "] must be an integer >= 1, got " + depths.get(j));
      }
    }
    if (!(c >= 0) || !Double.isFinite(c)) {
      throw new IllegalArgumentException("c must be finite and >= 0, got " + c);
    }
    if (!Double.isFinite(target) || (c == 0 && !(target > 0))) {
      throw new IllegalArgumentException("target must be finite (and > 0 when c = 0), got "
          + target);
    }
    depths = List.copyOf(depths);
  }

  /** Two pathways of equal depth, as in {@code Figure3.py}. */
  public static ReducedModel twoPathways(int depth, double c, double target) {
    return new ReducedModel(List.of(depth, depth), c, target);
  }

  /** Numerical integration scheme. */
  public enum Scheme {
    /** Explicit Euler, as {@code Figure3.py} (dt = 0.001). */
    EULER,
    /** Classical fourth-order Runge-Kutta. */
    RK4
  }

  /**
   * End state of {@link #endState(double[])}. Arrays exposed as stored; treat as read-only.
   *
   * @param p final p<sub>j</sub>
   * @param k final K<sub>j</sub> (summing to S)
   * @param tau &int; (S &minus; &sum;K) dt, the common increase of every F<sub>D<sub>j</sub></sub>(p<sub>j</sub>)
   */
  public record EndState(double[] p, double[] k, double tau) { }

  /**
   * A recorded trajectory. Arrays exposed as stored; treat as read-only.
   *
   * @param times recorded times
   * @param p p[t][j]
   * @param k k[t][j] = K<sub>j</sub>(p[t][j])
   */
  public record Trajectory(double[] times, double[][] p, double[][] k) { }

  /** Number of pathways. */
  public int pathways() {
    return depths.size();
  }

  /** K<sub>j</sub>(p) = p (p<sup>2</sup> + c)<sup>(D<sub>j</sub>&minus;1)/2</sup>. */
  public double k(int j, double p) {
    return p * Math.pow(p * p + c, (depths.get(j) - 1) / 2.0);
  }

  /** dK<sub>j</sub>/dp = q<sup>D&minus;1</sup> + (D&minus;1) p<sup>2</sup> q<sup>D&minus;3</sup>, q = (p<sup>2</sup> + c)<sup>1/2</sup>. */
  public double dkdp(int j, double p) {
    int d = depths.get(j);
    double q2 = p * p + c;
    if (d == 1) {
      return 1;
    }
    return Math.pow(q2, (d - 1) / 2.0) + (d - 1) * p * p * Math.pow(q2, (d - 3) / 2.0);
  }

  /** The shared error S &minus; &sum;<sub>j</sub> K<sub>j</sub>(p<sub>j</sub>). */
  public double error(double[] p) {
    checkState(p);
    double e = target;
    for (int j = 0; j < p.length; j++) {
      e -= k(j, p[j]);
    }
    return e;
  }

  /** dp<sub>j</sub>/dt written into dp. */
  public void derivatives(double[] p, double[] dp) {
    double e = error(p);
    for (int j = 0; j < p.length; j++) {
      dp[j] = Math.pow(p[j] * p[j] + c, (depths.get(j) - 1) / 2.0) * e;
    }
  }

  /** The conserved function F<sub>D<sub>j</sub></sub>(p) of pathway j. */
  public double invariant(int j, double p) {
    return ReducedInvariant.f(depths.get(j), c, p);
  }

  /**
   * dK<sub>j</sub>/dt at a point of the K plane (the vector field drawn by {@code Figure3.py}):
   * K'(p<sub>j</sub>) dp<sub>j</sub>/dt with p<sub>j</sub> = K<sub>j</sub><sup>&minus;1</sup>.
   *
   * @param kValues one K per pathway (positive when c = 0)
   */
  public double[] velocityInK(double[] kValues) {
    checkState(kValues);
    double[] p = new double[kValues.length];
    for (int j = 0; j < p.length; j++) {
      p[j] = pOfK(j, kValues[j]);
    }
    double[] dp = new double[p.length];
    derivatives(p, dp);
    double[] out = new double[p.length];
    for (int j = 0; j < p.length; j++) {
      out[j] = dkdp(j, p[j]) * dp[j];
    }
    return out;
  }

  /** p with K<sub>j</sub>(p) = k (K is increasing in p). */
  public double pOfK(int j, double kValue) {
    if (!Double.isFinite(kValue) || (c == 0 && depths.get(j) > 1 && !(kValue > 0))) {
      throw new IllegalArgumentException("k must be finite (and > 0 when c = 0), got " + kValue);
    }
    if (depths.get(j) == 1) {
      return kValue;
    }
    if (c == 0) {
      return Math.pow(kValue, 1.0 / depths.get(j));
    }
    return ReducedInvariant.rootOfIncreasing(p -> k(j, p) - kValue);
  }

  /**
   * Integrates from p<sub>0</sub>, recording every {@code recordEvery} steps and at the end.
   *
   * @param dt time step, positive
   * @param steps number of steps, &ge; 0
   */
  public Trajectory integrate(double[] p0, Scheme scheme, double dt, int steps, int recordEvery) {
    checkState(p0);
    if (scheme == null) {
      throw new IllegalArgumentException("scheme is missing (EULER or RK4)");
    }
    if (!(dt > 0) || !Double.isFinite(dt)) {
      throw new IllegalArgumentException("dt must be positive and finite, got " + dt);
    }
    if (steps < 0) {
      throw new IllegalArgumentException("steps must be >= 0, got " + steps);
    }
    if (recordEvery < 1) {
      throw new IllegalArgumentException("recordEvery must be >= 1, got " + recordEvery);
    }
    int n = p0.length;
    int records = steps / recordEvery + 1 + (steps % recordEvery == 0 ? 0 : 1);
    double[] times = new double[records];
    double[][] ps = new double[records][];
    double[][] ks = new double[records][];
    double[] p = p0.clone();
    double[] k1 = new double[n];
    double[] k2 = new double[n];
    double[] k3 = new double[n];
    double[] k4 = new double[n];
    double[] tmp = new double[n];
    int r = 0;
    for (int s = 0; s <= steps; s++) {
      if (s % recordEvery == 0 || s == steps) {
        times[r] = s * dt;
        ps[r] = p.clone();
        ks[r] = kOf(p);
        r++;
      }
      if (s == steps) {
        break;
      }
      derivatives(p, k1);
      if (scheme == Scheme.EULER) {
        for (int j = 0; j < n; j++) {
          p[j] += dt * k1[j];
        }
        continue;
      }
      for (int j = 0; j < n; j++) {
        tmp[j] = p[j] + 0.5 * dt * k1[j];
      }
      derivatives(tmp, k2);
      for (int j = 0; j < n; j++) {
        tmp[j] = p[j] + 0.5 * dt * k2[j];
      }
      derivatives(tmp, k3);
      for (int j = 0; j < n; j++) {
        tmp[j] = p[j] + dt * k3[j];
      }
      derivatives(tmp, k4);
      for (int j = 0; j < n; j++) {
        p[j] += dt / 6 * (k1[j] + 2 * k2[j] + 2 * k3[j] + k4[j]);
      }
    }
    return new Trajectory(times, ps, ks);
  }

  /** K<sub>j</sub>(p<sub>j</sub>) for every pathway. */
  public double[] kOf(double[] p) {
    checkState(p);
    double[] out = new double[p.length];
    for (int j = 0; j < p.length; j++) {
      out[j] = k(j, p[j]);
    }
    return out;
  }

  /**
   * The exact end state of gradient flow from p<sub>0</sub>: the unique point with &sum; K = S that
   * carries the same invariants (notes &sect;2.4).
   *
   * @param p0 initial p per pathway (positive when c = 0 and the depth is &ge; 2)
   */
  public EndState endState(double[] p0) {
    checkState(p0);
    int n = p0.length;
    double[] f0 = new double[n];
    double tauLo = Double.NEGATIVE_INFINITY;
    double tauHi = Double.POSITIVE_INFINITY;
    for (int j = 0; j < n; j++) {
      int d = depths.get(j);
      f0[j] = ReducedInvariant.f(d, c, p0[j]);
      tauLo = Math.max(tauLo, ReducedInvariant.lower(d, c) - f0[j]);
      tauHi = Math.min(tauHi, ReducedInvariant.upper(d, c) - f0[j]);
    }
    UnivariateFunction g = tau -> {
      double sum = -target;
      for (int j = 0; j < n; j++) {
        sum += k(j, ReducedInvariant.inverse(depths.get(j), c, f0[j] + tau));
      }
      return sum;
    };
    double g0 = g.value(0);
    double tau;
    if (g0 == 0) {
      tau = 0;
    } else if (g0 < 0) {
      double b = step(tauHi, 1);
      int i = 1;
      while (g.value(b) < 0) {
        b = step(tauHi, ++i);
      }
      tau = ReducedInvariant.solve(g, 0, b);
    } else {
      double a = -step(-tauLo, 1);
      int i = 1;
      while (g.value(a) > 0) {
        a = -step(-tauLo, ++i);
      }
      tau = ReducedInvariant.solve(g, a, 0);
    }
    double[] p = new double[n];
    for (int j = 0; j < n; j++) {
      p[j] = ReducedInvariant.inverse(depths.get(j), c, f0[j] + tau);
    }
    return new EndState(p, kOf(p), tau);
  }

  /** The i-th trial point towards a bound: 2^(i-1) if unbounded, else bound (1 - 2^-i). */
  private static double step(double bound, int i) {
    if (i > 1100) {
      throw new ArithmeticException("end state could not be bracketed");
    }
    if (Double.isInfinite(bound)) {
      return Math.scalb(1.0, i - 1);
    }
    return bound * (1 - Math.scalb(1.0, -i));
  }

  private void checkState(double[] p) {
    if (p == null || p.length != depths.size()) {
      throw new IllegalArgumentException("state must have one entry per pathway ("
          + depths.size() + "), got " + (p == null ? "none" : p.length));
    }
    for (int j = 0; j < p.length; j++) {
      if (!Double.isFinite(p[j])) {
        throw new IllegalArgumentException("state[" + j + "] must be finite, got " + p[j]);
      }
    }
  }
}
