package org.knotwork.reservoir.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knotwork.reservoir.esn.EsnConfig;
import org.knotwork.reservoir.scoring.ScoreSummary;

/**
 * Notes check 13 on the authors' L63 recipe (100 windows of 2 000 steps): D2R2(p &ge; 3) &gt; LSR
 * &asymp; D2R2(p = 2) &gt; HSR. The ESNs are drawn three times each (reservoir-to-reservoir spread is
 * large for the HSR recipe), D2R2 is deterministic.
 */
class Lorenz63ComparisonTest {
  private static ExperimentResult result;
  private static final int RESERVOIRS = 3;

  @BeforeAll
  static void run() {
    ExperimentSpec base = Experiments.lorenz63Comparison(Experiments.Scale.CI);
    List<ModelSpec> models = new ArrayList<>(base.models().subList(0, 3));
    for (int i = 0; i < RESERVOIRS; i++) {
      models.add(new EsnSpec("lsr-" + i, EsnConfig.lsrLorenz63()));
      models.add(new EsnSpec("hsr-" + i, EsnConfig.hsrLorenz63()));
    }
    result = ExperimentRunner.run(base.withModels(models));
  }

  private static ScoreSummary s(String name) {
    return result.model(name).runs().get(0).score();
  }

  private static ScoreSummary[] all(String prefix) {
    ScoreSummary[] out = new ScoreSummary[RESERVOIRS];
    for (int i = 0; i < RESERVOIRS; i++) {
      out[i] = s(prefix + i);
    }
    return out;
  }

  @Test
  void higherDegreeD2r2ForecastsLonger() {
    assertThat(Paired.tStatistic(s("d2r2-p3"), s("d2r2-p2"))).isGreaterThan(5);
    assertThat(Paired.tStatistic(s("d2r2-p4"), s("d2r2-p3"))).isGreaterThan(3);
    for (ScoreSummary lsr : all("lsr-")) {
      assertThat(Paired.tStatistic(s("d2r2-p3"), lsr)).isGreaterThan(5);
    }
  }

  @Test
  void lsrEsnIsAboutAsGoodAsQuadraticD2r2() {
    double lsr = Paired.pooledMean(all("lsr-"));
    double quadratic = s("d2r2-p2").meanHorizon();
    assertThat(lsr / quadratic).isBetween(0.8, 1.25);
  }

  @Test
  void hsrEsnIsWorstAndErratic() {
    double lsr = Paired.pooledMean(all("lsr-"));
    double hsr = Paired.pooledMean(all("hsr-"));
    assertThat(hsr).isLessThan(0.85 * lsr);
    assertThat(hsr).isLessThan(0.85 * s("d2r2-p2").meanHorizon());
    double lsrSpread = 0;
    double hsrSpread = 0;
    for (int i = 0; i < RESERVOIRS; i++) {
      lsrSpread = Math.max(lsrSpread, Math.abs(s("lsr-" + i).meanHorizon() - lsr));
      hsrSpread = Math.max(hsrSpread, Math.abs(s("hsr-" + i).meanHorizon() - hsr));
    }
    assertThat(hsrSpread).isGreaterThan(lsrSpread);
  }

  /** Numbers within 20 % of the notes' NumPy check runs (C) where these are stable. */
  @Test
  void numbersAgreeWithTheCheckRuns() {
    assertThat(s("d2r2-p2").meanCurveHorizon()).isBetween((int) (0.8 * 518), (int) (1.2 * 518));
    assertThat(s("d2r2-p3").meanCurveHorizon()).isBetween((int) (0.8 * 1782), (int) (1.2 * 1782));
    assertThat(s("d2r2-p4").meanCurveHorizon()).isGreaterThanOrEqualTo(1600);
    assertThat(Paired.pooledMean(all("lsr-"))).isBetween(0.8 * 766, 1.2 * 766);
    assertThat(s("d2r2-p2").meanHorizon()).isBetween(0.8 * 683, 1.2 * 683);
    assertThat(s("d2r2-p3").meanHorizon()).isBetween(0.8 * 1657, 1.2 * 1657);
  }

  @Test
  void lyapunovExponentAndTimeUnits() {
    assertThat(result.data().lyapunovExponent()).isBetween(0.906 * 0.9, 0.906 * 1.1);
    assertThat(result.data().toTime(200)).isEqualTo(1.0);
    assertThat(result.model("d2r2-p2").runs().get(0).examples()).hasSize(1);
    assertThat(result.model("lsr-0").trainingPairs()).isEqualTo(49_999);
  }
}
