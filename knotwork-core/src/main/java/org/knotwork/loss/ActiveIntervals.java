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
  final double c;
  /** True in network coordinates, false in spline coordinates. */
  final boolean network;
  /** Spline coordinates: the orientations s<sub>i</sub> (unused in network coordinates). */
  final int[] orientation;

  private ActiveIntervals(int h, int blocks, double c, boolean network) {
    this.h = h;
    this.blocks = blocks;
    this.c = c;
    this.network = network;
    this.orientation = new int[h];
    right = new boolean[h];
    cut = new int[h];
    alpha = new double[h];
    gamma = new double[h];
    p = new double[blocks][h];
    q = new double[blocks][h];
  }

  /** Parameter count: blocks&middot;H + 1. */
  int dimension() {
    return blocks * h + 1;
  }

  static ActiveIntervals network(NetworkParams net, SortedPoints pts) {
    int h = net.width();
    double m = pts.center;
    ActiveIntervals a = new ActiveIntervals(h, 3, net.c(), true);
    for (int i = 0; i < h; i++) {
      double w = net.w(i);
      double b = net.b(i);
      double v = net.v(i);
      if (w > 0) {
        a.right[i] = true;
        a.cut[i] = pts.firstSwitch(w, b);
      } else if (w < 0) {
        a.right[i] = false;
        a.cut[i] = pts.firstSwitch(w, b);
      } else {
        a.right[i] = true;
        a.cut[i] = b > 0 ? 0 : pts.n;
      }
      double e = w * m + b;
      a.alpha[i] = v * w;
      a.gamma[i] = v * e;
      a.p[0][i] = v;
      a.q[0][i] = v * m;
      a.p[1][i] = 0.0;
      a.q[1][i] = v;
      a.p[2][i] = w;
      a.q[2][i] = e;
    }
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
    double m = pts.center;
    ActiveIntervals a = new ActiveIntervals(h, 2, sp.c(), false);
    for (int i = 0; i < h; i++) {
      int s = sp.orientation(i);
      a.orientation[i] = s;
      if (s == 0) {
        a.right[i] = true;
        a.cut[i] = pts.n;
        continue;
      }
      double beta = sp.beta(i);
      double mu = sp.mu(i);
      if (s > 0) {
        a.right[i] = true;
        a.cut[i] = pts.firstAbove(beta);
      } else {
        a.right[i] = false;
        a.cut[i] = pts.firstAtLeast(beta);
      }
      double d = s * (m - beta);
      a.alpha[i] = s * mu;
      a.gamma[i] = mu * d;
      a.p[0][i] = 0.0;
      a.q[0][i] = -s * mu;
      a.p[1][i] = s;
      a.q[1][i] = d;
    }
    return a;
  }
}
