package org.knotwork.loss;

import org.knotwork.net.NetworkParams;
import org.knotwork.net.SplineParams;

/**
 * The linearisation of a network on sorted points, at one parameter point: for each neuron i its
 * active set, which is always a suffix [cut, N) ("right-facing") or a prefix [0, cut) ("left-facing")
 * of the sorted data; its contribution &alpha;<sub>i</sub>&middot;xc + &gamma;<sub>i</sub> to f there
 * (xc = x &minus; centre); and for each of its parameter blocks a the Jacobian column
 * &part;f/&part;&theta;<sub>a,i</sub> = (p<sub>a,i</sub>&middot;xc + q<sub>a,i</sub>) on the active set.
 *
 * <p>Network coordinates (S1, S17): contribution v(wx + b); columns w: (v, v&middot;m), b: (0, v),
 * v: (w, w&middot;m + b), where m is the centre. Spline coordinates (S3, S18): contribution
 * s&mu;(x &minus; &beta;); columns &beta;: (0, &minus;s&mu;), &mu;: (s, s(m &minus; &beta;)).
 *
 * <p>An instance can be refilled in place at new parameters ({@link #fillNetwork},
 * {@link #fillSpline}); each cut is then searched from its previous value, which costs O(1) probes
 * when knots move little, and gives exactly the cuts of a fresh search.
 */
final class ActiveIntervals {
  final int h;
  final int blocks;
  final boolean[] right;
  final int[] cut;
  final double[] alpha;
  final double[] gamma;
  final double[][] p;
  final double[][] q;
  double c;
  /** True in network coordinates, false in spline coordinates. */
  final boolean network;
  /** Spline coordinates: the orientations s<sub>i</sub> (unused in network coordinates). */
  final int[] orientation;
  /**
   * The sorted points on either side of each cut, xs[cut &minus; 1] and xs[cut] (0 where there is no
   * such point): a refill first checks whether the cut is unchanged from these copies, without a
   * random access into the points.
   */
  private final double[] below;
  private final double[] at;
  /** Whether {@link #cut} holds the cuts of an earlier fill, usable as search hints. */
  private boolean filled;

  ActiveIntervals(int h, boolean network) {
    this.h = h;
    this.blocks = network ? 3 : 2;
    this.network = network;
    this.orientation = new int[h];
    right = new boolean[h];
    cut = new int[h];
    alpha = new double[h];
    gamma = new double[h];
    p = new double[blocks][h];
    q = new double[blocks][h];
    below = new double[h];
    at = new double[h];
  }

  /** Parameter count: blocks&middot;H + 1. */
  int dimension() {
    return blocks * h + 1;
  }

  static ActiveIntervals network(NetworkParams net, SortedPoints pts) {
    int h = net.width();
    ActiveIntervals a = new ActiveIntervals(h, true);
    for (int i = 0; i < h; i++) {
      a.setNeuron(i, net.w(i), net.b(i), net.v(i), pts, -1);
    }
    a.c = net.c();
    a.filled = true;
    return a;
  }

  /**
   * Replaces every neuron's active set by the one {@code pattern} prescribes; the affine pieces and
   * Jacobian columns (which do not depend on the active set) are kept.
   */
  ActiveIntervals gated(ActivationPattern pattern, SortedPoints pts) {
    if (pattern.width() != h) {
      throw new IllegalArgumentException("pattern has " + pattern.width()
          + " neurons but the network has " + h);
    }
    for (int i = 0; i < h; i++) {
      double t = pattern.threshold(i);
      boolean up = pattern.side(i) > 0;
      right[i] = up;
      cut[i] = up ? pts.firstAbove(t) : pts.firstAtLeast(t);
    }
    return this;
  }

  static ActiveIntervals spline(SplineParams sp, SortedPoints pts) {
    int h = sp.width();
    ActiveIntervals a = new ActiveIntervals(h, false);
    for (int i = 0; i < h; i++) {
      a.setNeuron(i, sp.orientation(i), sp.beta(i), sp.mu(i), pts, -1);
    }
    a.c = sp.c();
    a.filled = true;
    return a;
  }

  /**
   * Refills from a flat network vector w<sub>1..H</sub>, b<sub>1..H</sub>, v<sub>1..H</sub>, c; the
   * result equals {@link #network} of the same parameters.
   *
   * @throws IllegalArgumentException if the length is not 3H+1 or an entry is not finite
   */
  void fillNetwork(double[] theta, SortedPoints pts) {
    checkLength(theta);
    for (int k = 0; k < theta.length; k++) {
      checkFinite(theta, k);
    }
    for (int i = 0; i < h; i++) {
      setNeuron(i, theta[i], theta[h + i], theta[2 * h + i], pts, filled ? cut[i] : -1);
    }
    c = theta[3 * h];
    filled = true;
  }

  /**
   * Refills from a flat spline vector &beta;<sub>1..H</sub>, &mu;<sub>1..H</sub>, c with the given
   * orientations (entries of knotless neurons are ignored); the result equals {@link #spline} of the
   * same parameters.
   *
   * @throws IllegalArgumentException if the length is not 2H+1 or a used entry is not finite
   */
  void fillSpline(double[] theta, int[] orient, SortedPoints pts) {
    checkLength(theta);
    for (int i = 0; i < h; i++) {
      if (orient[i] != 0) {
        checkFinite(theta, i);
        checkFinite(theta, h + i);
      }
    }
    checkFinite(theta, 2 * h);
    for (int i = 0; i < h; i++) {
      int s = orient[i];
      setNeuron(i, s, s == 0 ? Double.NaN : theta[i], s == 0 ? 0.0 : theta[h + i], pts,
          filled ? cut[i] : -1);
    }
    c = theta[2 * h];
    filled = true;
  }

  private void checkLength(double[] theta) {
    if (theta.length != dimension()) {
      throw new IllegalArgumentException("theta must have length " + dimension()
          + " (" + (network ? "3H+1" : "2H+1") + " for H = " + h + "), got " + theta.length);
    }
  }

  private static void checkFinite(double[] theta, int k) {
    if (!Double.isFinite(theta[k])) {
      throw new IllegalArgumentException(
          "theta[" + k + "] must be a finite number, got " + theta[k]);
    }
  }

  /** Network neuron i from (w, b, v); {@code hint} is a previous cut, or &minus;1. */
  private void setNeuron(int i, double w, double b, double v, SortedPoints pts, int hint) {
    double m = pts.center;
    if (w != 0) {
      right[i] = w > 0;
      locate(i, SortedPoints.SWITCH, w, b, pts, hint);
    } else {
      right[i] = true;
      setCut(i, b > 0 ? 0 : pts.n, pts);
    }
    double e = w * m + b;
    alpha[i] = v * w;
    gamma[i] = v * e;
    p[0][i] = v;
    q[0][i] = v * m;
    p[1][i] = 0.0;
    q[1][i] = v;
    p[2][i] = w;
    q[2][i] = e;
  }

  /** Spline neuron i from (s, &beta;, &mu;); {@code hint} is a previous cut, or &minus;1. */
  private void setNeuron(int i, int s, double beta, double mu, SortedPoints pts, int hint) {
    orientation[i] = s;
    if (s == 0) {
      right[i] = true;
      setCut(i, pts.n, pts);
      alpha[i] = 0.0;
      gamma[i] = 0.0;
      for (int b = 0; b < blocks; b++) {
        p[b][i] = 0.0;
        q[b][i] = 0.0;
      }
      return;
    }
    double m = pts.center;
    right[i] = s > 0;
    locate(i, s > 0 ? SortedPoints.ABOVE : SortedPoints.AT_LEAST, 0.0, beta, pts, hint);
    double d = s * (m - beta);
    alpha[i] = s * mu;
    gamma[i] = mu * d;
    p[0][i] = 0.0;
    q[0][i] = -s * mu;
    p[1][i] = s;
    q[1][i] = d;
  }

  /**
   * Sets the cut of neuron i: the first sorted point where the predicate {@code kind} holds. With a
   * hint (the previous cut, &ge; 0) the cut is kept if the cached neighbouring points show that it
   * has not moved, and otherwise searched by galloping from the hint.
   */
  private void locate(int i, int kind, double w, double t, SortedPoints pts, int hint) {
    if (hint >= 0 && hint == cut[i]
        && (hint == pts.n || SortedPoints.holds(kind, at[i], w, t))
        && (hint == 0 || !SortedPoints.holds(kind, below[i], w, t))) {
      return;
    }
    setCut(i, pts.firstTrueNear(kind, w, t, hint), pts);
  }

  private void setCut(int i, int k, SortedPoints pts) {
    cut[i] = k;
    below[i] = k > 0 ? pts.xs[k - 1] : 0.0;
    at[i] = k < pts.n ? pts.xs[k] : 0.0;
  }
}
