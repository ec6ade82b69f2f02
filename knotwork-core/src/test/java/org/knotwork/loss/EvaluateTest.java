package org.knotwork.loss;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.knotwork.data.Dataset;
import org.knotwork.net.NetworkParams;
import org.knotwork.net.SplineParams;
import org.knotwork.objective.DifferentiableObjective;
import org.knotwork.common.random.Rng;
import org.knotwork.testing.RandomProblems;

/** Bulk evaluation at arbitrary points and the flat-vector objective. */
class EvaluateTest {

  @Test
  void evaluateOnUnsortedPointsMatchesDirectEvaluation() {
    Rng rng = Rng.of(3, "evaluate");
    NetworkParams net = RandomProblems.network(rng, 50, 2, 0.1);
    double[] x = new double[500];
    for (int k = 0; k < x.length; k++) {
      x[k] = rng.uniform(-3, 3);
    }
    x[10] = x[20]; // duplicates
    double[] fn = SweepLoss.evaluate(net, x);
    double[] fs = SweepLoss.evaluate(net.toSpline(), x);
    double[] ref = new double[x.length];
    for (int k = 0; k < x.length; k++) {
      ref[k] = net.value(x[k]);
    }
    assertThat(RandomProblems.relErr(fn, ref)).isLessThan(1e-13);
    assertThat(RandomProblems.relErr(fs, ref)).isLessThan(1e-13);
  }

  @Test
  void objectiveMatchesTheLossInBothCoordinates() {
    Rng rng = Rng.of(4, "objective");
    NetworkParams net = RandomProblems.network(rng, 6, 1, 0);
    Dataset d = RandomProblems.data(rng, 30, -1, 1);
    SweepLoss loss = SweepLoss.of(d);
    ShallowObjective nn = ShallowObjective.network(loss, 6);
    double[] g = new double[nn.dimension()];
    assertThat(nn.valueAndGradient(net.toVector(), g)).isEqualTo(loss.loss(net));
    assertThat(g).containsExactly(loss.gradient(net));
    SplineParams sp = net.toSpline();
    DifferentiableObjective spl = ShallowObjective.spline(loss, sp.orientation());
    double[] gs = new double[spl.dimension()];
    assertThat(spl.valueAndGradient(sp.toVector(), gs)).isEqualTo(loss.loss(sp));
    assertThat(gs).containsExactly(loss.gradient(sp));
    assertThat(spl.value(sp.toVector())).isEqualTo(loss.loss(sp));
  }

  @Test
  void sumNormalisationIsNTimesTheMean() {
    Rng rng = Rng.of(5, "norm");
    NetworkParams net = RandomProblems.network(rng, 4, 1, 0);
    Dataset d = RandomProblems.data(rng, 16, -1, 1);
    double mean = SweepLoss.of(d).loss(net);
    double sum = SweepLoss.of(d, LossNormalization.SUM).loss(net);
    assertThat(sum).isEqualTo(16 * mean);
  }
}
