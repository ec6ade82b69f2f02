package org.knotwork.loss;

/**
 * The loss and gradient (S7) of a network-coordinate vector in three sweeps over the sorted points
 * and two over the neurons, for {@link LossWorkspace}: the fused form of {@link ActiveIntervals},
 * {@link AffineBuckets}, {@link IntervalSums} and {@link SweepLoss#jacobianTranspose}, with the same
 * floating-point operations in the same order, so the results are bit-identical to theirs.
 *
 * <p>What is fused, per call at N points and H neurons:
 * <ol>
 *   <li>neurons: finiteness, cut (kept when the cached neighbouring points show that it has not
 *       moved, else galloped from the previous one), and the piece v&middot;(w&middot;xc + e),
 *       e = w&middot;m + b, dropped into the bucket of its cut; the Jacobian columns of
 *       {@link ActiveIntervals} (six H-arrays) are not stored but recomputed from (w, b, v) in the
 *       gradient sweep;</li>
 *   <li>points, left to right: the right-facing pieces accumulated into f;</li>
 *   <li>points, right to left: the left-facing pieces, the residual r = f &minus; y, and the suffix
 *       sums &Sigma;r, &Sigma;r&middot;xc;</li>
 *   <li>points, left to right: the loss &Sigma;r<sup>2</sup> and the prefix sums;</li>
 *   <li>neurons: each neuron's active-side sums read at its cut and its three gradient entries.</li>
 * </ol>
 * Not thread-safe; O(N + H) memory, allocated once.
 */
final class NetworkSweep {
  private final SortedPoints pts;
  private final double[] ySorted;
  private final double weight;
  private final int h;
  /** 0 for a right-facing neuron (active on [cut, N)), 1 for a left-facing one (on [0, cut)). */
  private final int[] side;
  private final int[] cut;
  /**
   * xs[cut &minus; 1] and xs[cut] of each neuron, &minus;&infin; and +&infin; where there is no such point:
   * for finite w &ne; 0 and b, w&middot;(+&infin;) + b has the sign of w and w&middot;(&minus;&infin;) + b the
   * opposite one, which is how the ends of the data pass the cut check of {@link #place}.
   */
  private final double[] below;
  private final double[] at;
  /**
   * Buckets of the pieces, [2k] &Sigma;&alpha; and [2k+1] &Sigma;&gamma; of the neurons with cut k: the
   * right-facing ones from 0, the left-facing ones from {@link #span} (zero between calls). One
   * array indexed by side &times; span avoids a branch on the random orientation.
   */
  private final double[] buckets;
  /** 2(N + 1), the length of one half of {@link #buckets} and {@link #sums}. */
  private final int span;
  /** Residuals at the sorted points. */
  private final double[] r;
  /**
   * The active-side sums at every cut: from 0 the suffix sums (right-facing neurons), [2k] =
   * &Sigma;<sub>j&ge;k</sub>r<sub>j</sub> and [2k+1] = &Sigma;<sub>j&ge;k</sub>r<sub>j</sub>xc<sub>j</sub>; from
   * {@link #span} the prefix sums (left-facing), [2k] = &Sigma;<sub>j&lt;k</sub>r<sub>j</sub> and
   * [2k+1] = &Sigma;<sub>j&lt;k</sub>r<sub>j</sub>xc<sub>j</sub>.
   */
  private final double[] sums;
  private double total0;
  private boolean filled;

  NetworkSweep(SweepLoss loss, int width) {
    this.pts = loss.points();
    this.ySorted = loss.ySorted();
    this.weight = loss.weight();
    this.h = width;
    int n = pts.n;
    span = 2 * (n + 1);
    side = new int[h];
    cut = new int[h];
    below = new double[h];
    at = new double[h];
    buckets = new double[2 * span];
    r = new double[n];
    sums = new double[2 * span];
  }

  /**
   * The loss at {@code theta} (w<sub>1..H</sub>, b<sub>1..H</sub>, v<sub>1..H</sub>, c), and its
   * gradient into {@code gradient} unless that is null.
   *
   * @throws IllegalArgumentException if the length is not 3H+1 or an entry is not finite
   */
  double evaluate(double[] theta, double[] gradient) {
    if (theta.length != 3 * h + 1) {
      throw new IllegalArgumentException("theta must have length " + (3 * h + 1)
          + " (3H+1 for H = " + h + "), got " + theta.length);
    }
    double c = theta[3 * h];
    if (!place(theta) || !Double.isFinite(c)) {
      throw notFinite(theta);
    }
    double loss = residuals(c);
    if (gradient != null) {
      gradient(theta, gradient);
    }
    return loss;
  }

  /**
   * Sweep 1: each neuron's cut and piece into its bucket, in neuron order (the order in which
   * {@link AffineBuckets#sum} adds them). Returns false, with the buckets cleared and the cuts
   * forgotten, if an entry is not finite.
   */
  private boolean place(double[] theta) {
    int n = pts.n;
    double m = pts.center;
    double[] xs = pts.xs;
    boolean finite = true;
    boolean hinted = filled;
    for (int i = 0; i < h; i++) {
      double w = theta[i];
      double b = theta[h + i];
      double v = theta[2 * h + i];
      finite &= Double.isFinite(w) & Double.isFinite(b) & Double.isFinite(v);
      int k = cut[i];
      int up;
      if (w != 0) {
        // The cut is kept if w*xs[k] + b and w*xs[k-1] + b lie on different sides of 0 (> 0 or
        // not): as w*x + b is monotone in x, the larger of the two is then the one at the active
        // side of the cut, whatever the sign of w; the ends of the data are the sentinels of
        // setCut. The two sides are compared on the bits (positive(.) below) rather than by two
        // double comparisons, whose outcome follows the random sign of w and would cost a
        // mispredicted branch per neuron.
        up = (int) (Double.doubleToRawLongBits(w) >>> 63);
        boolean keep = hinted
            && (positive(w * at[i] + b) ^ positive(w * below[i] + b)) != 0;
        if (!keep) {
          k = pts.firstTrueNear(SortedPoints.SWITCH, w, b, hinted ? k : -1);
          setCut(i, k, xs, n);
        }
      } else {
        up = 0;
        int k0 = b > 0 ? 0 : n;
        if (!hinted || k0 != k) {
          k = k0;
          setCut(i, k, xs, n);
        }
      }
      side[i] = up;
      double e = w * m + b;
      int slot = up * span + 2 * k;
      buckets[slot] += v * w;
      buckets[slot + 1] += v * e;
    }
    if (!finite) {
      java.util.Arrays.fill(buckets, 0.0);
      filled = false;
      return false;
    }
    filled = true;
    return true;
  }

  /** 1 if d &gt; 0, else 0 (d not NaN), without a branch: the sign of the bits of d as a long, +0 excluded. */
  static long positive(double d) {
    long bits = Double.doubleToRawLongBits(d);
    return (-bits & ~bits) >>> 63;
  }

  private void setCut(int i, int k, double[] xs, int n) {
    cut[i] = k;
    below[i] = k > 0 ? xs[k - 1] : Double.NEGATIVE_INFINITY;
    at[i] = k < n ? xs[k] : Double.POSITIVE_INFINITY;
  }

  /** Sweeps 2 to 4: f, the residuals, suffix and prefix sums; returns the loss (S5). */
  private double residuals(double c) {
    int n = pts.n;
    double[] xc = pts.xc;
    double sa = 0;
    double sg = 0;
    for (int k = 0; k < n; k++) {
      sa += buckets[2 * k];
      sg += buckets[2 * k + 1];
      buckets[2 * k] = 0;
      buckets[2 * k + 1] = 0;
      r[k] = c + (sa * xc[k] + sg);
    }
    buckets[2 * n] = 0; // pieces active nowhere
    buckets[2 * n + 1] = 0;
    int left = span;
    sa = 0;
    sg = 0;
    double s0 = 0;
    double s1 = 0;
    for (int k = n - 1; k >= 0; k--) {
      sa += buckets[left + 2 * k + 2];
      sg += buckets[left + 2 * k + 3];
      buckets[left + 2 * k + 2] = 0;
      buckets[left + 2 * k + 3] = 0;
      double x = xc[k];
      double rk = (r[k] + (sa * x + sg)) - ySorted[k];
      r[k] = rk;
      s0 += rk;
      s1 += rk * x;
      sums[2 * k] = s0;
      sums[2 * k + 1] = s1;
    }
    buckets[left] = 0;
    buckets[left + 1] = 0;
    double sq = 0;
    s0 = 0;
    s1 = 0;
    for (int k = 0; k < n; k++) {
      double rk = r[k];
      sq += rk * rk;
      s0 += rk;
      s1 += rk * xc[k];
      sums[left + 2 * k + 2] = s0;
      sums[left + 2 * k + 3] = s1;
    }
    total0 = s0;
    return 0.5 * weight * sq;
  }

  /** Sweep 5: J<sup>T</sup>r scaled by the loss weight (S7), block by block as in the flat layout. */
  private void gradient(double[] theta, double[] out) {
    double m = pts.center;
    double scale = weight;
    for (int i = 0; i < h; i++) {
      int k = side[i] * span + 2 * cut[i];
      double z0 = sums[k];
      double z1 = sums[k + 1];
      double w = theta[i];
      double b = theta[h + i];
      double v = theta[2 * h + i];
      double e = w * m + b;
      out[i] = scale * (v * z1 + v * m * z0);
      out[h + i] = scale * (0.0 * z1 + v * z0);
      out[2 * h + i] = scale * (w * z1 + e * z0);
    }
    out[3 * h] = scale * total0;
  }

  /** The error of the first entry that is not finite, as {@link ActiveIntervals} reports it. */
  private static IllegalArgumentException notFinite(double[] theta) {
    for (int k = 0; k < theta.length; k++) {
      if (!Double.isFinite(theta[k])) {
        return new IllegalArgumentException(
            "theta[" + k + "] must be a finite number, got " + theta[k]);
      }
    }
    throw new IllegalStateException("no entry is non-finite");
  }
}
