package org.knotwork.multivariate.loss;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.knotwork.common.random.Rng;
import org.knotwork.data.Dataset;
import org.knotwork.loss.LossNormalization;
import org.knotwork.loss.NaiveLoss;
import org.knotwork.multivariate.net.HyperplaneNet;
import org.knotwork.multivariate.net.RandomNets;
import org.knotwork.multivariate.net.ShallowNet;
import org.knotwork.net.NetworkParams;

/**
 * Checks 3 and 4 of docs/multivariate-deep.md: gradient and Hessian of the loss in network and
 * hyperplane coordinates against central differences, and the chain rule between the two.
 */
class LossDerivativesTest {
  private static final double[] WORST = new double[5];

  static Stream<Integer> seeds() {
    return IntStream.range(0, 25).boxed();
  }

  /** A random net and N data points none of which lies within 1e-3 of a hyperplane. */
  record Problem(ShallowNet net, NaiveLoss2D loss) {}

  static Problem problem(int seed, int d) {
    Rng rng = Rng.of(seed, "loss");
    ShallowNet net = RandomNets.shallow(rng, 1 + rng.nextInt(5), d, 0.0);
    HyperplaneNet q = net.toHyperplane();
    int n = 5 + rng.nextInt(30);
    double[][] x = new double[n][];
    double[] y = new double[n];
    for (int j = 0; j < n; j++) {
      do {
        x[j] = RandomNets.point(rng, d, 2.0);
      } while (RandomNets.nearestHyperplane(q, x[j]) < 1e-3);
      y[j] = rng.gaussian();
    }
    return new Problem(net, new NaiveLoss2D(x, y));
  }

  private static double step(double t) {
    return 1e-6 * Math.max(1.0, Math.abs(t));
  }

  static double[] fdGradient(ToDoubleFunction<double[]> f, double[] p) {
    double[][] d = fdHessian(t -> new double[] {f.applyAsDouble(t)}, p);
    return Arrays.stream(d).mapToDouble(row -> row[0]).toArray();
  }

  /** Row k: the central difference of {@code f} along parameter k (for a gradient, the Hessian). */
  static double[][] fdHessian(Function<double[], double[]> f, double[] p) {
    double[][] out = new double[p.length][];
    for (int k = 0; k < p.length; k++) {
      double h = step(p[k]);
      double[] a = p.clone();
      double[] b = p.clone();
      a[k] += h;
      b[k] -= h;
      double[] fa = f.apply(a);
      double[] fb = f.apply(b);
      out[k] = new double[fa.length];
      for (int l = 0; l < fa.length; l++) {
        out[k][l] = (fa[l] - fb[l]) / (2 * h);
      }
    }
    return out;
  }

  private static double relErr(double[] got, double[] ref) {
    return RandomNets.maxDiff(got, ref) / Math.max(1.0, RandomNets.maxAbs(ref));
  }

  private static double relErr(double[][] got, double[][] ref) {
    double diff = 0;
    double scale = 1.0;
    for (int k = 0; k < ref.length; k++) {
      diff = Math.max(diff, RandomNets.maxDiff(got[k], ref[k]));
      scale = Math.max(scale, RandomNets.maxAbs(ref[k]));
    }
    return diff / scale;
  }

  private static void record(int slot, double err) {
    WORST[slot] = Math.max(WORST[slot], err);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void networkCoordinates(int seed) {
    int d = 2 + seed % 2;
    Problem pr = problem(seed, d);
    NaiveLoss2D loss = pr.loss();
    double[] p = pr.net().toVector();
    double[] g = loss.gradient(pr.net());
    double[] fd = fdGradient(t -> loss.loss(ShallowNet.fromVector(t, d)), p);
    record(0, relErr(g, fd));
    assertThat(relErr(g, fd)).isLessThan(1e-6);
    double[][] hess = loss.hessian(pr.net());
    double[][] fdh = fdHessian(t -> loss.gradient(ShallowNet.fromVector(t, d)), p);
    record(1, relErr(hess, fdh));
    assertThat(relErr(hess, fdh)).isLessThan(1e-6);
    for (int k = 0; k < p.length; k++) {
      for (int l = 0; l < p.length; l++) {
        assertThat(hess[k][l]).isEqualTo(hess[l][k]);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void hyperplaneCoordinates(int seed) {
    Problem pr = problem(seed, 2);
    NaiveLoss2D loss = pr.loss();
    HyperplaneNet q = pr.net().toHyperplane();
    assertThat(loss.loss(q)).isCloseTo(loss.loss(pr.net()),
        org.assertj.core.api.Assertions.within(1e-12 * (1 + loss.loss(pr.net()))));
    double[] p = q.toAngleVector();
    double[] g = loss.gradient(q);
    double[] fd = fdGradient(t -> loss.loss(HyperplaneNet.fromAngleVector(t)), p);
    record(2, relErr(g, fd));
    assertThat(relErr(g, fd)).isLessThan(1e-6);
    double[][] hess = loss.hessian(q);
    double[][] fdh = fdHessian(t -> loss.gradient(HyperplaneNet.fromAngleVector(t)), p);
    record(3, relErr(hess, fdh));
    assertThat(relErr(hess, fdh)).isLessThan(1e-6);
  }

  /**
   * Check 4: J<sup>T</sup> &nabla;<sub>(&theta;,&beta;,&mu;,c)</sub>L =
   * &nabla;<sub>(w,b,v,c)</sub>L, and J itself.
   */
  @ParameterizedTest
  @MethodSource("seeds")
  void chainRuleBetweenCoordinateSystems(int seed) {
    Problem pr = problem(seed, 2);
    ShallowNet net = pr.net();
    double[][] jac = net.angleJacobian();
    double[] gh = pr.loss().gradient(net.toHyperplane());
    double[] gn = pr.loss().gradient(net);
    double[] pulled = new double[gn.length];
    for (int r = 0; r < jac.length; r++) {
      for (int col = 0; col < gn.length; col++) {
        pulled[col] += jac[r][col] * gh[r];
      }
    }
    record(4, relErr(pulled, gn));
    assertThat(relErr(pulled, gn)).isLessThan(1e-12);
    // J against central differences of the coordinate map (angles compared modulo 2 pi)
    double[] p = net.toVector();
    double[] base = net.toHyperplane().toAngleVector();
    int h = net.width();
    for (int col = 0; col < p.length; col++) {
      double s = step(p[col]);
      double[] a = p.clone();
      double[] b = p.clone();
      a[col] += s;
      b[col] -= s;
      double[] qa = ShallowNet.fromVector(a, 2).toHyperplane().toAngleVector();
      double[] qb = ShallowNet.fromVector(b, 2).toHyperplane().toAngleVector();
      for (int r = 0; r < base.length; r++) {
        double diff = qa[r] - qb[r];
        if (r < h) {
          diff = Math.IEEEremainder(diff, 2 * Math.PI);
        }
        double fd = diff / (2 * s);
        assertThat(Math.abs(fd - jac[r][col]))
            .as("J[%d][%d]", r, col).isLessThan(1e-6 * Math.max(1, Math.abs(jac[r][col])));
      }
    }
  }

  /** d = 1: loss, gradient and Hessian in network coordinates equal knotwork-core's NaiveLoss. */
  @ParameterizedTest
  @MethodSource("seeds")
  void oneDimensionalCaseMatchesTheUnivariateReference(int seed) {
    Problem pr = problem(seed, 1);
    ShallowNet net = pr.net();
    int n = pr.loss().size();
    Rng rng = Rng.of(seed, "loss");
    double[] w = new double[net.width()];
    for (int i = 0; i < w.length; i++) {
      w[i] = net.w(i)[0];
    }
    NetworkParams core = new NetworkParams(w, net.b(), net.v(), net.c());
    double[][] x = new double[n][1];
    double[] xs = new double[n];
    double[] ys = new double[n];
    for (int j = 0; j < n; j++) {
      do {
        x[j][0] = rng.uniform(-2, 2);
      } while (RandomNets.nearestHyperplane(net.toHyperplane(), x[j]) < 1e-3);
      xs[j] = x[j][0];
      ys[j] = rng.gaussian();
    }
    NaiveLoss2D ours = new NaiveLoss2D(x, ys);
    NaiveLoss ref = new NaiveLoss(new Dataset(xs, ys), LossNormalization.MEAN);
    assertThat(ours.loss(net)).isCloseTo(ref.loss(core),
        org.assertj.core.api.Assertions.within(1e-12 * (1 + ref.loss(core))));
    assertThat(relErr(ours.gradient(net), ref.gradient(core))).isLessThan(1e-12);
    assertThat(relErr(ours.hessian(net), ref.hessian(core))).isLessThan(1e-12);
  }

  /**
   * A data point exactly on a hyperplane counts as inactive (relu'(0) = 0): the gradient is the
   * one-sided derivative from the side where the neuron is off.
   */
  @Test
  void pointOnAHyperplaneUsesTheInactiveSide() {
    HyperplaneNet q = HyperplaneNet.fromAngles(new double[] {0}, new double[] {0.5},
        new double[] {2}, 0.25);
    NaiveLoss2D loss = new NaiveLoss2D(new double[][] {{0.5, 0.3}, {1.5, -1}},
        new double[] {1, -1});
    double[] p = q.toAngleVector();
    double[] g = loss.gradient(q);
    // beta up: the first point moves to the inactive side, where it stays
    double h = 1e-7;
    double[] up = p.clone();
    up[1] += h;
    double oneSided = (loss.loss(HyperplaneNet.fromAngleVector(up)) - loss.loss(q)) / h;
    assertThat(g[1]).isCloseTo(oneSided, org.assertj.core.api.Assertions.within(1e-6));
    // and it differs from the other side's derivative, which would count the point as active
    double[] down = p.clone();
    down[1] -= h;
    double otherSide = (loss.loss(q) - loss.loss(HyperplaneNet.fromAngleVector(down))) / h;
    assertThat(Math.abs(g[1] - otherSide)).isGreaterThan(0.1);
  }

  @AfterAll
  static void report() {
    System.out.printf("check 3/4 worst relative errors: net grad %.2e, net hess %.2e, "
        + "hyperplane grad %.2e, hyperplane hess %.2e, chain rule %.2e%n",
        WORST[0], WORST[1], WORST[2], WORST[3], WORST[4]);
  }
}
