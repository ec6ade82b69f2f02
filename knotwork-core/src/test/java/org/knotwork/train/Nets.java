package org.knotwork.train;

import org.knotwork.data.Dataset;
import org.knotwork.net.NetworkParams;
import org.knotwork.common.random.Rng;

/** Small test networks and data. */
final class Nets {
  private Nets() {}

  /** A generic small network on the notes' eight-point data (knots near the data, mobile). */
  static NetworkParams wiggly(long seed, int h) {
    Rng rng = Rng.of(seed, "init");
    double[] w = new double[h];
    double[] b = new double[h];
    double[] v = new double[h];
    for (int i = 0; i < h; i++) {
      w[i] = 0.5 * rng.gaussian();
      b[i] = 0.5 * rng.gaussian();
      v[i] = 2 * rng.gaussian();
    }
    return new NetworkParams(w, b, v, 0.1);
  }

  /**
   * The generic network with two extra dead neurons appended: knot at 2 facing right and knot at
   * &minus;2 facing left, both outside the data [&minus;1, 1] and facing away from it.
   */
  static NetworkParams withDeadNeurons(NetworkParams p) {
    int h = p.width();
    double[] w = java.util.Arrays.copyOf(p.w(), h + 2);
    double[] b = java.util.Arrays.copyOf(p.b(), h + 2);
    double[] v = java.util.Arrays.copyOf(p.v(), h + 2);
    w[h] = 0.7;
    b[h] = -1.4;
    v[h] = 1.3;
    w[h + 1] = -1.1;
    b[h + 1] = -2.2;
    v[h + 1] = -0.6;
    return new NetworkParams(w, b, v, p.c());
  }

  static Dataset wiggly8() {
    return Dataset.wiggly8();
  }
}
