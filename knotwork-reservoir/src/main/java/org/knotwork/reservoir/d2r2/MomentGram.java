package org.knotwork.reservoir.d2r2;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.knotwork.reservoir.linalg.RidgeSolution;
import org.knotwork.reservoir.linalg.RidgeSolver;
import org.knotwork.reservoir.series.TimeSeries;

/**
 * The ridge normal equations of D2R2 from the moments of the data (docs/reservoir.md &sect;4.4):
 * the product of two monomials of degree &le; p is a monomial of degree &le; 2p, so the Gram matrix
 * G<sub>ab</sub> = &Sigma;<sub>t</sub> &phi;<sub>a</sub>(u<sub>t</sub>) &phi;<sub>b</sub>(u<sub>t</sub>)
 * is a table of the C(K + 2p, 2p) sums M<sub>e</sub> = &Sigma;<sub>t</sub> u<sub>t</sub><sup>e</sup>
 * (12 870 for K = 8, p = 4) instead of P(P + 1)/2 products per sample (122 760 for P = 495). The
 * cross term C<sub>am</sub> = &Sigma;<sub>t</sub> &phi;<sub>a</sub>(u<sub>t</sub>) y<sub>t,m</sub> is
 * summed directly (P K per sample).
 *
 * <p>The kernel (docs/reservoir.md &sect;4.4): samples go through in tiles of {@link #TILE}
 * consecutive pairs held as columns (structure of arrays: one array of {@code TILE} samples per
 * variable, zero-padded at the end of the data). The monomials are visited depth first in the tree
 * whose parent of x<sup>e</sup> is x<sup>e</sup> without its last variable; a node's children are
 * contiguous in the graded order, and every child's moment over the tile is the dot product of the
 * parent's column with one input column, so one pass over the parent's column yields the moments of
 * all its children (groups of up to four variables, two interleaved chains each: up to eight
 * independent additions, the parent's value loaded once). Columns are stored only for monomials of
 * degree &le; 2p &minus; 2 (an element-wise product the JIT vectorises), one array per depth, so a
 * tile's working set stays in the level-1 cache; at degree 2p &minus; 2 the children's columns are
 * formed in registers, and nodes with at most three children have children and grandchildren summed
 * in the same pass. Each dot product sums the tile in a fixed interleaved order; a tile's sums are
 * added to its block's in tile order, and the blocks' in block order. Blocks of {@link #BLOCK}
 * samples are the unit of parallel work and their partition does not depend on the thread count, so
 * the result is bit-for-bit the same on one thread or many.
 */
public final class MomentGram {
  /** Samples per block (the unit of parallel work; a multiple of {@link #TILE}). */
  public static final int BLOCK = 1024;
  /** Samples per tile: the length of the columns the kernel runs over (a multiple of 8). */
  static final int TILE = 128;
  /** Blocks summed per parallel round (bounds the partial sums held at once). */
  private static final int ROUND = 64;

  private final PolynomialFeatures phi;
  private final PolynomialFeatures moments;
  /** index[a * P + b] (a &le; b): the moment of &phi;<sub>a</sub> &phi;<sub>b</sub>. */
  private final int[] index;
  /** firstChild[j]: index of the first child of moment j (children are contiguous), or 0. */
  private final int[] firstChild;
  /** lastVar[j]: the last variable of moment j (0 for the constant). */
  private final int[] lastVar;

  /**
   * The moment form of the Gram matrix of {@code phi}'s features.
   *
   * @throws IllegalArgumentException if the degree-2p map is not smaller than the Gram matrix's upper
   *     triangle or exceeds {@link PolynomialFeatures#MAX_FEATURES} (see {@link #applies})
   */
  public MomentGram(PolynomialFeatures phi) {
    if (!applies(phi)) {
      throw new IllegalArgumentException("the moment form does not pay for K = " + phi.inputs()
          + ", p = " + phi.degree());
    }
    this.phi = phi;
    this.moments = new PolynomialFeatures(phi.inputs(), 2 * phi.degree());
    int p = phi.size();
    int nm = moments.size();
    int kk = phi.inputs();
    // a monomial's key: its exponents as base-(2p + 1) digits, so the key of a product is the sum of
    // the keys (no digit exceeds 2p)
    long base = 2L * phi.degree() + 1;
    long[] keys = new long[nm];
    for (int j = 0; j < nm; j++) {
      int[] e = moments.exponents(j);
      long key = 0;
      for (int v = kk - 1; v >= 0; v--) {
        key = Math.addExact(Math.multiplyExact(key, base), e[v]);
      }
      keys[j] = key;
    }
    for (int a = 0; a < p; a++) {
      // the degree <= p monomials lead the degree-2p map in the same order (graded, lexicographic)
      if (!Arrays.equals(phi.exponents(a), moments.exponents(a))) {
        throw new IllegalStateException("feature " + a + " is not moment " + a);
      }
    }
    long[] sorted = keys.clone();
    Arrays.sort(sorted);
    int[] byKey = new int[nm];
    for (int j = 0; j < nm; j++) {
      byKey[Arrays.binarySearch(sorted, keys[j])] = j;
    }
    index = new int[p * p];
    for (int a = 0; a < p; a++) {
      for (int b = a; b < p; b++) {
        int at = Arrays.binarySearch(sorted, keys[a] + keys[b]);
        if (at < 0) {
          throw new IllegalStateException("no moment for features " + a + " and " + b);
        }
        index[a * p + b] = byKey[at];
      }
    }
    firstChild = new int[nm];
    lastVar = new int[nm];
    for (int j = 1; j < nm; j++) {
      int q = moments.parentOf(j);
      lastVar[j] = moments.lastVariableOf(j);
      if (firstChild[q] == 0) {
        firstChild[q] = j;
      }
      // children of q are j = firstChild[q] + (v - lastVar[q]), v = lastVar[q] ... K - 1
      if (j != firstChild[q] + lastVar[j] - lastVar[q]) {
        throw new IllegalStateException("children of moment " + q + " are not contiguous");
      }
    }
  }

  /**
   * Whether the moment form applies and pays: C(K + 2p, 2p) &le; {@link
   * PolynomialFeatures#MAX_FEATURES} and &lt; P(P + 1)/2.
   */
  public static boolean applies(PolynomialFeatures phi) {
    long m = PolynomialFeatures.count(phi.inputs(), 2 * phi.degree());
    long p = phi.size();
    return m <= PolynomialFeatures.MAX_FEATURES && m < p * (p + 1) / 2;
  }

  /** Number of moments C(K + 2p, 2p). */
  public int momentCount() {
    return moments.size();
  }

  /**
   * Sums of one run of samples: the moments, the cross term and the largest |feature|.
   *
   * @param moments M<sub>e</sub>, length {@link #momentCount()}
   * @param cross C, row-major P &times; K
   * @param maxAbsFeature largest |&phi;<sub>a</sub>(u<sub>t</sub>)| (NaN if a NaN was seen)
   * @param count number of samples
   */
  public record Sums(double[] moments, double[] cross, double maxAbsFeature, long count) {}

  /**
   * The sums over the pairs (u(t), u(t+1)), t = from &hellip; to &minus; 2, of {@code series}.
   *
   * @param parallel whether blocks may run on the common fork-join pool (same bytes either way)
   */
  public Sums accumulate(TimeSeries series, int from, int to, boolean parallel) {
    int k = phi.inputs();
    long pairs = (long) to - 1 - from;
    if (series.dimension() != k) {
      throw new IllegalArgumentException("series has dimension " + series.dimension()
          + ", the features " + k);
    }
    if (from < 0 || to > series.length() || pairs < 1) {
      throw new IllegalArgumentException("need 0 <= from and from + 2 <= to <= "
          + series.length() + ", got [" + from + ", " + to + ")");
    }
    int blocks = (int) ((pairs + BLOCK - 1) / BLOCK);
    double[] m = new double[moments.size()];
    double[] c = new double[phi.size() * k];
    double maxIn = 0;
    for (int r0 = 0; r0 < blocks; r0 += ROUND) {
      int r1 = Math.min(blocks, r0 + ROUND);
      int first = r0;
      Block[] partial = new Block[r1 - r0];
      IntStream tasks = IntStream.range(r0, r1);
      if (parallel && r1 - r0 > 1) {
        tasks = tasks.parallel();
      }
      tasks.forEach(b -> {
        int s0 = from + b * BLOCK;
        int s1 = (int) Math.min((long) s0 + BLOCK, to - 1L);
        partial[b - first] = block(series, s0, s1);
      });
      for (Block pb : partial) {
        add(m, pb.moments);
        add(c, pb.cross);
        maxIn = maxNan(maxIn, pb.maxAbsInput);
      }
    }
    m[0] = pairs;
    return new Sums(m, c, maxAbsFeature(maxIn), pairs);
  }

  /**
   * The largest |&phi;<sub>a</sub>| over samples whose largest |input| is {@code maxIn}: feature
   * x<sub>i1</sub> &hellip; x<sub>id</sub> is evaluated as ((x<sub>i1</sub> x<sub>i2</sub>) &hellip;)
   * x<sub>id</sub>, and a rounded product's magnitude does not decrease when a factor's magnitude grows,
   * so the largest is the power m<sup>d</sup> of the largest input, rounded in that same order, or the
   * constant 1 (NaN stays NaN).
   */
  private double maxAbsFeature(double maxIn) {
    if (maxIn != maxIn) {
      return Double.NaN;
    }
    double best = Math.max(1.0, maxIn);
    double pow = maxIn;
    for (int d = 2; d <= phi.degree(); d++) {
      pow *= maxIn;
      best = Math.max(best, pow);
    }
    return best;
  }

  /** One block's sums (the constant moment is left 0 and set from the count). */
  private record Block(double[] moments, double[] cross, double maxAbsInput) {}

  /** Samples s0 &hellip; s1 &minus; 1 (targets s0 + 1 &hellip; s1). */
  private Block block(TimeSeries series, int s0, int s1) {
    int k = phi.inputs();
    int depth = 2 * phi.degree();
    double[] m = new double[moments.size()];
    double[] c = new double[phi.size() * k];
    // one array per column (unit stride from index 0: what the JIT vectorises)
    double[][] in = new double[k][TILE];
    double[][] out = new double[k][TILE];
    // columns of the current path, depth 0 (the constant) ... 2p - 2
    double[][] cols = new double[depth - 1][TILE];
    Arrays.fill(cols[0], 1.0);
    double[] u = new double[k];
    double[] y = new double[k];
    double maxIn = 0;
    for (int t0 = s0; t0 < s1; t0 += TILE) {
      int n = Math.min(TILE, s1 - t0);
      for (int l = 0; l < n; l++) {
        series.row(t0 + l, u);
        series.row(t0 + l + 1, y);
        for (int v = 0; v < k; v++) {
          in[v][l] = u[v];
          out[v][l] = y[v];
          maxIn = maxNan(maxIn, Math.abs(u[v]));
        }
      }
      if (n < TILE) {
        // zero lanes: every product with an input column is an exact zero
        for (int v = 0; v < k; v++) {
          Arrays.fill(in[v], n, TILE, 0.0);
          Arrays.fill(out[v], n, TILE, 0.0);
        }
      }
      visit(0, 0, cols, in, out, m, c);
    }
    return new Block(m, c, maxIn);
  }

  /**
   * Node j of degree d, its column cols[d]: the moments of its children, its cross terms if d &le; p,
   * then its children of degree &lt; 2p &minus; 1 in order. At degree 2p &minus; 2 the children's
   * columns are not stored: the moments of the grandchildren (degree 2p) are the dot products of
   * (column &times; x<sub>v</sub>) with x<sub>w</sub>, w &ge; v, formed in registers.
   */
  private void visit(int j, int d, double[][] cols, double[][] in, double[][] out, double[] m,
      double[] c) {
    int k = phi.inputs();
    double[] col = cols[d];
    int v0 = lastVar[j];
    int first = firstChild[j];
    if (d <= phi.degree()) {
      dots(col, out, 0, k, c, j * k);
    }
    int top = 2 * phi.degree();
    if (d + 2 == top && k - v0 <= 3) {
      // children and grandchildren in one pass over the column
      int g = firstChild[first];
      if (k - v0 == 1) {
        triangle1(col, in[v0], m, first, g);
      } else if (k - v0 == 2) {
        triangle2(col, in[v0], in[v0 + 1], m, first, g, firstChild[first + 1]);
      } else {
        triangle3(col, in[v0], in[v0 + 1], in[v0 + 2], m, first, g, firstChild[first + 1],
            firstChild[first + 2]);
      }
      return;
    }
    dots(col, in, v0, k, m, first);
    if (d + 2 == top) {
      for (int v = v0; v < k; v++) {
        weightedDots(col, in[v], in, v, k, m, firstChild[first + v - v0]);
      }
    } else if (d + 2 < top) {
      double[] next = cols[d + 1];
      for (int v = v0; v < k; v++) {
        product(col, in[v], next);
        visit(first + v - v0, d + 1, cols, in, out, m, c);
      }
    }
  }

  /**
   * The last variable x alone: m[child] += &Sigma; w x, m[grandchild] += &Sigma; (w x) x (each
   * sum in two interleaved halves).
   */
  private static void triangle1(double[] w, double[] x, double[] m, int child, int grand) {
    double a0 = 0;
    double a1 = 0;
    double b0 = 0;
    double b1 = 0;
    for (int l = 0; l < TILE; l += 2) {
      double p = w[l] * x[l];
      double q = w[l + 1] * x[l + 1];
      a0 += p;
      a1 += q;
      b0 += p * x[l];
      b1 += q * x[l + 1];
    }
    m[child] += a0 + a1;
    m[grand] += b0 + b1;
  }

  /** Two last variables x, y: children x, y; grandchildren xx, xy (at gx) and yy (at gy). */
  private static void triangle2(double[] w, double[] x, double[] y, double[] m, int child, int gx,
      int gy) {
    double a0 = 0;
    double a1 = 0;
    double b0 = 0;
    double b1 = 0;
    double c0 = 0;
    double c1 = 0;
    double e0 = 0;
    double e1 = 0;
    double f0 = 0;
    double f1 = 0;
    for (int l = 0; l < TILE; l += 2) {
      double x0 = x[l];
      double y0 = y[l];
      double x1 = x[l + 1];
      double y1 = y[l + 1];
      double p0 = w[l] * x0;
      double q0 = w[l] * y0;
      double p1 = w[l + 1] * x1;
      double q1 = w[l + 1] * y1;
      a0 += p0;
      a1 += p1;
      b0 += q0;
      b1 += q1;
      c0 += p0 * x0;
      c1 += p1 * x1;
      e0 += p0 * y0;
      e1 += p1 * y1;
      f0 += q0 * y0;
      f1 += q1 * y1;
    }
    m[child] += a0 + a1;
    m[child + 1] += b0 + b1;
    m[gx] += c0 + c1;
    m[gx + 1] += e0 + e1;
    m[gy] += f0 + f1;
  }

  /**
   * Three last variables x, y, z: children x, y, z; grandchildren xx, xy, xz (at gx), yy, yz (at gy)
   * and zz (at gz).
   */
  private static void triangle3(double[] w, double[] x, double[] y, double[] z, double[] m,
      int child, int gx, int gy, int gz) {
    double a = 0;
    double b = 0;
    double c = 0;
    double xx = 0;
    double xy = 0;
    double xz = 0;
    double yy = 0;
    double yz = 0;
    double zz = 0;
    for (int l = 0; l < TILE; l++) {
      double x0 = x[l];
      double y0 = y[l];
      double z0 = z[l];
      double p = w[l] * x0;
      double q = w[l] * y0;
      double r = w[l] * z0;
      a += p;
      b += q;
      c += r;
      xx += p * x0;
      xy += p * y0;
      xz += p * z0;
      yy += q * y0;
      yz += q * z0;
      zz += r * z0;
    }
    m[child] += a;
    m[child + 1] += b;
    m[child + 2] += c;
    m[gx] += xx;
    m[gx + 1] += xy;
    m[gx + 2] += xz;
    m[gy] += yy;
    m[gy + 1] += yz;
    m[gz] += zz;
  }

  /** next[l] = a[l] b[l]. */
  private static void product(double[] a, double[] b, double[] next) {
    for (int l = 0; l < TILE; l++) {
      next[l] = a[l] * b[l];
    }
  }

  /**
   * sums[at + (v - v0)] += &Sigma;<sub>l</sub> w[l] x<sub>v</sub>[l] for v = v0 &hellip; v1 &minus; 1,
   * in groups of four, two and one variables (each dot product in a fixed interleaved order).
   */
  static void dots(double[] w, double[][] x, int v0, int v1, double[] sums, int at) {
    int v = v0;
    for (; v + 4 <= v1; v += 4) {
      dot4(w, x[v], x[v + 1], x[v + 2], x[v + 3], sums, at + v - v0);
    }
    if (v + 2 <= v1) {
      dot2(w, x[v], x[v + 1], sums, at + v - v0);
      v += 2;
    }
    if (v < v1) {
      dot1(w, x[v], sums, at + v - v0);
    }
  }

  /**
   * sums[at + (v - v0)] += &Sigma;<sub>l</sub> (w[l] z[l]) x<sub>v</sub>[l] for v = v0 &hellip; v1
   * &minus; 1 (as {@link #dots} with the weight w z formed in registers).
   */
  static void weightedDots(double[] w, double[] z, double[][] x, int v0, int v1, double[] sums,
      int at) {
    int v = v0;
    for (; v + 4 <= v1; v += 4) {
      wdot4(w, z, x[v], x[v + 1], x[v + 2], x[v + 3], sums, at + v - v0);
    }
    if (v + 2 <= v1) {
      wdot2(w, z, x[v], x[v + 1], sums, at + v - v0);
      v += 2;
    }
    if (v < v1) {
      wdot1(w, z, x[v], sums, at + v - v0);
    }
  }

  private static void dot4(double[] w, double[] x0, double[] x1, double[] x2, double[] x3,
      double[] sums, int at) {
    double a0 = 0;
    double a1 = 0;
    double a2 = 0;
    double a3 = 0;
    double b0 = 0;
    double b1 = 0;
    double b2 = 0;
    double b3 = 0;
    for (int l = 0; l < TILE; l += 2) {
      double p = w[l];
      double q = w[l + 1];
      a0 += p * x0[l];
      a1 += p * x1[l];
      a2 += p * x2[l];
      a3 += p * x3[l];
      b0 += q * x0[l + 1];
      b1 += q * x1[l + 1];
      b2 += q * x2[l + 1];
      b3 += q * x3[l + 1];
    }
    sums[at] += a0 + b0;
    sums[at + 1] += a1 + b1;
    sums[at + 2] += a2 + b2;
    sums[at + 3] += a3 + b3;
  }

  private static void dot2(double[] w, double[] x0, double[] x1, double[] sums, int at) {
    double a0 = 0;
    double a1 = 0;
    double b0 = 0;
    double b1 = 0;
    double c0 = 0;
    double c1 = 0;
    double d0 = 0;
    double d1 = 0;
    for (int l = 0; l < TILE; l += 4) {
      double p = w[l];
      double q = w[l + 1];
      double r = w[l + 2];
      double s = w[l + 3];
      a0 += p * x0[l];
      a1 += p * x1[l];
      b0 += q * x0[l + 1];
      b1 += q * x1[l + 1];
      c0 += r * x0[l + 2];
      c1 += r * x1[l + 2];
      d0 += s * x0[l + 3];
      d1 += s * x1[l + 3];
    }
    sums[at] += (a0 + b0) + (c0 + d0);
    sums[at + 1] += (a1 + b1) + (c1 + d1);
  }

  private static void dot1(double[] w, double[] x0, double[] sums, int at) {
    double a = 0;
    double b = 0;
    double c = 0;
    double d = 0;
    for (int l = 0; l < TILE; l += 4) {
      a += w[l] * x0[l];
      b += w[l + 1] * x0[l + 1];
      c += w[l + 2] * x0[l + 2];
      d += w[l + 3] * x0[l + 3];
    }
    sums[at] += (a + b) + (c + d);
  }

  private static void wdot4(double[] w, double[] z, double[] x0, double[] x1, double[] x2,
      double[] x3, double[] sums, int at) {
    double a0 = 0;
    double a1 = 0;
    double a2 = 0;
    double a3 = 0;
    double b0 = 0;
    double b1 = 0;
    double b2 = 0;
    double b3 = 0;
    for (int l = 0; l < TILE; l += 2) {
      double p = w[l] * z[l];
      double q = w[l + 1] * z[l + 1];
      a0 += p * x0[l];
      a1 += p * x1[l];
      a2 += p * x2[l];
      a3 += p * x3[l];
      b0 += q * x0[l + 1];
      b1 += q * x1[l + 1];
      b2 += q * x2[l + 1];
      b3 += q * x3[l + 1];
    }
    sums[at] += a0 + b0;
    sums[at + 1] += a1 + b1;
    sums[at + 2] += a2 + b2;
    sums[at + 3] += a3 + b3;
  }

  private static void wdot2(double[] w, double[] z, double[] x0, double[] x1, double[] sums,
      int at) {
    double a0 = 0;
    double a1 = 0;
    double b0 = 0;
    double b1 = 0;
    double c0 = 0;
    double c1 = 0;
    double d0 = 0;
    double d1 = 0;
    for (int l = 0; l < TILE; l += 4) {
      double p = w[l] * z[l];
      double q = w[l + 1] * z[l + 1];
      double r = w[l + 2] * z[l + 2];
      double s = w[l + 3] * z[l + 3];
      a0 += p * x0[l];
      a1 += p * x1[l];
      b0 += q * x0[l + 1];
      b1 += q * x1[l + 1];
      c0 += r * x0[l + 2];
      c1 += r * x1[l + 2];
      d0 += s * x0[l + 3];
      d1 += s * x1[l + 3];
    }
    sums[at] += (a0 + b0) + (c0 + d0);
    sums[at + 1] += (a1 + b1) + (c1 + d1);
  }

  private static void wdot1(double[] w, double[] z, double[] x0, double[] sums, int at) {
    double a = 0;
    double b = 0;
    double c = 0;
    double d = 0;
    for (int l = 0; l < TILE; l += 4) {
      a += w[l] * z[l] * x0[l];
      b += w[l + 1] * z[l + 1] * x0[l + 1];
      c += w[l + 2] * z[l + 2] * x0[l + 2];
      d += w[l + 3] * z[l + 3] * x0[l + 3];
    }
    sums[at] += (a + b) + (c + d);
  }

  /** The full symmetric P &times; P Gram matrix from the moments (row-major). */
  public double[] gram(double[] sums) {
    int p = phi.size();
    double[] g = new double[p * p];
    for (int a = 0; a < p; a++) {
      for (int b = a; b < p; b++) {
        double v = sums[index[a * p + b]];
        g[a * p + b] = v;
        g[b * p + a] = v;
      }
    }
    return g;
  }

  /**
   * The ridge solution W = C<sup>T</sup>(G + &beta;I)<sup>&minus;1</sup> of {@code sums} (notes
   * &sect;3.3), by {@link RidgeSolver} (EJML's Cholesky, then LU).
   */
  public RidgeSolution solve(Sums sums, double beta) {
    return RidgeSolver.solve(gram(sums.moments()), phi.size(), sums.cross(), phi.inputs(), beta,
        sums.count());
  }

  private static void add(double[] into, double[] x) {
    for (int i = 0; i < into.length; i++) {
      into[i] += x[i];
    }
  }

  private static double maxNan(double a, double b) {
    return a != a || b != b ? Double.NaN : Math.max(a, b);
  }
}
