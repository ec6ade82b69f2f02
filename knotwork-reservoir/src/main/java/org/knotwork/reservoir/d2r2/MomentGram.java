package org.knotwork.reservoir.d2r2;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.knotwork.reservoir.linalg.RidgeSolution;
import org.knotwork.reservoir.linalg.RidgeSolver;
import org.knotwork.reservoir.series.TimeSeries;

/**
 * The ridge normal equations of D2R2 from the moments of the data (docs/reservoir.md &sect;4.4): the
 * product of two monomials of degree &le; p is a monomial of degree &le; 2p, so the Gram matrix
 * G<sub>ab</sub> = &Sigma;<sub>t</sub> &phi;<sub>a</sub>(u<sub>t</sub>) &phi;<sub>b</sub>(u<sub>t</sub>)
 * is a table of the C(K + 2p, 2p) sums M<sub>e</sub> = &Sigma;<sub>t</sub> u<sub>t</sub><sup>e</sup>
 * (12 870 for K = 8, p = 4) instead of P(P + 1)/2 products per sample (122 760 for P = 495). The
 * cross term C<sub>am</sub> = &Sigma;<sub>t</sub> &phi;<sub>a</sub>(u<sub>t</sub>) y<sub>t,m</sub> is
 * summed directly (P K per sample).
 *
 * <p>Samples go through in fixed blocks of {@link #BLOCK} consecutive pairs; inside a block every
 * monomial is evaluated for 32 samples at once and summed into one accumulator per lane
 * ({@link PolynomialFeatures#sumLanes}: independent, vectorisable additions); a block's sums are its
 * lanes' accumulators added in lane order, and the blocks' sums are added in block order. The block partition does not depend on the thread count, so the
 * result is bit-for-bit the same on one thread or many.
 */
public final class MomentGram {
  /** Samples per block. */
  public static final int BLOCK = 4096;
  /** Samples evaluated together inside a block (the vector length of the monomial products). */
  private static final int LANES = 32;

  private final PolynomialFeatures phi;
  private final PolynomialFeatures moments;
  /** index[a * P + b] (a &le; b): the moment of &phi;<sub>a</sub> &phi;<sub>b</sub>. */
  private final int[] index;

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
    Map<List<Integer>, Integer> byExponents = new HashMap<>();
    for (int j = 0; j < moments.size(); j++) {
      byExponents.put(key(moments.exponents(j)), j);
    }
    int kk = phi.inputs();
    int[][] e = new int[p][];
    for (int a = 0; a < p; a++) {
      e[a] = phi.exponents(a);
      // the degree <= p monomials lead the degree-2p map in the same order (graded, lexicographic)
      if (!Arrays.equals(e[a], moments.exponents(a))) {
        throw new IllegalStateException("feature " + a + " is not moment " + a);
      }
    }
    index = new int[p * p];
    int[] sum = new int[kk];
    for (int a = 0; a < p; a++) {
      for (int b = a; b < p; b++) {
        for (int v = 0; v < kk; v++) {
          sum[v] = e[a][v] + e[b][v];
        }
        index[a * p + b] = byExponents.get(key(sum));
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

  private static List<Integer> key(int[] exponents) {
    return IntStream.of(exponents).boxed().toList();
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
    Sums[] partial = new Sums[blocks];
    IntStream tasks = IntStream.range(0, blocks);
    if (parallel && blocks > 1) {
      tasks = tasks.parallel();
    }
    tasks.forEach(b -> {
      int s0 = from + b * BLOCK;
      int s1 = (int) Math.min((long) s0 + BLOCK, to - 1L);
      partial[b] = block(series, s0, s1, k);
    });
    double[] m = partial[0].moments();
    double[] c = partial[0].cross();
    double max = partial[0].maxAbsFeature();
    for (int b = 1; b < blocks; b++) {
      add(m, partial[b].moments());
      add(c, partial[b].cross());
      max = maxNan(max, partial[b].maxAbsFeature());
    }
    return new Sums(m, c, max, pairs);
  }

  /** Samples s0 &hellip; s1 &minus; 1 (targets s0 + 1 &hellip; s1). */
  private Sums block(TimeSeries series, int s0, int s1, int k) {
    int nm = moments.size();
    int p = phi.size();
    double[] laneSums = new double[nm * LANES];
    double[] c = new double[p * k];
    double[] vals = new double[moments.lowerDegreeCount() * LANES];
    double[] in = new double[k * LANES];
    double[] out = new double[k * LANES];
    double[] u = new double[k];
    double[] y = new double[k];
    double max = 0;
    for (int t0 = s0; t0 < s1; t0 += LANES) {
      int n = Math.min(LANES, s1 - t0);
      for (int l = 0; l < n; l++) {
        series.row(t0 + l, u);
        series.row(t0 + l + 1, y);
        for (int v = 0; v < k; v++) {
          in[v * LANES + l] = u[v];
          out[v * LANES + l] = y[v];
        }
      }
      moments.sumLanes(in, vals, LANES, n, laneSums);
      for (int a = 0; a < p; a++) {
        int o = a * LANES;
        for (int l = 0; l < n; l++) {
          max = maxNan(max, Math.abs(vals[o + l]));
        }
        for (int v = 0; v < k; v++) {
          int q = v * LANES;
          double s = 0;
          for (int l = 0; l < n; l++) {
            s += vals[o + l] * out[q + l];
          }
          c[a * k + v] += s;
        }
      }
    }
    double[] m = new double[nm];
    for (int j = 0; j < nm; j++) {
      double s = 0;
      for (int l = 0; l < LANES; l++) {
        s += laneSums[j * LANES + l];
      }
      m[j] = s;
    }
    return new Sums(m, c, max, s1 - s0);
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

  /** The ridge solution W = C<sup>T</sup>(G + &beta;I)<sup>&minus;1</sup> of {@code sums}. */
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
