package org.knotwork.pathways.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReducedModelTest {

  @Test
  void invariantsAreConservedAlongTrajectoriesIncludingUnequalDepths() {
    ReducedModel[] models = {
        ReducedModel.twoPathways(3, 1, 10), ReducedModel.twoPathways(8, 1, 10),
        new ReducedModel(List.of(2, 5), 1, 3), new ReducedModel(List.of(1, 3, 4), 0.5, 2)};
    for (ReducedModel m : models) {
      double[] p0 = new double[m.pathways()];
      for (int j = 0; j < p0.length; j++) {
        p0[j] = 0.07 * (j + 1) - 0.05;
      }
      ReducedModel.Trajectory t = m.integrate(p0, ReducedModel.Scheme.RK4, 1e-4, 100_000, 10_000);
      double[] last = t.p()[t.p().length - 1];
      for (int j = 1; j < p0.length; j++) {
        double before = m.invariant(j, p0[j]) - m.invariant(0, p0[0]);
        double after = m.invariant(j, last[j]) - m.invariant(0, last[0]);
        assertThat(after).isCloseTo(before, within(1e-9));
      }
    }
  }

  @Test
  void endStateMatchesLongIntegration() {
    ReducedModel[] models = {
        ReducedModel.twoPathways(2, 1, 10), ReducedModel.twoPathways(3, 1, 10),
        ReducedModel.twoPathways(8, 1, 10), ReducedModel.twoPathways(13, 1, 10),
        ReducedModel.twoPathways(4, 0, 1), new ReducedModel(List.of(1, 3), 0.1, 4)};
    double[][] starts = {{0.13, -0.04}, {0.02, 0.05}, {-0.11, 0.09}};
    for (ReducedModel m : models) {
      for (double[] p0 : starts) {
        double[] p = m.c() == 0 ? new double[] {Math.abs(p0[0]), Math.abs(p0[1])} : p0;
        ReducedModel.EndState end = m.endState(p);
        double[] k = m.kOf(integrateToRest(m, p));
        for (int j = 0; j < 2; j++) {
          assertThat(end.k()[j]).as("%s from %s", m, java.util.Arrays.toString(p))
              .isCloseTo(k[j], within(4e-9));
        }
        assertThat(end.k()[0] + end.k()[1]).isCloseTo(m.target(), within(1e-12));
      }
    }
  }

  /** Independent reference: Hipparchus Dormand-Prince 8(5,3) at tight tolerance up to t = 300. */
  private static double[] integrateToRest(ReducedModel m, double[] p0) {
    org.hipparchus.ode.OrdinaryDifferentialEquation ode =
        new org.hipparchus.ode.OrdinaryDifferentialEquation() {
          @Override
          public int getDimension() {
            return 2;
          }

          @Override
          public double[] computeDerivatives(double t, double[] y) {
            double[] dy = new double[2];
            m.derivatives(y, dy);
            return dy;
          }
        };
    org.hipparchus.ode.nonstiff.DormandPrince853Integrator integ =
        new org.hipparchus.ode.nonstiff.DormandPrince853Integrator(1e-12, 1.0, 1e-15, 1e-13);
    double[] p = integ.integrate(ode, new org.hipparchus.ode.ODEState(0, p0.clone()), 300)
        .getPrimaryState();
    assertThat(Math.abs(m.error(p))).as("reference converged").isLessThan(1e-11);
    return p;
  }

  /** Check 6's invariant predictions: balanced (c = 0) pathways from K_a0 = 0.012, K_b0 = 0.010. */
  @Test
  void balancedEndStatesOfCheck6() {
    double[] s = {Math.sqrt(15), Math.sqrt(7), Math.sqrt(3), 1};
    double[][] want = {
        {0.727, 0.705, 0.682, 0.655},
        {0.871, 0.841, 0.805, 0.755}};
    for (int m = 0; m < 4; m++) {
      assertThat(share(1, s[m])).isCloseTo((s[m] + 0.002) / (2 * s[m]), within(1e-14));
      assertThat(share(2, s[m])).isCloseTo(12.0 / 22, within(1e-13));
      assertThat(share(3, s[m])).isCloseTo(want[0][m], within(1e-3));
      assertThat(share(4, s[m])).isCloseTo(want[1][m], within(1e-3));
    }
  }

  private static double share(int depth, double s) {
    ReducedModel m = ReducedModel.twoPathways(depth, 0, s);
    double[] p0 = {Math.pow(0.012, 1.0 / depth), Math.pow(0.010, 1.0 / depth)};
    return m.endState(p0).k()[0] / s;
  }

  @Test
  void velocityFieldIsTheFormulaOfFigure3() {
    ReducedModel m = ReducedModel.twoPathways(8, 1, 10);
    double ka = 3.2;
    double kb = -0.7;
    double[] v = m.velocityInK(new double[] {ka, kb});
    double pa = m.pOfK(0, ka);
    double pb = m.pOfK(1, kb);
    assertThat(m.k(0, pa)).isCloseTo(ka, within(1e-12));
    double e = 10 - ka - kb;
    double qa = Math.sqrt(pa * pa + 1);
    double qb = Math.sqrt(pb * pb + 1);
    assertThat(v[0]).isCloseTo((Math.pow(qa, 14) + 7 * pa * pa * Math.pow(qa, 12)) * e,
        within(1e-9 * Math.abs(v[0])));
    assertThat(v[1]).isCloseTo((Math.pow(qb, 14) + 7 * pb * pb * Math.pow(qb, 12)) * e,
        within(1e-9 * Math.abs(v[1])));
  }

  @Test
  void rejectsBadSettings() {
    assertThatThrownBy(() -> ReducedModel.twoPathways(0, 1, 10))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("depths[0]");
    assertThatThrownBy(() -> ReducedModel.twoPathways(3, -1, 10))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("c must");
    assertThatThrownBy(() -> ReducedModel.twoPathways(3, 0, -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("target");
    ReducedModel m = ReducedModel.twoPathways(3, 1, 10);
    assertThatThrownBy(() -> m.integrate(new double[] {0.1}, ReducedModel.Scheme.EULER, 1e-3, 10,
        1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one entry per");
  }
}
