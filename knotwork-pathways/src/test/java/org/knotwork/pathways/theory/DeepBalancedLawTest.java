package org.knotwork.pathways.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DeepBalancedLawTest {
  private static final double[] S = {Math.sqrt(15), Math.sqrt(7), 1};

  /** Check 5's ODE half-times from u0 = 1e-2 (+-0.001). */
  @Test
  void halfTimesOfTheNotes() {
    double[][] want = {{1.058, 1.519, 3.768}, {1.253, 1.821, 4.684}, {1.391, 2.037, 5.379}};
    int[] depths = {3, 4, 7};
    for (int i = 0; i < 3; i++) {
      DeepBalancedLaw law = new DeepBalancedLaw(depths[i]);
      for (int k = 0; k < 3; k++) {
        assertThat(law.halfTime(S[k], 1e-2)).as("D=%d s=%f", depths[i], S[k])
            .isCloseTo(want[i][k], within(1e-3));
      }
    }
  }

  /**
   * The notes' depths 2, 3, 4, 7 from u0 = 1e-2 get slower with depth. (Not a law for every D: the
   * escape time u0^(-(D-2)/D)/((D-2)s) peaks near D = 7 at u0 = 1e-2 and decreases beyond.)
   */
  @Test
  void deeperNetworksFromTheSameStartAreSlowerAtTheNotesDepths() {
    for (double s : S) {
      double prev = 0;
      for (int d : new int[] {2, 3, 4, 7}) {
        double t = new DeepBalancedLaw(d).halfTime(s, 1e-2);
        assertThat(t).isGreaterThan(prev);
        prev = t;
      }
    }
    assertThat(new DeepBalancedLaw(9).halfTime(1, 1e-2))
        .isLessThan(new DeepBalancedLaw(7).halfTime(1, 1e-2));
  }

  @Test
  void depthTwoIsTheSaxeSigmoidAndDepthOneIsExponential() {
    DeepBalancedLaw two = new DeepBalancedLaw(2);
    DeepBalancedLaw one = new DeepBalancedLaw(1);
    double[] times = {0, 0.5, 1, 2, 4};
    double[] u2 = two.trajectory(2.5, 0.02, times);
    double[] u1 = one.trajectory(2.5, 0.02, times);
    for (int i = 0; i < times.length; i++) {
      assertThat(u2[i]).isCloseTo(SaxeSigmoid.u(2.5, 0.02, times[i]), within(1e-10));
      assertThat(u1[i]).isCloseTo(2.5 - (2.5 - 0.02) * Math.exp(-times[i]), within(1e-10));
    }
    assertThat(two.time(2.5, 0.02, 2.0)).isCloseTo(SaxeSigmoid.time(2.5, 0.02, 2.0),
        within(1e-10));
  }

  @Test
  void trajectoryReachesHalfAtTheHalfTime() {
    for (int d : new int[] {3, 5, 7}) {
      DeepBalancedLaw law = new DeepBalancedLaw(d);
      double th = law.halfTime(Math.sqrt(7), 1e-2);
      double[] u = law.trajectory(Math.sqrt(7), 1e-2, new double[] {th});
      assertThat(u[0]).isCloseTo(Math.sqrt(7) / 2, within(1e-8));
    }
  }
}
