package org.knotwork.render.scene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.knotwork.common.linalg.Inertia;
import org.knotwork.net.NetworkParams;
import org.knotwork.regime.Interpolant;
import org.knotwork.render.SyntheticTrajectories;
import org.knotwork.render.model.Frame;
import org.knotwork.render.model.FrameSelection;
import org.knotwork.render.model.Trajectory;

class StoryboardTest {
  private final Trajectory t = SyntheticTrajectories.gradientDescent(10, 5, 300, 20, 0.05, true);
  private final Storyboard sb = Storyboard.of(t, FrameSelection.uniformInTime(t, 8));

  @Test
  void framesFollowTheSelection() {
    assertThat(sb.size()).isEqualTo(8);
    for (int k = 0; k < sb.size(); k++) {
      FrameState f = sb.frame(k);
      Frame rec = t.frames().get(sb.selection().index(k));
      assertThat(f.index()).isEqualTo(k);
      assertThat(f.step()).isEqualTo(rec.step());
      assertThat(f.time()).isEqualTo(rec.time());
      assertThat(f.loss()).isEqualTo(rec.loss());
    }
  }

  @Test
  void thePolylineIsTheNetworkFunctionExactly() {
    // f is piecewise linear with kinks only at knots, so linear interpolation of the polyline must
    // reproduce the network (evaluated independently from S1) everywhere in the window.
    for (FrameState f : sb.frames()) {
      NetworkParams net = t.frames().get(f.recordIndex()).net();
      double[] cx = f.curveX();
      for (int j = 0; j < cx.length; j++) {
        assertThat(f.curveY()[j]).isCloseTo(net.value(cx[j]), within(1e-12));
      }
      for (int q = 0; q <= 1000; q++) {
        double x = sb.scene().xMin() + (sb.scene().xMax() - sb.scene().xMin()) * q / 1000;
        int j = Math.max(0, Math.min(cx.length - 2, upper(cx, x) - 1));
        double u = (x - cx[j]) / (cx[j + 1] - cx[j]);
        double y = (1 - u) * f.curveY()[j] + u * f.curveY()[j + 1];
        assertThat(y).isCloseTo(net.value(x), within(1e-11));
      }
    }
  }

  @Test
  void knotsResidualsAndInertiaMatchIndependentComputations() {
    for (FrameState f : sb.frames()) {
      NetworkParams net = t.frames().get(f.recordIndex()).net();
      for (int i = 0; i < f.width(); i++) {
        double w = net.w(i);
        assertThat(f.orientation()[i]).isEqualTo((int) Math.signum(w));
        assertThat(f.beta()[i]).isCloseTo(-net.b(i) / w, within(1e-15 * (1 + Math.abs(f.beta()[i]))));
        assertThat(f.mu()[i]).isCloseTo(net.v(i) * Math.abs(w), within(1e-15));
        assertThat(f.valueAtKnot()[i]).isCloseTo(net.value(f.beta()[i]), within(1e-12));
      }
      for (int n = 0; n < t.data().size(); n++) {
        assertThat(f.residuals()[n])
            .isCloseTo(net.value(t.data().x(n)) - t.data().y(n), within(1e-12));
      }
      double[] eig = t.frames().get(f.recordIndex()).spectrum();
      assertThat(f.inertia()).isEqualTo(Inertia.of(eig, Inertia.defaultTolerance(eig)));
      assertThat(f.inertia().positive() + f.inertia().zero() + f.inertia().negative())
          .isEqualTo(3 * f.width() + 1);
    }
  }

  @Test
  void sceneCoversEverythingDrawn() {
    Scene s = sb.scene();
    assertThat(s.xMin()).isLessThan(t.data().xMin());
    assertThat(s.xMax()).isGreaterThan(t.data().xMax());
    Interpolant cubic = Interpolant.naturalCubicSpline(t.data());
    for (int j = 0; j < s.referenceX().length; j++) {
      assertThat(s.cubic()[j]).isEqualTo(cubic.applyAsDouble(s.referenceX()[j]));
      assertThat(s.cubic()[j]).isBetween(s.yMin(), s.yMax());
      assertThat(s.linear()[j]).isBetween(s.yMin(), s.yMax());
    }
    double muMax = 0;
    for (FrameState f : sb.frames()) {
      for (double y : f.curveY()) {
        assertThat(y).isBetween(s.yMin(), s.yMax());
      }
      for (int i = 0; i < f.width(); i++) {
        if (f.beta()[i] >= s.xMin() && f.beta()[i] <= s.xMax()) {
          muMax = Math.max(muMax, Math.abs(f.mu()[i]));
        }
      }
    }
    assertThat(s.muMax()).isEqualTo(muMax);
    assertThat(s.times()).containsExactly(t.frames().stream().mapToDouble(Frame::time).toArray());
  }

  private static int upper(double[] a, double x) {
    int j = Arrays.binarySearch(a, x);
    return j >= 0 ? j + 1 : -j - 1;
  }
}
