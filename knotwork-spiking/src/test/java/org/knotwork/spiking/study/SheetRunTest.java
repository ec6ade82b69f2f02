package org.knotwork.spiking.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.knotwork.spiking.network.TorusWiring;

/** The run's measurements against direct recounts of its spike record. */
class SheetRunTest {

  @Test
  void measurementsAgreeWithTheSpikeRecord() {
    SpikingSpec base = SpikingSpec.EXAMPLE;
    Recording r = new Recording(10_000_000, 10, 100, 2, 200, 0.025, 10, 5);
    SpikingSpec spec = new SpikingSpec(5, base.dt(), base.duration(), base.burnIn(), true,
        base.model(), r);
    SheetRun run = SheetRun.run(spec, 1, x -> { }, () -> false);
    int ne = spec.model().sideE() * spec.model().sideE();
    int ni = spec.model().sideI() * spec.model().sideI();
    long first = spec.firstMeasuredStep();
    double seconds = (spec.steps() - first + 1) * spec.dt() / 1000;
    long e = 0;
    long i = 0;
    for (int k = 0; k < run.steps().length; k++) {
      assertThat(k == 0 || run.steps()[k] > run.steps()[k - 1]
          || run.steps()[k] == run.steps()[k - 1] && run.ids()[k] > run.ids()[k - 1]).isTrue();
      if (run.steps()[k] >= first) {
        if (run.ids()[k] < ne) {
          e++;
        } else {
          i++;
        }
      }
    }
    assertThat(e).isGreaterThan(0);
    assertThat(run.rateE()).isCloseTo(e / (ne * seconds), within(1e-9));
    assertThat(run.rateI()).isCloseTo(i / (ni * seconds), within(1e-9));
    // the population rate averages to the mean rate (all bins are whole here)
    double mean = 0;
    for (double[] b : run.populationRate()) {
      mean += b[0] / run.populationRate().length;
    }
    assertThat(mean).isCloseTo(run.rateE(), within(1e-9));
    // sampled cells lie in the centre square
    for (int c : run.sample()) {
      double[] p = TorusWiring.position(c, spec.model().sideE());
      assertThat(p[0]).isBetween(0.25, 0.75);
      assertThat(p[1]).isBetween(0.25, 0.75);
    }
    // factor analysis ran: five eigenvalues of L L', descending and non-negative
    assertThat(run.faEigenvalues()).hasSize(5);
    for (int k = 0; k < 5; k++) {
      assertThat(run.faEigenvalues()[k]).isGreaterThanOrEqualTo(-1e-9);
      if (k > 0) {
        assertThat(run.faEigenvalues()[k]).isLessThanOrEqualTo(run.faEigenvalues()[k - 1] + 1e-12);
      }
    }
    assertThat(SpikingStudy.metrics(run)).containsKeys("rateE", "meanCorrelation", "fanoE",
        "faEigenvalue1", "faEigenvalue5");
  }
}
