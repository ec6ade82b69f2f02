package org.knotwork.loss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.knotwork.fixtures.NotesFixtures;
import org.knotwork.data.Dataset;
import org.knotwork.net.NetworkParams;
import org.knotwork.net.SplineParams;
import org.knotwork.common.random.Rng;

/** The active-side moments S, X, D (S6) against direct sums and the notes' fixture A. */
class ActiveSideMomentsTest {

  @Test
  void fixtureAByHand() {
    // r = (-4.75, -1.75, -0.25, 1.8125, 5.1875) at x = (-1.5, -1, 0, 1, 1.5)
    ActiveSideMoments m = NotesFixtures.lossA().activeSideMoments(NotesFixtures.netAB().toSpline());
    // neuron 1: s=+1, beta=-0.5 sees x = 0, 1, 1.5
    assertThat(m.s(0)).isCloseTo(-0.25 + 1.8125 + 5.1875, within(1e-14));
    assertThat(m.x(0)).isCloseTo(1.8125 + 1.5 * 5.1875, within(1e-14));
    // neuron 2: s=-1, beta=0.5 sees x = -1.5, -1, 0
    assertThat(m.s(1)).isCloseTo(-4.75 - 1.75 - 0.25, within(1e-14));
    assertThat(m.x(1)).isCloseTo(-1.5 * -4.75 + -1 * -1.75, within(1e-14));
    // D is the mu-gradient of fixture A: (12.96875, -12.25, 7.84375)
    assertThat(m.d()).containsExactly(new double[] {12.96875, -12.25, 7.84375}, within(1e-13));
    assertThat(m.activeCount()).containsExactly(3, 3, 2);
    assertThat(m.residualSum()).isCloseTo(0.25, within(1e-14));
  }

  @ParameterizedTest
  @ValueSource(longs = {11, 12, 13})
  void matchDirectSumsInBothCoordinates(long seed) {
    Rng rng = Rng.of(seed, "moments");
    Dataset data = NotesFixtures.randomData(31, rng);
    NetworkParams net = NotesFixtures.randomNet(7, rng, true);
    SweepLoss loss = SweepLoss.of(data);
    double[] r = loss.residuals(net);
    ActiveSideMoments nn = loss.activeSideMoments(net);
    ActiveSideMoments sp = loss.activeSideMoments(net.toSpline());
    SplineParams spl = net.toSpline();
    for (int i = 0; i < net.width(); i++) {
      double s = 0;
      double x = 0;
      double d = 0;
      int count = 0;
      for (int n = 0; n < data.size(); n++) {
        double z = net.w(i) * data.x(n) + net.b(i);
        if (z > 0) {
          s += r[n];
          x += r[n] * data.x(n);
          d += r[n] * z;
          count++;
        }
      }
      assertThat(nn.s(i)).isCloseTo(s, within(1e-12));
      assertThat(nn.x(i)).isCloseTo(x, within(1e-12));
      assertThat(nn.activeCount(i)).isEqualTo(count);
      if (net.w(i) == 0) {
        assertThat(nn.d(i)).isNaN();
        assertThat(sp.d(i)).isNaN();
        assertThat(sp.activeCount(i)).isZero();
      } else {
        assertThat(nn.d(i)).isCloseTo(d / Math.abs(net.w(i)), within(1e-12));
        assertThat(sp.s(i)).isCloseTo(s, within(1e-12));
        assertThat(sp.x(i)).isCloseTo(x, within(1e-12));
        assertThat(sp.d(i)).isCloseTo(
            spl.orientation(i) * (x - spl.beta(i) * s), within(1e-11));
      }
    }
  }

  @Test
  void rejectsMismatchedLengths() {
    assertThatThrownBy(() -> new ActiveSideMoments(new double[2], new double[1], new double[2],
        new int[2], 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("equal lengths");
  }
}
