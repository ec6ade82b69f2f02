package org.knotwork.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.knotwork.data.Dataset;
import org.knotwork.fixtures.NotesFixtures;
import org.knotwork.loss.ShallowObjective;
import org.knotwork.loss.SweepLoss;
import org.knotwork.net.NetworkParams;
import org.knotwork.common.random.Rng;

/** The PCA plane of a trajectory, against trajectories built inside a known plane. */
class TrajectoryPlaneTest {

  /** T = 5 (&lt; P, Gram of the points) and T = 40 (&gt; P, covariance of the coordinates). */
  @ParameterizedTest
  @ValueSource(ints = {5, 40})
  void recoversAPlaneThatContainsTheTrajectory(int points) {
    Rng rng = Rng.of(91, "pca");
    Dataset data = NotesFixtures.randomData(20, rng);
    SweepLoss loss = SweepLoss.of(data);
    NetworkParams ref = NotesFixtures.randomNet(4, rng, false);
    int p = 13;
    double[] e1 = NotesFixtures.randomUnit(p, rng);
    double[] e2 = NotesFixtures.randomUnit(p, rng);
    double c = dot(e1, e2);
    for (int i = 0; i < p; i++) {
      e2[i] -= c * e1[i];
    }
    double n2 = Math.sqrt(dot(e2, e2));
    for (int i = 0; i < p; i++) {
      e2[i] /= n2;
    }
    double[] origin = ref.toVector();
    List<double[]> traj = new ArrayList<>();
    for (int t = 0; t < points; t++) {
      double a = 0.3 * rng.gaussian();
      double b = 0.1 * rng.gaussian();
      double[] theta = origin.clone();
      for (int i = 0; i < p; i++) {
        theta[i] += a * e1[i] + b * e2[i];
      }
      traj.add(theta);
    }
    TrajectoryPlane plane = TrajectoryPlane.of(traj, origin);
    double[] d1 = plane.d1();
    double[] d2 = plane.d2();
    assertThat(dot(d1, d1)).isCloseTo(1, within(1e-12));
    assertThat(dot(d2, d2)).isCloseTo(1, within(1e-12));
    assertThat(dot(d1, d2)).isCloseTo(0, within(1e-12));
    // e1 and e2 lie in span(d1, d2)
    for (double[] e : new double[][] {e1, e2}) {
      double a = dot(e, d1);
      double b = dot(e, d2);
      assertThat(a * a + b * b).isCloseTo(1, within(1e-10));
    }
    assertThat(plane.explained()[0] + plane.explained()[1]).isCloseTo(1, within(1e-10));
    assertThat(plane.explained()[0]).isGreaterThanOrEqualTo(plane.explained()[1]);
    ShallowObjective obj = ShallowObjective.network(loss, 4);
    double[][] coords = plane.coordinates();
    for (int t = 0; t < points; t++) {
      assertThat(plane.offPlane()[t]).isLessThan(1e-10);
      // same reference point: the plane's loss at a point's coordinates is that point's loss
      Slice2D at = plane.slice(obj, new double[] {coords[t][0]}, new double[] {coords[t][1]});
      assertThat(at.loss(0, 0)).isCloseTo(loss.loss(NetworkParams.fromVector(traj.get(t))),
          within(1e-10));
    }
  }

  @Test
  void offPlaneDistanceIsReportedForACurvedPath() {
    double[] ref = new double[3];
    List<double[]> traj = List.of(new double[] {1, 0, 0}, new double[] {0, 1, 0},
        new double[] {0, 0, 1}, new double[] {0, 0, 0});
    TrajectoryPlane plane = TrajectoryPlane.of(traj, ref);
    // three orthogonal unit points: each direction explains 1/3 and one point is 1 off the plane
    assertThat(plane.explained()[0]).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(plane.explained()[1]).isCloseTo(1.0 / 3, within(1e-12));
    double off = 0;
    for (double o : plane.offPlane()) {
      off += o * o;
    }
    assertThat(off).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void rejectsDegenerateInput() {
    assertThatThrownBy(() -> TrajectoryPlane.of(List.of(new double[2]), new double[2]))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 2");
    assertThatThrownBy(() -> TrajectoryPlane.of(List.of(new double[2], new double[2]),
        new double[2])).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("equals the reference");
    assertThatThrownBy(() -> TrajectoryPlane.of(List.of(new double[2], new double[3]),
        new double[2])).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("point 1 has length 3");
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }
}
