package org.knotwork.multivariate.geometry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.knotwork.common.random.Rng;
import org.knotwork.multivariate.deep.DeepNet;
import org.knotwork.multivariate.deep.DeepUnivariate;
import org.knotwork.multivariate.net.HyperplaneNet;
import org.knotwork.multivariate.net.RandomNets;
import org.knotwork.multivariate.net.ShallowNet;

/**
 * Checks 5 and 6 of docs/multivariate-deep.md: the exact partition of a box against brute-force
 * enumeration of activation patterns (a fine grid and uniform random points), the cells' areas
 * against Monte Carlo fractions (binomial standard error), the affine piece on each cell against
 * the forward pass at random interior points, the closed-form count 1 + L + V of a line
 * arrangement, the depth-1 case against the shallow arrangement, and lifted univariate nets against
 * DeepUnivariate's knots.
 */
class ArrangementTest {
  private static final Box BOX = new Box(-2, 2, -1.5, 2.5);
  private static final int GRID = 250;
  private static final int SAMPLES = 100_000;

  static DeepNet randomDeep(Rng rng, int[] widths) {
    double[][][] w = new double[widths.length][][];
    double[][] b = new double[widths.length][];
    int in = 2;
    for (int l = 0; l < widths.length; l++) {
      w[l] = new double[widths[l]][in];
      b[l] = new double[widths[l]];
      for (int k = 0; k < widths[l]; k++) {
        for (int i = 0; i < in; i++) {
          w[l][k][i] = rng.gaussian() * Math.sqrt(2.0 / in);
        }
        b[l][k] = 0.5 * rng.gaussian();
      }
      in = widths[l];
    }
    double[] v = new double[in];
    for (int k = 0; k < in; k++) {
      v[k] = rng.gaussian();
    }
    return new DeepNet(w, b, v, rng.gaussian());
  }

  /** A scale for rounding in f at (x, y): the forward pass with absolute values everywhere. */
  static double scale(DeepNet net, double x, double y) {
    double[] h = {Math.abs(x), Math.abs(y)};
    for (int l = 0; l < net.depth(); l++) {
      double[][] w = net.weights(l);
      double[] b = net.biases(l);
      double[] next = new double[w.length];
      for (int k = 0; k < w.length; k++) {
        double s = Math.abs(b[k]);
        for (int i = 0; i < h.length; i++) {
          s += Math.abs(w[k][i]) * h[i];
        }
        next[k] = s;
      }
      h = next;
    }
    double s = Math.abs(net.c());
    double[] v = net.v();
    for (int k = 0; k < v.length; k++) {
      s += Math.abs(v[k]) * h[k];
    }
    return 1 + s;
  }

  /** The exact checks of one arrangement against brute force (checks 5 and 6). */
  static void checkAgainstBruteForce(DeepNet net, Arrangement a, Rng rng) {
    // cells tile the box: areas positive and summing to the box area
    assertThat(a.cells()).allSatisfy(c -> assertThat(c.area()).isPositive());
    assertThat(Math.abs(a.totalArea() - BOX.area())).isLessThan(1e-10 * BOX.area());
    // every cell has its own pattern (a pattern fixes the cell: an intersection of half-planes)
    Map<String, Cell> byPattern = new HashMap<>();
    for (Cell c : a.cells()) {
      assertThat(byPattern.put(c.key(), c)).as("pattern %s twice", c.key()).isNull();
    }
    // every pattern met on a fine grid is a cell, and the cell contains the grid point
    double dx = (BOX.xMax() - BOX.xMin()) / GRID;
    double dy = (BOX.yMax() - BOX.yMin()) / GRID;
    for (int i = 0; i < GRID; i++) {
      for (int j = 0; j < GRID; j++) {
        double x = BOX.xMin() + (i + 0.5) * dx;
        double y = BOX.yMin() + (j + 0.5) * dy;
        Cell c = byPattern.get(Cell.key(net.pattern(new double[] {x, y})));
        assertThat(c).as("grid point (%s, %s)", x, y).isNotNull();
        assertThat(c.polygon().contains(x, y, 1e-9)).isTrue();
      }
    }
    // uniform random points: pattern found, and the fraction in each cell against its area
    Map<String, Integer> counts = new HashMap<>();
    for (int s = 0; s < SAMPLES; s++) {
      double x = rng.uniform(BOX.xMin(), BOX.xMax());
      double y = rng.uniform(BOX.yMin(), BOX.yMax());
      String key = Cell.key(net.pattern(new double[] {x, y}));
      assertThat(byPattern).containsKey(key);
      counts.merge(key, 1, Integer::sum);
    }
    for (Cell c : a.cells()) {
      double p = c.area() / BOX.area();
      double frac = counts.getOrDefault(c.key(), 0) / (double) SAMPLES;
      double se = Math.sqrt(p * (1 - p) / SAMPLES);
      // 5 standard errors per cell (two-sided tail 6e-7 each), plus one sample of granularity
      assertThat(Math.abs(frac - p)).as("cell %s", c.key()).isLessThanOrEqualTo(
          5 * se + 1.0 / SAMPLES);
    }
    // the affine piece equals the forward pass at random interior points of every cell
    for (Cell c : a.cells()) {
      ConvexPolygon poly = c.polygon();
      for (int t = 0; t < 5; t++) {
        double[] wts = new double[poly.size()];
        double sum = 0;
        for (int k = 0; k < wts.length; k++) {
          wts[k] = -Math.log(1 - rng.uniform());
          sum += wts[k];
        }
        double x = 0;
        double y = 0;
        for (int k = 0; k < wts.length; k++) {
          x += wts[k] / sum * poly.x(k);
          y += wts[k] / sum * poly.y(k);
        }
        double f = net.value(new double[] {x, y});
        assertThat(Math.abs(c.value(x, y) - f)).isLessThanOrEqualTo(1e-12 * scale(net, x, y));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 4, 12, 30})
  void shallowCellsMatchBruteForceAndTheClosedForm(int width) {
    for (int seed = 0; seed < 2; seed++) {
      Rng rng = Rng.of(seed, "shallow-" + width);
      ShallowNet net = RandomNets.shallow(rng, width, 2, 0.0);
      Arrangement a = Arrangement.of(net, BOX);
      checkAgainstBruteForce(DeepNet.of(net), a, rng.split("check"));
      // M4: regions = 1 + L + V (random lines are in general position with probability 1)
      assertThat(a.regions()).isEqualTo(LineCounts.of(net.toHyperplane(), BOX).regions());
    }
  }

  @Test
  void aNullNeuronAddsNoRegion() {
    Rng rng = Rng.of(3, "null");
    ShallowNet net = RandomNets.shallow(rng, 10, 2, 0.3);
    Arrangement a = Arrangement.of(net, BOX);
    checkAgainstBruteForce(DeepNet.of(net), a, rng.split("check"));
    assertThat(a.regions()).isEqualTo(LineCounts.of(net.toHyperplane(), BOX).regions());
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 5, 10, 20})
  void linesInGeneralPositionWithEveryCrossingInsideGiveTheGlobalCount(int n) {
    // lines at well-separated angles through points near the origin: every pair meets within a
    // radius we can bound, and the box is chosen larger than that
    Rng rng = Rng.of(n, "general");
    double[] theta = new double[n];
    double[] beta = new double[n];
    double[] mu = new double[n];
    for (int i = 0; i < n; i++) {
      theta[i] = Math.PI * (i + 0.25 + 0.5 * rng.uniform()) / n;
      beta[i] = rng.uniform(-0.5, 0.5);
      mu[i] = rng.gaussian();
    }
    HyperplaneNet net = HyperplaneNet.fromAngles(theta, beta, mu, 0.0);
    double minGap = Math.PI / (2 * n);
    double radius = 2 * 0.5 / Math.sin(minGap); // |intersection| <= (|b1| + |b2|) / sin(gap)
    Box box = Box.square(radius + 1);
    LineCounts counts = LineCounts.of(net, box);
    assertThat(counts.lines()).isEqualTo(n);
    assertThat(counts.vertices()).isEqualTo(n * (n - 1) / 2);
    Arrangement a = Arrangement.of(net.toNetwork(), box);
    assertThat((long) a.regions()).isEqualTo(LineCounts.globalRegions(n));
    assertThat(Math.abs(a.totalArea() - box.area())).isLessThan(1e-10 * box.area());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3})
  void deepCellsMatchBruteForce(int seed) {
    int[][] shapes = {{6, 5}, {8, 8}, {4, 6, 5}, {10, 6, 4}};
    Rng rng = Rng.of(seed, "deep");
    DeepNet net = randomDeep(rng, shapes[seed]);
    Arrangement a = Arrangement.of(net, BOX);
    checkAgainstBruteForce(net, a, rng.split("check"));
    assertThat(a.regions()).isGreaterThan(net.width(0));
  }

  @Test
  void depthOneIsTheShallowArrangement() {
    Rng rng = Rng.of(7, "depth1");
    DeepNet deep = randomDeep(rng, new int[] {15});
    ShallowNet shallow = new ShallowNet(deep.weights(0), deep.biases(0), deep.v(), deep.c());
    Arrangement a = Arrangement.of(deep, BOX);
    // the shallow arrangement recomputed from hyperplane coordinates (unit representative)
    Arrangement b = Arrangement.of(shallow.toHyperplane().toNetwork(), BOX);
    assertThat(a.regions()).isEqualTo(b.regions())
        .isEqualTo(LineCounts.of(shallow.toHyperplane(), BOX).regions());
    Map<String, Cell> bByKey = new HashMap<>();
    b.cells().forEach(c -> bByKey.put(c.key(), c));
    for (Cell c : a.cells()) {
      Cell d = bByKey.get(c.key());
      assertThat(d).isNotNull();
      assertThat(Math.abs(c.area() - d.area())).isLessThan(1e-12 * BOX.area());
      double[] m = c.polygon().vertexMean();
      assertThat(Math.abs(c.value(m[0], m[1]) - d.value(m[0], m[1])))
          .isLessThan(1e-12 * scale(deep, m[0], m[1]));
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 4, 5})
  void aLiftedUnivariateNetHasVerticalStripsAtTheUnivariateKnots(int seed) {
    Rng rng = Rng.of(seed, "lift");
    int h1 = 2 + rng.nextInt(6);
    int h2 = 2 + rng.nextInt(6);
    double[] w1 = new double[h1];
    double[] b1 = new double[h1];
    for (int i = 0; i < h1; i++) {
      w1[i] = rng.gaussian();
      b1[i] = 2 * rng.gaussian();
    }
    double[][] w2 = new double[h2][h1];
    double[] b2 = new double[h2];
    double[] v = new double[h2];
    for (int k = 0; k < h2; k++) {
      for (int i = 0; i < h1; i++) {
        w2[k][i] = rng.gaussian() / Math.sqrt(h1);
      }
      b2[k] = rng.gaussian();
      v[k] = rng.gaussian();
    }
    DeepUnivariate uni = new DeepUnivariate(w1, b1, w2, b2, v, rng.gaussian());
    double[][] lifted = new double[h1][];
    for (int i = 0; i < h1; i++) {
      lifted[i] = new double[] {w1[i], 0.0};
    }
    DeepNet net = new DeepNet(new double[][][] {lifted, w2}, new double[][] {b1, b2}, v, uni.c());
    Box box = new Box(-6, 6, -1, 1);
    Arrangement a = Arrangement.of(net, box);
    TreeSet<Double> knots = new TreeSet<>();
    for (double t : uni.spline().knots()) {
      if (t > box.xMin() + 1e-9 && t < box.xMax() - 1e-9) {
        knots.add(t);
      }
    }
    // every cell is a strip [t_k, t_k+1] x [-1, 1]; its x-edges are consecutive knots
    assertThat(a.regions()).isEqualTo(knots.size() + 1);
    List<Double> edges = new ArrayList<>();
    for (Cell c : a.cells()) {
      double[] xs = c.polygon().xs();
      Arrays.sort(xs);
      edges.add(xs[0]);
      edges.add(xs[xs.length - 1]);
      double mid = 0.5 * (xs[0] + xs[xs.length - 1]);
      assertThat(Math.abs(c.gx() - uni.slope(mid))).isLessThan(1e-12 * scale(net, mid, 0));
      assertThat(c.gy()).isZero();
    }
    for (double t : knots) {
      double nearest = edges.stream().mapToDouble(e -> Math.abs(e - t)).min().orElseThrow();
      assertThat(nearest).as("knot %s", t).isLessThan(1e-9 * (1 + Math.abs(t)));
    }
    checkAgainstBruteForce2(net, a, box);
  }

  /** Areas of a lifted net tile its own box. */
  private static void checkAgainstBruteForce2(DeepNet net, Arrangement a, Box box) {
    assertThat(Math.abs(a.totalArea() - box.area())).isLessThan(1e-10 * box.area());
    for (Cell c : a.cells()) {
      double[] m = c.polygon().vertexMean();
      assertThat(Cell.key(net.pattern(m))).isEqualTo(c.key());
    }
  }

  @Test
  void aChordIsTheLineInsideTheBox() {
    Box box = Box.square(1);
    double[] ch = box.chord(1, 0, 0.25);
    assertThat(ch).isNotNull();
    assertThat(ch[0]).isEqualTo(0.25);
    assertThat(ch[2]).isEqualTo(0.25);
    assertThat(Math.abs(ch[1] - ch[3])).isEqualTo(2.0);
    assertThat(box.chord(1, 0, 1.5)).isNull();
    double s = Math.sqrt(0.5);
    double[] diag = box.chord(s, s, 0.0);
    assertThat(Math.hypot(diag[0] - diag[2], diag[1] - diag[3])).isCloseTo(2 * Math.sqrt(2),
        org.assertj.core.data.Offset.offset(1e-12));
  }
}
