package org.knotwork.loss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.knotwork.data.Dataset;
import org.knotwork.net.NetworkParams;
import org.knotwork.net.SplineParams;
import org.knotwork.common.random.Rng;
import org.knotwork.testing.FiniteDifferences;
import org.knotwork.testing.RandomProblems;

/**
 * Gradients and Hessians of the production path against central finite differences (notes E2,
 * &sect;10 checks 3 and 6), the chain-rule identities S9 and the orbit orthogonality S10, and the
 * induced dynamics S12-S13.
 */
class DerivativesTest {

  static Stream<Integer> seeds() {
    return IntStream.range(0, 25).boxed();
  }

  /** A random problem whose knots stay at least 1e-2 away from every data point. */
  static Object[] problem(int seed) {
    Rng rng = Rng.of(seed, "derivatives");
    while (true) {
      int h = 1 + rng.nextInt(6);
      int n = 2 + rng.nextInt(15);
      NetworkParams net = RandomProblems.network(rng, h, 1.5, 0.0);
      Dataset d = RandomProblems.data(rng, n, -1, 1);
      if (RandomProblems.minKnotDataGap(net, d) > 1e-2) {
        return new Object[] {net, d};
      }
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void networkGradientAndHessianMatchFiniteDifferences(int seed) {
    Object[] pr = problem(seed);
    NetworkParams net = (NetworkParams) pr[0];
    SweepLoss loss = SweepLoss.of((Dataset) pr[1]);
    double[] theta = net.toVector();
    double[] g = loss.gradient(net);
    double[][] hess = loss.hessian(net);
    double[] fdGrad = FiniteDifferences.gradient(x -> loss.loss(NetworkParams.fromVector(x)),
        theta, 1e-6);
    double[][] fdHess = FiniteDifferences.jacobian(
        x -> loss.gradient(NetworkParams.fromVector(x)), theta, 1e-6);
    assertThat(RandomProblems.relErr(g, fdGrad)).isLessThan(1e-6);
    assertThat(RandomProblems.relErr(hess, fdHess)).isLessThan(2e-7);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void splineGradientAndHessianMatchFiniteDifferences(int seed) {
    Object[] pr = problem(seed);
    SplineParams sp = ((NetworkParams) pr[0]).toSpline();
    SweepLoss loss = SweepLoss.of((Dataset) pr[1]);
    int[] s = sp.orientation();
    double[] theta = sp.toVector();
    double[] g = loss.gradient(sp);
    double[][] hess = loss.hessian(sp);
    double[] fdGrad = FiniteDifferences.gradient(x -> loss.loss(SplineParams.fromVector(x, s)),
        theta, 1e-6);
    double[][] fdHess = FiniteDifferences.jacobian(
        x -> loss.gradient(SplineParams.fromVector(x, s)), theta, 1e-6);
    assertThat(RandomProblems.relErr(g, fdGrad)).isLessThan(1e-6);
    assertThat(RandomProblems.relErr(hess, fdHess)).isLessThan(2e-7);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void chainRuleIdentitiesAndOrbitOrthogonality(int seed) {
    Object[] pr = problem(seed);
    NetworkParams net = (NetworkParams) pr[0];
    SweepLoss loss = SweepLoss.of((Dataset) pr[1]);
    double[] gn = loss.gradient(net);
    double[] gs = loss.gradient(net.toSpline());
    int h = net.width();
    double scale = 1e-12 * Math.max(1, max(gn));
    for (int i = 0; i < h; i++) {
      double w = net.w(i);
      double b = net.b(i);
      double v = net.v(i);
      double gBeta = gs[i];
      double gMu = gs[h + i];
      // S9
      assertThat(gn[2 * h + i]).isCloseTo(Math.abs(w) * gMu, within(scale));
      assertThat(gn[h + i]).isCloseTo(-gBeta / w, within(scale * (1 + 1 / Math.abs(w))));
      assertThat(gn[i]).isCloseTo(b / (w * w) * gBeta + v * Math.signum(w) * gMu,
          within(scale * (1 + Math.abs(b) / (w * w))));
      // S10
      double orbit = w * gn[i] + b * gn[h + i] - v * gn[2 * h + i];
      assertThat(orbit).isCloseTo(0.0, within(scale * (Math.abs(w) + Math.abs(b) + Math.abs(v))));
    }
    assertThat(gn[3 * h]).isCloseTo(gs[2 * h], within(scale));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void inducedKnotDynamicsMatchTheChainRule(int seed) {
    Object[] pr = problem(seed);
    NetworkParams net = (NetworkParams) pr[0];
    SweepLoss loss = SweepLoss.of((Dataset) pr[1]);
    double[] gn = loss.gradient(net);
    double[] gs = loss.gradient(net.toSpline());
    int h = net.width();
    for (int i = 0; i < h; i++) {
      double w = net.w(i);
      double b = net.b(i);
      double v = net.v(i);
      double wDot = -gn[i];
      double bDot = -gn[h + i];
      double vDot = -gn[2 * h + i];
      // chain rule through beta = -b/w, mu = v|w|
      double betaDot = -bDot / w + b * wDot / (w * w);
      double muDot = vDot * Math.abs(w) + v * Math.signum(w) * wDot;
      // S13: (betaDot, muDot) = -G (gBeta, gMu)
      double beta = -b / w;
      double mu = v * Math.abs(w);
      double gbb = (1 + beta * beta) / (w * w);
      double gbm = -mu * beta / (w * w);
      double gmm = w * w + v * v;
      double tol = 1e-11 * (1 + Math.abs(betaDot) + Math.abs(muDot)) * (1 + gbb + gmm);
      assertThat(-(gbb * gs[i] + gbm * gs[h + i])).isCloseTo(betaDot, within(tol));
      assertThat(-(gbm * gs[i] + gmm * gs[h + i])).isCloseTo(muDot, within(tol));
      // det G = 1 + beta^2 + v^2/w^2
      assertThat(gbb * gmm - gbm * gbm)
          .isCloseTo(1 + beta * beta + v * v / (w * w), within(1e-12 * (gbb * gmm)));
    }
  }

  private static double max(double[] a) {
    double m = 0;
    for (double x : a) {
      m = Math.max(m, Math.abs(x));
    }
    return m;
  }
}
