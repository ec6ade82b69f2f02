package org.knotwork.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knotwork.data.Dataset;
import org.knotwork.common.linalg.SymmetricEigen;
import org.knotwork.loss.LossNormalization;
import org.knotwork.loss.NaiveLoss;
import org.knotwork.loss.SweepLoss;
import org.knotwork.net.NetworkParams;
import org.knotwork.net.SplineParams;

/**
 * The atlas on the notes' eight-point data set, H = 2: every classified end point is re-checked with
 * the naive O(NH) path and finite differences, and the grouping is checked against the outputs.
 */
class AtlasTest {
  static final Dataset DATA = Dataset.wiggly8();
  static final AtlasOptions OPTIONS = new AtlasOptions(2, 12, 0, 0.2, 5000, 1e-2, 1e-3,
      ClassificationTolerances.defaults(), 1e-6);
  static Atlas atlas;

  @BeforeAll
  static void explore() {
    atlas = Atlas.explore(SweepLoss.of(DATA), OPTIONS);
  }

  @Test
  void everyRunIsInExactlyOneEntryAndEntriesAreSortedByLoss() {
    assertThat(atlas.runs()).hasSize(12);
    Set<Long> seen = new HashSet<>();
    int total = 0;
    double previous = Double.NEGATIVE_INFINITY;
    for (AtlasEntry e : atlas.entries()) {
      total += e.count();
      assertThat(e.seeds()).hasSize(e.count());
      for (long s : e.seeds()) {
        assertThat(seen.add(s)).isTrue();
      }
      assertThat(e.loss()).isGreaterThanOrEqualTo(previous);
      previous = e.loss();
    }
    assertThat(total).isEqualTo(12);
    // the data set is not fitted exactly by 2 neurons, but the smooth minima are reached
    assertThat(atlas.entries()).anyMatch(e -> e.type() == CriticalPointType.DEGENERATE_MINIMUM
        || e.type() == CriticalPointType.MINIMUM);
  }

  @Test
  void groupsAgreeOnTheDataAndDifferentGroupsDiffer() {
    double ymax = 0;
    for (double y : DATA.y()) {
      ymax = Math.max(ymax, Math.abs(y));
    }
    double eps = OPTIONS.clusterTolerance() * (1 + ymax);
    for (AtlasEntry e : atlas.entries()) {
      double[] ref = SweepLoss.evaluate(e.representative(), DATA.x());
      for (AtlasRun r : atlas.runs()) {
        double diff = maxDiff(ref, SweepLoss.evaluate(r.end(), DATA.x()));
        boolean member = java.util.Arrays.stream(e.seeds()).anyMatch(s -> s == r.seed());
        if (member) {
          assertThat(diff).isLessThanOrEqualTo(eps);
          assertThat(r.report().type()).isEqualTo(e.type());
        } else if (r.report().type() == e.type()) {
          assertThat(diff).isGreaterThan(eps);
        }
      }
    }
  }

  /** Minima re-checked with the naive path: zero gradient, S_i = X_i = 0 for alive neurons, H >= 0. */
  @Test
  void minimaPassIndependentChecks() {
    NaiveLoss naive = new NaiveLoss(DATA, LossNormalization.MEAN);
    int checked = 0;
    for (AtlasRun r : atlas.runs()) {
      CriticalPointType t = r.report().type();
      if (t != CriticalPointType.MINIMUM && t != CriticalPointType.DEGENERATE_MINIMUM) {
        continue;
      }
      checked++;
      SplineParams sp = r.end().toSpline();
      assertThat(norm(naive.gradient(sp))).isLessThan(1e-6);
      double[] res = residuals(r.end());
      for (int i = 0; i < sp.width(); i++) {
        if (sp.orientation(i) == 0 || sp.mu(i) == 0) {
          continue;
        }
        double s = 0;
        double x = 0;
        for (int n = 0; n < DATA.size(); n++) {
          if (sp.orientation(i) * (DATA.x(n) - sp.beta(i)) > 0) {
            s += res[n];
            x += res[n] * DATA.x(n);
          }
        }
        assertThat(Math.abs(s)).isLessThan(1e-8);
        assertThat(Math.abs(x)).isLessThan(1e-8);
      }
      double[][] h = naive.hessian(sp);
      assertThat(SymmetricEigen.values(h).eigenvalues()[0]).isGreaterThan(-1e-8);
    }
    assertThat(checked).isPositive();
  }

  /** Trapped knots sit exactly on a data point with one-sided finite differences of opposite sign. */
  @Test
  void trappedKnotsPassIndependentChecks() {
    SweepLoss loss = SweepLoss.of(DATA);
    int checked = 0;
    for (AtlasRun r : atlas.runs()) {
      if (r.report().type() != CriticalPointType.TRAPPED_KNOT) {
        continue;
      }
      checked++;
      assertThat(r.report().contacts()).isNotEmpty();
      SplineParams sp = r.end().toSpline();
      for (KnotAtData k : r.report().contacts()) {
        assertThat(sp.beta(k.neuron())).isEqualTo(DATA.x(k.dataIndex()));
        double h = 1e-7;
        double l0 = loss.loss(sp);
        double right = (loss.loss(moveKnot(sp, k.neuron(), h)) - l0) / h;
        double left = (l0 - loss.loss(moveKnot(sp, k.neuron(), -h))) / h;
        assertThat(left).isLessThanOrEqualTo(1e-6);
        assertThat(right).isGreaterThanOrEqualTo(-1e-6);
      }
    }
    assertThat(checked).isPositive();
  }

  @Test
  void sameOptionsSameAtlas() {
    Atlas again = Atlas.explore(SweepLoss.of(DATA), OPTIONS);
    assertThat(again.entries()).hasSameSizeAs(atlas.entries());
    for (int k = 0; k < again.entries().size(); k++) {
      assertThat(again.entries().get(k).loss()).isEqualTo(atlas.entries().get(k).loss());
      assertThat(again.entries().get(k).seeds()).isEqualTo(atlas.entries().get(k).seeds());
    }
  }

  @Test
  void divergingRunsAreFlagged() {
    AtlasOptions wild = new AtlasOptions(2, 2, 0, 1e3, 100, 1e-2, 1e-3,
        ClassificationTolerances.defaults(), 1e-6);
    Atlas a = Atlas.explore(SweepLoss.of(DATA), wild);
    assertThat(a.runs()).allMatch(AtlasRun::diverged)
        .allMatch(r -> r.report().type() == CriticalPointType.NOT_CRITICAL);
    assertThatThrownBy(() -> new AtlasOptions(0, 1, 0, 0.1, 1, 0, 0,
        ClassificationTolerances.defaults(), 1e-6)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("width");
    assertThatThrownBy(() -> new AtlasOptions(1, 1, 0, 0.1, 1, 0, 0.7,
        ClassificationTolerances.defaults(), 1e-6)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("snapDistance");
  }

  private static SplineParams moveKnot(SplineParams p, int i, double d) {
    double[] b = p.beta();
    b[i] += d;
    return new SplineParams(b, p.mu(), p.orientation(), p.c());
  }

  private static double[] residuals(NetworkParams p) {
    double[] r = new double[DATA.size()];
    for (int n = 0; n < r.length; n++) {
      r[n] = p.value(DATA.x(n)) - DATA.y(n);
    }
    return r;
  }

  private static double maxDiff(double[] a, double[] b) {
    double m = 0;
    for (int i = 0; i < a.length; i++) {
      m = Math.max(m, Math.abs(a[i] - b[i]));
    }
    return m;
  }

  private static double norm(double[] g) {
    double s = 0;
    for (double x : g) {
      s += x * x;
    }
    return Math.sqrt(s);
  }
}
