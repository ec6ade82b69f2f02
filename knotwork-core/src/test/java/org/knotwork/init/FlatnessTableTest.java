package org.knotwork.init;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class FlatnessTableTest {

  @Test
  void rowsAreTheExactLawsAndMonteCarloAgrees() {
    InitSpec base = InitSpec.of(InitScheme.PYTORCH_DEFAULT, 1, 3);
    List<Integer> widths = List.of(10, 100, 1000);
    List<Scales> scales = List.of(Scales.UNIT, new Scales(2, 1, 0.5), Scales.functionPreserving(0.25));
    Interval window = Interval.symmetric(1);
    List<FlatnessTable.Row> rows = FlatnessTable.compute(base, widths, scales, 0.3, window, 2000);
    assertThat(rows).hasSize(9);
    for (FlatnessTable.Row r : rows) {
      InitLaws laws = InitLaws.of(base.withWidth(r.width()).withScales(r.scales()));
      FlatnessTable.Flatness a = r.analytic();
      assertThat(a.sumMuSquared().value()).isEqualTo(laws.expectedSumMuSquared());
      assertThat(a.sumAbsMu().value()).isEqualTo(laws.expectedSumAbsMu());
      assertThat(a.slopeVariance().value()).isEqualTo(laws.slopeVariance(0.3));
      assertThat(a.valueVariance().value()).isEqualTo(laws.valueVariance(0.3));
      assertThat(a.windowKnots().value()).isEqualTo(laws.expectedKnots(window));
      assertThat(a.windowRoughness().value()).isEqualTo(laws.expectedRoughness(window));
      assertThat(r.sdSumMuSquared()).isEqualTo(laws.sdSumMuSquared());
      FlatnessTable.Flatness m = r.monteCarlo();
      for (Estimate[] pair : new Estimate[][] {
          {a.sumMuSquared(), m.sumMuSquared()}, {a.sumAbsMu(), m.sumAbsMu()},
          {a.slopeVariance(), m.slopeVariance()}, {a.valueVariance(), m.valueVariance()},
          {a.windowKnots(), m.windowKnots()}, {a.windowRoughness(), m.windowRoughness()}}) {
        assertThat(pair[1].value()).as("row H=%d scales=%s", r.width(), r.scales())
            .isCloseTo(pair[0].value(), within(4 * pair[1].standardError()));
      }
    }
    // PyTorch default: E[R2] = (aw av)^2 / 9 at every width; TV grows like sqrt(H)
    assertThat(rows.get(0).analytic().sumMuSquared().value()).isCloseTo(1.0 / 9, within(1e-15));
    assertThat(rows.get(1).analytic().sumMuSquared().value()).isCloseTo(1.0 / 9, within(1e-15));
    assertThat(rows.get(2).analytic().sumMuSquared().value()).isCloseTo(1.0 / 9, within(1e-15));
    assertThat(rows.get(6).analytic().sumAbsMu().value() / rows.get(0).analytic().sumAbsMu().value())
        .isCloseTo(10, within(1e-12));
  }

  @Test
  void sdOfRoughnessIsTheExactFourthMomentFormula() {
    // He normal: mu = v|w| with Var = 4/H, E mu^4 = 9 (4/H)^2: sd = sqrt(H * 8 * 16/H^2) = sqrt(128/H)
    InitLaws laws = InitLaws.of(InitSpec.of(InitScheme.HE_NORMAL, 50, 0));
    assertThat(laws.sdSumMuSquared()).isCloseTo(Math.sqrt(128.0 / 50), within(1e-14));
    // Monte Carlo: the sample sd of R2 across networks
    InitStatistics mc = InitMonteCarlo.estimate(InitSpec.of(InitScheme.HE_NORMAL, 50, 0),
        new InitQuery(List.of(), List.of(), List.of(), List.of()), 40_000);
    double sdMc = mc.sumMuSquared().standardError() * Math.sqrt(40_000);
    // SE of a sample sd is about sd * sqrt((kurtosis - 1)/(4n)); kurtosis of R2 is below 10 here
    assertThat(sdMc).isCloseTo(laws.sdSumMuSquared(),
        within(4 * laws.sdSumMuSquared() * Math.sqrt(9.0 / (4 * 40_000))));
  }

  @Test
  void rejectsEmptyGridsAndTooFewNetworks() {
    InitSpec base = InitSpec.of(InitScheme.HE_NORMAL, 1, 3);
    assertThatThrownBy(() -> FlatnessTable.compute(base, List.of(), List.of(Scales.UNIT), 0,
        Interval.symmetric(1), 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("widths and scales");
    assertThatThrownBy(() -> FlatnessTable.compute(base, List.of(3), List.of(Scales.UNIT), 0,
        Interval.symmetric(1), 2)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("networks must be 0 or >= 4");
    assertThat(FlatnessTable.compute(base, List.of(3), List.of(Scales.UNIT), 0,
        Interval.symmetric(1), 0).get(0).monteCarlo()).isNull();
  }
}
