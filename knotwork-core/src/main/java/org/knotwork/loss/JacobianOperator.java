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
    KernelSums k = new KernelSums(a, n);
    double[][] kernel = new double[n][n];
    for (int s = 0; s < n; s++) {
      for (int m = s; m < n; m++) {
        double v = k.entry(pts.xc, s, m);
        kernel[pts.order[s]][pts.order[m]] = v;
        kernel[pts.order[m]][pts.order[s]] = v;
      }
    }
    return kernel;
  }

  /**
   * The relative change &Vert;K<sub>to</sub> &minus; K<sub>from</sub>&Vert;<sub>F</sub> /
   * &Vert;K<sub>from</sub>&Vert;<sub>F</sub> of the tangent kernel ({@link #tangentKernel}) between two
   * parameter points on the same data: the kernel-drift order parameter of the regime experiment
   * (small in the kernel regime of S24). Streams the entries of both kernels in O(N<sup>2</sup> + H) time and O(N + H) memory, never
   * holding an N&times;N array (at N = 10<sup>4</sup> the two kernels would take 1.6 GB).
   *
   * @throws IllegalArgumentException if the operators belong to different data sets
   */
  public static double relativeKernelChange(JacobianOperator from, JacobianOperator to) {
    if (from.pts != to.pts) {
      throw new IllegalArgumentException("both operators must come from the same SweepLoss");
    }
    int n = from.pts.n;
    double[] xc = from.pts.xc;
    KernelSums k0 = new KernelSums(from.a, n);
    KernelSums k1 = new KernelSums(to.a, n);
    double diff = 0;
    double norm = 0;
    for (int s = 0; s < n; s++) {
      // off-diagonal entries count twice (the kernel is symmetric); the diagonal once
      double rowDiff = 0;
      double rowNorm = 0;
      for (int m = s + 1; m < n; m++) {
        double v0 = k0.entry(xc, s, m);
        double d = k1.entry(xc, s, m) - v0;
        rowDiff += d * d;
        rowNorm += v0 * v0;
      }
      double v0 = k0.entry(xc, s, s);
      double d = k1.entry(xc, s, s) - v0;
      diff += 2 * rowDiff + d * d;
      norm += 2 * rowNorm + v0 * v0;
    }
    return Math.sqrt(diff / norm);
  }

  /**
   * Cumulative sums over the neurons' cuts of A, B, C (see {@link #tangentKernel}): right-facing
   * neurons cumulative over cut &le; n, left-facing ones over cut &gt; m.
   */
  private static final class KernelSums {
    private final double[] ra;
    private final double[] rb;
    private final double[] rc;
    private final double[] la;
    private final double[] lb;
    private final double[] lc;

    KernelSums(ActiveIntervals a, int n) {
      ra = new double[n + 1];
      rb = new double[n + 1];
      rc = new double[n + 1];
      la = new double[n + 1];
      lb = new double[n + 1];
      lc = new double[n + 1];
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
        int k = a.cut[i];
        if (a.right[i]) {
          ra[k] += sa;
          rb[k] += sb;
          rc[k] += sc;
        } else {
          la[k] += sa;
          lb[k] += sb;
          lc[k] += sc;
        }
      }
      for (int k = 1; k <= n; k++) {
        ra[k] += ra[k - 1];
        rb[k] += rb[k - 1];
        rc[k] += rc[k - 1];
      }
      for (int k = n - 1; k >= 0; k--) {
        la[k] += la[k + 1];
        lb[k] += lb[k + 1];
        lc[k] += lc[k + 1];
      }
    }

    /** K at sorted indices s &le; m (x centred). */
    double entry(double[] xc, int s, int m) {
      double xs = xc[s];
      double xm = xc[m];
      return 1.0 + (ra[s] + la[m + 1]) * xs * xm + (rb[s] + lb[m + 1]) * (xs + xm)
          + (rc[s] + lc[m + 1]);
    }
  }
}
