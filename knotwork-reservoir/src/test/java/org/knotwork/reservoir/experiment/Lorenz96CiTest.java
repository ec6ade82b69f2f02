package org.knotwork.reservoir.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knotwork.reservoir.cost.CostModel;
import org.knotwork.reservoir.cost.CostRow;
import org.knotwork.reservoir.esn.ReadoutTransform;
import org.knotwork.reservoir.precision.IeeeFormat;
import org.knotwork.reservoir.precision.Precision;
import org.knotwork.reservoir.precision.PrecisionScope;
import org.knotwork.reservoir.precision.TruncatedFormat;
import org.knotwork.reservoir.scoring.ScoreSummary;

/**
 * Notes checks 14 and 17 at CI size (three-tier L96 X, 50 000 training samples, 100 windows of 500
 * steps, N = 496): ordering, binary16 robustness of D2R2 versus the ESN, and the exponent-bit cliff.
 * The full-size runs are {@link Lorenz96FullTest} (slow).
 */
class Lorenz96CiTest {
  static final Precision HALF_WEIGHTS = new Precision(IeeeFormat.BINARY16, PrecisionScope.WEIGHTS);
  static final Precision E5 = new Precision(TruncatedFormat.of(12, 5),
      PrecisionScope.WEIGHTS_AND_INPUTS);
  static final Precision E4 = new Precision(TruncatedFormat.of(12, 4),
      PrecisionScope.WEIGHTS_AND_INPUTS);
  private static ExperimentResult result;

  @BeforeAll
  static void run() {
    result = ExperimentRunner.run(Experiments.lorenz96Comparison(Experiments.Scale.CI)
        .withPrecisions(List.of(Precision.BINARY64, HALF_WEIGHTS, E5, E4)));
  }

  private static ScoreSummary s(String model, Precision p) {
    return result.model(model).run(p).score();
  }

  @Test
  void orderingD2r2AboveEsnAboveHsr() {
    Precision p = Precision.BINARY64;
    assertThat(Paired.tStatistic(s("d2r2-p4", p), s("d2r2-p2", p))).isGreaterThan(5);
    assertThat(Paired.tStatistic(s("d2r2-p4", p), s("esn-lsr", p))).isGreaterThan(5);
    assertThat(Paired.tStatistic(s("d2r2-p2", p), s("esn-hsr", p))).isGreaterThan(3);
    assertThat(Paired.tStatistic(s("esn-lsr", p), s("esn-hsr", p))).isGreaterThan(3);
    // the HSR ESN fails at once in many windows (a rho = 1.2 reservoir does not forget its zero start)
    assertThat(s("esn-hsr", p).immediateFailures()).isGreaterThan(s("esn-lsr", p).immediateFailures());
  }

  @Test
  void binary16WeightsBarelyMoveD2r2ButCostTheEsnMore() {
    double d64 = s("d2r2-p4", Precision.BINARY64).meanHorizon();
    double d16 = s("d2r2-p4", HALF_WEIGHTS).meanHorizon();
    double e64 = s("esn-lsr", Precision.BINARY64).meanHorizon();
    double e16 = s("esn-lsr", HALF_WEIGHTS).meanHorizon();
    double dLoss = 1 - d16 / d64;
    double eLoss = 1 - e16 / e64;
    assertThat(Math.abs(dLoss)).isLessThan(0.10);
    assertThat(eLoss).isGreaterThan(0.05);
    assertThat(eLoss).isGreaterThan(2 * dLoss);
  }

  @Test
  void bothModelsCollapseAtFourExponentBitsOrFewer() {
    for (String m : new String[] {"d2r2-p4", "esn-lsr"}) {
      double h64 = s(m, Precision.BINARY64).meanHorizon();
      double h5 = s(m, E5).meanHorizon();
      double h4 = s(m, E4).meanHorizon();
      assertThat(h5).as(m).isGreaterThan(0.85 * h64);
      assertThat(h4).as(m).isLessThan(0.6 * h5);
    }
  }

  @Test
  void costTableUsesTheConfiguredSizes() {
    CostRow esn = result.cost().rows().stream().filter(r -> r.model().equals("esn-lsr")).findFirst()
        .orElseThrow();
    CostRow quartic = result.cost().rows().stream().filter(r -> r.model().equals("d2r2-p4"))
        .findFirst().orElseThrow();
    assertThat(esn.features()).isEqualTo(496);
    assertThat(quartic.inference()).isEqualTo(CostModel.d2r2Step(8, 4));
    assertThat(esn.inference().multiplies()).isEqualTo(CostModel.esnStep(496,
        esn.inference().adds() - 8L * 495, 8, ReadoutTransform.T2).multiplies());
    assertThat(result.cost().baseline()).isEqualTo("d2r2-p2");
    assertThat(result.cost().inferenceMultiplyRatio(esn))
        .isGreaterThan(result.cost().inferenceMultiplyRatio(quartic));
  }
}
