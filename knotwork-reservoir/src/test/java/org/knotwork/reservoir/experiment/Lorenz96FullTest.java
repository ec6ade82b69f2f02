package org.knotwork.reservoir.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.knotwork.reservoir.precision.IeeeFormat;
import org.knotwork.reservoir.precision.Precision;
import org.knotwork.reservoir.precision.PrecisionScope;
import org.knotwork.reservoir.precision.TruncatedFormat;
import org.knotwork.reservoir.scoring.ScoreSummary;

/**
 * Notes checks 14 and 17 at the full size of &sect;8.4 (500 000 training samples, 100 windows of 1 000
 * steps, N = 2 000). Long: tens of minutes on two cores. Run with {@code -Dknotwork.excludedGroups=}.
 */
@Tag("slow")
class Lorenz96FullTest {
  private static final Precision HALF_STORED =
      new Precision(IeeeFormat.BINARY16, PrecisionScope.STORED_VALUES);
  private static ExperimentResult result;

  @BeforeAll
  static void run() {
    List<Precision> p = new ArrayList<>(List.of(Precision.BINARY64, Lorenz96CiTest.HALF_WEIGHTS,
        HALF_STORED, Lorenz96CiTest.E5, Lorenz96CiTest.E4));
    p.add(new Precision(TruncatedFormat.of(8, 10), PrecisionScope.WEIGHTS_AND_INPUTS));
    result = ExperimentRunner.run(Experiments.lorenz96Comparison(Experiments.Scale.FULL)
        .withPrecisions(p));
  }

  private static ScoreSummary s(String model, Precision p) {
    return result.model(model).run(p).score();
  }

  @Test
  void orderingAndNumbersOfTheCheckRuns() {
    Precision p = Precision.BINARY64;
    assertThat(Paired.tStatistic(s("d2r2-p4", p), s("esn-lsr", p))).isGreaterThan(3);
    assertThat(Paired.tStatistic(s("d2r2-p4", p), s("d2r2-p2", p))).isGreaterThan(3);
    assertThat(Paired.tStatistic(s("esn-lsr", p), s("esn-hsr", p))).isGreaterThan(3);
    double lsr = s("esn-lsr", p).meanHorizon();
    double quadratic = s("d2r2-p2", p).meanHorizon();
    assertThat(lsr / quadratic).isBetween(0.75, 1.33);
    // (C) per-IC horizons in MTU: quartic 1.049, quadratic 0.726, LSR 0.752
    assertThat(s("d2r2-p4", p).meanHorizon() / 200).isBetween(0.75 * 1.049, 1.25 * 1.049);
    assertThat(quadratic / 200).isBetween(0.75 * 0.726, 1.25 * 0.726);
  }

  @Test
  void d2r2IsRobustToBinary16AndTheEsnIsFragile() {
    for (Precision half : List.of(Lorenz96CiTest.HALF_WEIGHTS, HALF_STORED)) {
      double dLoss = 1 - s("d2r2-p4", half).meanHorizon() / s("d2r2-p4", Precision.BINARY64)
          .meanHorizon();
      double eLoss = 1 - s("esn-lsr", half).meanHorizon() / s("esn-lsr", Precision.BINARY64)
          .meanHorizon();
      assertThat(Math.abs(dLoss)).isLessThan(0.10);
      assertThat(eLoss).isGreaterThan(2 * dLoss);
    }
  }

  @Test
  void exponentCliff() {
    for (String m : new String[] {"d2r2-p4", "esn-lsr"}) {
      assertThat(s(m, Lorenz96CiTest.E4).meanHorizon()).isLessThan(0.6 * s(m, Lorenz96CiTest.E5)
          .meanHorizon());
    }
  }
}
