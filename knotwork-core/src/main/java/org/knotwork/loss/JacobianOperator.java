package org.knotwork.loss;

/**
 * The Jacobian J<sub>n,k</sub> = &part;f(x<sub>n</sub>)/&part;&theta;<sub>k</sub> of the network outputs on
 * the data at one parameter point, as a matrix-free operator (columns in S17 for network coordinates,
 * S18 for spline coordinates). J is piecewise affine in x: column k of neuron i is
 * (p&middot;x + q) on the neuron's active interval and 0 elsewhere, and the column of c is 1.
 *
 * <p>Construction costs O(H log N); {@link #apply} and {@link #applyTranspose} cost O(N + H) each and
 * never build an N&times;H array. {@link #tangentKernel} assembles the N&times;N Gram J J<sup>T</sup>
 * (the empirical tangent kernel) in O(N<sup>2</sup> + H), again without an N&times;H array. Data-side
 * vectors are in the data set's order. Immutable and thread-safe.
 */
public final class JacobianOperator {
  private final ActiveIntervals a;
  private final SortedPoints pts;

  JacobianOperator(SweepLoss loss, ActiveIntervals a) {
    this.a = a;
    this.pts = loss.points();
  }

  /** Number of parameters P (3H+1 or 2H+1): the number of columns. */
  public int dimension() {
    return a.dimension();
  }

  /** Number of data points N: the number of rows. */
  public int size() {
    return pts.n;
  }

  /**
   * Returns J&middot;u, the directional derivative of the outputs f(x<sub>n</sub>) along u, in the data
   * set's order.
   */
  public double[] apply(double[] u) {
    if (u.length != dimension()) {
      throw new IllegalArgumentException("u must have length " + dimension() + ", got " + u.length);
    }
    int h = a.h;
    double[] alpha = new double[h];
    double[] gamma = new double[h];
    for (int b = 0; b < a.blocks; b++) {
      for (int i = 0; i < h; i++) {
        double ui = u[b * h + i];
        alpha[i] += ui * a.p[b][i];
        gamma[i] += ui * a.q[b][i];
      }
    }
    double[] ju = new double[pts.n];
    new AffineBuckets(pts.n).sum(a, alpha, gamma, u[a.blocks * h], pts, ju);
    return pts.unsorted(ju);
  }

  /** Returns J<sup>T</sup>z for z indexed like the data set. */
  public double[] applyTranspose(double[] z) {
    if (z.length != size()) {
      throw new IllegalArgumentException("z must have length " + size() + ", got " + z.length);
    }
    double[] out = new double[dimension()];
    SweepLoss.jacobianTranspose(a, IntervalSums.of(a, pts.sorted(z), pts), 1.0, out);
    return out;
  }

  /**
   * The empirical tangent kernel K = J J<sup>T</sup> (N&times;N, data order), without the loss weight.
   *
   * <p>For sorted indices n &le; m, K<sub>nm</sub> = 1 + &Sigma;<sub>i active at both</sub>
   * (A<sub>i</sub>x<sub>n</sub>x<sub>m</sub> + B<sub>i</sub>(x<sub>n</sub> + x<sub>m</sub>) + C<sub>i</sub>),
   * with A = &Sigma;<sub>b</sub>p<sub>b</sub><sup>2</sup>, B = &Sigma;<sub>b</sub>p<sub>b</sub>q<sub>b</sub>,
   * C = &Sigma;<sub>b</sub>q<sub>b</sub><sup>2</sup> over the neuron's parameter blocks (x centred). A
   * right-facing neuron is active at both iff its cut is &le; n, a left-facing one iff its cut is
   * &gt; m, so cumulative sums of A, B, C over the cuts give every entry in O(1): O(N<sup>2</sup> + H) in
   * all.
   */
  public double[][] tangentKernel() {
    int n = pts.n;
    double[][] rc = new double[3][n + 1];
    double[][] lc = new double[3][n + 1];
    for (int i = 0; i < a.h; i++) {
      double sa = 0;
      double sb = 0;
      double sc = 0;
      for (int b = 0; b < a.blocks; b++) {
        double p = a.p[b][i];
        double q = a.q[b][i];
        sa += p * p;
        sb += p * q;
        sc += q * q;
      }
      double[][] acc = a.right[i] ? rc : lc;
      int k = a.cut[i];
      acc[0][k] += sa;
      acc[1][k] += sb;
      acc[2][k] += sc;
    }
    // right-facing: cumulative over cut <= n; left-facing: cumulative over cut > m
    for (int t = 0; t < 3; t++) {
      for (int k = 1; k <= n; k++) {
        rc[t][k] += rc[t][k - 1];
      }
      for (int k = n - 1; k >= 0; k--) {
        lc[t][k] += lc[t][k + 1];
      }
    }
    double[][] kernel = new double[n][n];
    for (int s = 0; s < n; s++) {
      double xs = pts.xc[s];
      double ra = rc[0][s];
      double rb = rc[1][s];
      double rcc = rc[2][s];
      for (int m = s; m < n; m++) {
        double xm = pts.xc[m];
        double la = lc[0][m + 1];
        double lb = lc[1][m + 1];
        double lcc = lc[2][m + 1];
        double v = 1.0 + (ra + la) * xs * xm + (rb + lb) * (xs + xm) + (rcc + lcc);
        kernel[pts.order[s]][pts.order[m]] = v;
        kernel[pts.order[m]][pts.order[s]] = v;
      }
    }
    return kernel;
  }
}
