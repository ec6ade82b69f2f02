package org.knotwork.reservoir.linalg;

import java.util.stream.IntStream;

/**
 * Streaming accumulation of the ridge normal equations (notes &sect;3.3, &sect;11): for feature vectors
 * f(t) (length P) and targets y(t) (length K) it accumulates G = &Sigma;<sub>t</sub> f f<sup>T</sup>
 * (upper triangle) and C = &Sigma;<sub>t</sub> f y<sup>T</sup>, in chunks of {@code chunk} samples, so
 * that no P &times; T matrix is ever stored. Memory: P&sup2; + P K + (P + K) chunk doubles.
 *
 * <p>Each chunk is held feature-major (P &times; chunk) and added with a blocked symmetric rank-k update
 * (4 &times; 4 register tiles inside 64 &times; 64 cache tiles). Every entry of G is owned by one tile,
 * and each tile sums over samples in time order, so the result is bit-for-bit the same whether the tiles
 * run on one thread or many.
 */
public final class GramAccumulator {
  private static final int TILE = 64;

  private final int p;
  private final int k;
  private final int chunk;
  private final boolean parallel;
  private final double[] gram;
  private final double[] cross;
  private final double[] buf;
  private final double[] tbuf;
  private int fill;
  private long count;
  private double maxAbsFeature;
  private boolean consumed;

  /**
   * An empty accumulator.
   *
   * @param features P, at least 1
   * @param targets K, at least 1
   * @param chunk samples per block, at least 1 (256 is a good default)
   * @param parallel whether blocks may use the common fork-join pool
   */
  public GramAccumulator(int features, int targets, int chunk, boolean parallel) {
    if (features < 1 || targets < 1 || chunk < 1) {
      throw new IllegalArgumentException("features, targets and chunk must be >= 1, got "
          + features + ", " + targets + ", " + chunk);
    }
    this.p = features;
    this.k = targets;
    this.chunk = chunk;
    this.parallel = parallel;
    this.gram = new double[Math.multiplyExact(features, features)];
    this.cross = new double[Math.multiplyExact(features, targets)];
    this.buf = new double[Math.multiplyExact(features, chunk)];
    this.tbuf = new double[Math.multiplyExact(targets, chunk)];
  }

  /** Adds one (feature, target) pair; both arrays are copied. */
  public void add(double[] feature, double[] target) {
    if (consumed) {
      throw new IllegalStateException("accumulator already solved");
    }
    for (int i = 0; i < p; i++) {
      double f = feature[i];
      buf[i * chunk + fill] = f;
      double af = Math.abs(f);
      if (af > maxAbsFeature || af != af) {
        maxAbsFeature = af;
      }
    }
    for (int m = 0; m < k; m++) {
      tbuf[m * chunk + fill] = target[m];
    }
    fill++;
    count++;
    if (fill == chunk) {
      flush();
    }
  }

  /** Number of pairs added. */
  public long count() {
    return count;
  }

  /** Number of features P. */
  public int features() {
    return p;
  }

  /** Number of targets K. */
  public int targets() {
    return k;
  }

  /** Largest |feature| seen (NaN if a NaN was seen). */
  public double maxAbsFeature() {
    return maxAbsFeature;
  }

  /** The full symmetric G, row-major P &times; P (a copy). */
  public double[] gram() {
    flush();
    double[] g = gram.clone();
    mirror(g, p);
    return g;
  }

  /** C, row-major P &times; K (a copy). */
  public double[] cross() {
    flush();
    return cross.clone();
  }

  /**
   * Solves the ridge problem W = C<sup>T</sup>(G + &beta;I)<sup>&minus;1</sup> in place; the accumulator
   * cannot be used afterwards (this avoids a second P &times; P array).
   */
  public RidgeSolution solve(double beta) {
    if (consumed) {
      throw new IllegalStateException("accumulator already solved");
    }
    flush();
    consumed = true;
    mirror(gram, p);
    return RidgeSolver.solveInPlace(gram, p, cross, k, beta, count);
  }

  private void flush() {
    if (fill == 0) {
      return;
    }
    int n = fill;
    int tiles = (p + TILE - 1) / TILE;
    int pairs = tiles * (tiles + 1) / 2;
    int[] ti = new int[pairs];
    int[] tj = new int[pairs];
    int q = 0;
    for (int a = 0; a < tiles; a++) {
      for (int b = a; b < tiles; b++) {
        ti[q] = a;
        tj[q] = b;
        q++;
      }
    }
    IntStream tasks = IntStream.range(0, pairs);
    if (parallel && pairs > 1) {
      tasks = tasks.parallel();
    }
    tasks.forEach(t -> tile(ti[t] * TILE, Math.min(p, (ti[t] + 1) * TILE),
        tj[t] * TILE, Math.min(p, (tj[t] + 1) * TILE), n));
    for (int i = 0; i < p; i++) {
      int fi = i * chunk;
      for (int m = 0; m < k; m++) {
        int tm = m * chunk;
        double s = 0;
        for (int t = 0; t < n; t++) {
          s += buf[fi + t] * tbuf[tm + t];
        }
        cross[i * k + m] += s;
      }
    }
    fill = 0;
  }

  private void tile(int i0, int i1, int j0, int j1, int n) {
    boolean diag = i0 == j0;
    for (int ib = i0; ib < i1; ib += 4) {
      int ie = Math.min(ib + 4, i1);
      for (int jb = diag ? ib : j0; jb < j1; jb += 4) {
        int je = Math.min(jb + 4, j1);
        if (ie - ib == 4 && je - jb == 4) {
          kernel(ib, jb, n, diag && ib == jb);
        } else {
          for (int i = ib; i < ie; i++) {
            for (int j = Math.max(jb, i); j < je; j++) {
              double s = 0;
              int a = i * chunk;
              int c = j * chunk;
              for (int t = 0; t < n; t++) {
                s += buf[a + t] * buf[c + t];
              }
              gram[i * p + j] += s;
            }
          }
        }
      }
    }
  }

  private void kernel(int i, int j, int n, boolean onDiagonal) {
    double c00 = 0, c01 = 0, c02 = 0, c03 = 0;
    double c10 = 0, c11 = 0, c12 = 0, c13 = 0;
    double c20 = 0, c21 = 0, c22 = 0, c23 = 0;
    double c30 = 0, c31 = 0, c32 = 0, c33 = 0;
    final double[] r = buf;
    int a0 = i * chunk;
    int a1 = a0 + chunk;
    int a2 = a1 + chunk;
    int a3 = a2 + chunk;
    int b0 = j * chunk;
    int b1 = b0 + chunk;
    int b2 = b1 + chunk;
    int b3 = b2 + chunk;
    for (int t = 0; t < n; t++) {
      double x0 = r[a0 + t];
      double x1 = r[a1 + t];
      double x2 = r[a2 + t];
      double x3 = r[a3 + t];
      double y0 = r[b0 + t];
      double y1 = r[b1 + t];
      double y2 = r[b2 + t];
      double y3 = r[b3 + t];
      c00 += x0 * y0;
      c01 += x0 * y1;
      c02 += x0 * y2;
      c03 += x0 * y3;
      c10 += x1 * y0;
      c11 += x1 * y1;
      c12 += x1 * y2;
      c13 += x1 * y3;
      c20 += x2 * y0;
      c21 += x2 * y1;
      c22 += x2 * y2;
      c23 += x2 * y3;
      c30 += x3 * y0;
      c31 += x3 * y1;
      c32 += x3 * y2;
      c33 += x3 * y3;
    }
    int g0 = i * p + j;
    int g1 = g0 + p;
    int g2 = g1 + p;
    int g3 = g2 + p;
    double[] g = gram;
    g[g0] += c00;
    g[g0 + 1] += c01;
    g[g0 + 2] += c02;
    g[g0 + 3] += c03;
    if (!onDiagonal) {
      g[g1] += c10;
      g[g2] += c20;
      g[g2 + 1] += c21;
      g[g3] += c30;
      g[g3 + 1] += c31;
      g[g3 + 2] += c32;
    }
    g[g1 + 1] += c11;
    g[g1 + 2] += c12;
    g[g1 + 3] += c13;
    g[g2 + 2] += c22;
    g[g2 + 3] += c23;
    g[g3 + 3] += c33;
  }

  private static void mirror(double[] g, int n) {
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        g[j * n + i] = g[i * n + j];
      }
    }
  }
}
