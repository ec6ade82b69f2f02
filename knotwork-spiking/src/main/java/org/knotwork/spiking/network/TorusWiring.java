package org.knotwork.spiking.network;

import java.util.Arrays;
import org.knotwork.common.random.Rng;
import org.knotwork.spiking.engine.Csr;

/**
 * Fixed-out-degree wiring with wrapped-Gaussian targets on the periodic unit sheet (docs/spiking.md
 * (P6)). Cell j of an n&times;n grid sits at grid coordinates x = &lfloor;j/n&rfloor; + 1, y = (j mod
 * n) + 1 (1-based, as the authors' code), i.e. at (x/n, y/n) on the sheet. Presynaptic cell j of a
 * grid of side n_b sends exactly K synapses into a grid of side n_a; for each, independently in x and
 * y, the target coordinate is round(x_j n_a/n_b + &sigma; n_a Z), Z standard normal, rounded half
 * away from zero and wrapped into 1..n_a. The rounding acts on the sum, the centre x_j n_a/n_b is not
 * re-centred. Duplicates and autapses are kept; targets are sorted within a row. The draws of cell j
 * come from the stream {@code Rng.of(seed, key + "/" + j)}, so a row never depends on scheduling.
 */
public final class TorusWiring {
  private TorusWiring() {}

  /**
   * The out-degree &lceil;p N_a&rceil; for connection probability p into N_a cells; the product is
   * shrunk by one part in 10<sup>12</sup> before the ceiling so that a product such as 0.03 &times;
   * 2500 that should be whole is not pushed up by rounding.
   */
  public static int outDegree(double p, int nPost) {
    if (!(p >= 0) || p > 1) {
      throw new IllegalArgumentException("connection probability must be in [0, 1], got " + p);
    }
    return (int) Math.ceil(p * nPost * (1 - 1e-12));
  }

  /** The CSR wiring of (P6). */
  public static Csr wire(int sidePre, int sidePost, int outDegree, double sigma, long seed,
      String key) {
    if (sidePre < 1 || sidePost < 1 || outDegree < 0) {
      throw new IllegalArgumentException("sides must be >= 1 and the out-degree >= 0");
    }
    if (!(sigma >= 0) || !Double.isFinite(sigma)) {
      throw new IllegalArgumentException("sigma must be >= 0 and finite, got " + sigma);
    }
    int nPre = sidePre * sidePre;
    long total = (long) nPre * outDegree;
    if (total > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("projection of " + total + " synapses exceeds 2^31");
    }
    int[] rowStart = new int[nPre + 1];
    int[] target = new int[(int) total];
    double scale = (double) sidePost / sidePre;
    double width = sigma * sidePost;
    for (int j = 0; j < nPre; j++) {
      rowStart[j + 1] = rowStart[j] + outDegree;
      Rng rng = Rng.of(seed, key + "/" + j);
      double cx = (j / sidePre + 1) * scale;
      double cy = (j % sidePre + 1) * scale;
      int base = rowStart[j];
      for (int s = 0; s < outDegree; s++) {
        long tx = wrap(roundHalfAway(cx + width * rng.gaussian()), sidePost);
        long ty = wrap(roundHalfAway(cy + width * rng.gaussian()), sidePost);
        target[base + s] = (int) ((tx - 1) * sidePost + (ty - 1));
      }
      Arrays.sort(target, base, base + outDegree);
    }
    return new Csr(rowStart, target);
  }

  /** MATLAB's round: to the nearest integer, halves away from zero. */
  public static long roundHalfAway(double x) {
    return x >= 0 ? (long) Math.floor(x + 0.5) : -(long) Math.floor(-x + 0.5);
  }

  /** Wraps an integer coordinate into 1..n. */
  public static long wrap(long x, int n) {
    return Math.floorMod(x - 1, (long) n) + 1;
  }

  /** The sheet position (x/n, y/n) of cell j of an n&times;n grid, each in (0, 1]. */
  public static double[] position(int j, int side) {
    return new double[] {(double) (j / side + 1) / side, (double) (j % side + 1) / side};
  }

  /** The periodic (minimum-image) distance between two points of the unit sheet. */
  public static double distance(double x1, double y1, double x2, double y2) {
    double dx = Math.abs(x1 - x2);
    dx = Math.min(dx, 1 - dx);
    double dy = Math.abs(y1 - y2);
    dy = Math.min(dy, 1 - dy);
    return Math.sqrt(dx * dx + dy * dy);
  }
}
