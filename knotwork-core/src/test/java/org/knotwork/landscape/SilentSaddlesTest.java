package org.knotwork.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knotwork.data.Dataset;
import org.knotwork.fixtures.NotesFixtures;
import org.knotwork.loss.SweepLoss;
import org.knotwork.net.NetworkParams;
import org.knotwork.net.SplineParams;
import org.knotwork.common.random.Rng;

/** Roots of D(&beta;) with S &ne; 0, against fixture C and a brute-force scan. */
class SilentSaddlesTest {

  @Test
  void fixtureCRootIsEightThirds() {
    // the constant fit c = -1.8 (no neurons); residuals (0.2, 0.2, 0.2, -0.8, 0.2)
    SplineParams constant = new SplineParams(new double[0], new double[0], new int[0], -1.8);
    List<SilentSaddle> roots = SilentSaddles.find(NotesFixtures.lossC(), constant, 1e-9, 1e-9);
    SilentSaddle right = roots.stream().filter(s -> s.orientation() == 1)
        .filter(s -> s.beta() > 2 && s.beta() < 3).findFirst().orElseThrow();
    assertThat(right.beta()).isCloseTo(8.0 / 3.0, within(1e-14));
    assertThat(right.residualMass()).isCloseTo(-0.6, within(1e-14));
    assertThat(right.ramp()).isCloseTo(17.0 / 9.0, within(1e-14));
    // the (beta, mu) block alone; with the coupling to c the full 3x3 gives fixture C's -0.2271785
    double a = 17.0 / 9.0;
    assertThat(right.curvature()).isCloseTo(0.5 * (a - Math.sqrt(a * a + 4 * 0.36)), within(1e-14));
    assertThat(right.curvature()).isGreaterThan(-0.2271785);
    NetworkParams inserted = SilentSaddles.insert(constant.toNetwork(), right, 1.0);
    assertThat(inserted.b(0)).isCloseTo(-8.0 / 3.0, within(1e-15));
    assertThat(inserted.v(0)).isZero();
  }

  /** Every reported root is a sign change of D found by a fine scan, and vice versa. */
  @Test
  void rootsMatchABruteForceScan() {
    Rng rng = Rng.of(71, "silent");
    Dataset data = NotesFixtures.randomData(25, rng);
    NetworkParams net = NotesFixtures.randomNet(3, rng, false);
    SweepLoss loss = SweepLoss.of(data);
    double[] r = loss.residuals(net);
    List<SilentSaddle> found = SilentSaddles.find(loss, net.toSpline(), 1e-9, 1e-9);
    for (int s : new int[] {1, -1}) {
      List<Double> scan = new ArrayList<>();
      double lo = data.xMin() - 0.5;
      double hi = data.xMax() + 0.5;
      int m = 200_000;
      double prev = d(data, r, s, lo);
      for (int k = 1; k <= m; k++) {
        double beta = lo + (hi - lo) * k / m;
        double cur = d(data, r, s, beta);
        if (prev != 0 && cur != 0 && Math.signum(prev) != Math.signum(cur)) {
          scan.add(beta);
        }
        prev = cur;
      }
      List<SilentSaddle> mine = found.stream().filter(x -> x.orientation() == s).toList();
      assertThat(mine).hasSameSizeAs(scan);
      for (int k = 0; k < mine.size(); k++) {
        SilentSaddle sd = mine.get(k);
        assertThat(sd.beta()).isCloseTo(scan.get(k), within(2 * (hi - lo) / m));
        assertThat(Math.abs(d(data, r, s, sd.beta()))).isLessThan(1e-12);
        double mass = 0;
        for (int n = 0; n < data.size(); n++) {
          if (s * (data.x(n) - sd.beta()) > 0) {
            mass += r[n];
          }
        }
        assertThat(sd.residualMass()).isCloseTo(mass, within(1e-12));
      }
    }
  }

  private static double d(Dataset data, double[] r, int s, double beta) {
    double v = 0;
    for (int n = 0; n < data.size(); n++) {
      v += r[n] * Math.max(0, s * (data.x(n) - beta));
    }
    return v;
  }

  @Test
  void rejectsBadArguments() {
    SplineParams p = NotesFixtures.netAB().toSpline();
    assertThatThrownBy(() -> SilentSaddles.find(NotesFixtures.lossA(), p, 0, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("moment");
    assertThatThrownBy(() -> SilentSaddles.insert(NotesFixtures.netAB(),
        new SilentSaddle(1, 0, 1, 1, -1), 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("absW");
  }
}
