package org.knotwork.init;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class InitSpecTest {

  @ParameterizedTest
  @EnumSource(InitScheme.class)
  void cliNamesRoundTrip(InitScheme s) {
    assertThat(InitScheme.parse(s.cliName())).isSameAs(s);
    assertThat(InitScheme.parse(" " + s.cliName().toUpperCase() + " ")).isSameAs(s);
    assertThat(s.zeroBias()).isEqualTo(s.cliName().endsWith("-zero-bias"));
  }

  @Test
  void schemeListIsTheIssuesList() {
    assertThat(InitScheme.cliNames()).containsExactlyInAnyOrder(
        "pytorch-default", "pytorch-default-zero-bias", "he-normal", "he-normal-zero-bias",
        "he-uniform", "he-uniform-zero-bias", "glorot-normal", "glorot-normal-zero-bias",
        "glorot-uniform", "glorot-uniform-zero-bias", "lecun-normal", "lecun-normal-zero-bias",
        "lecun-uniform", "lecun-uniform-zero-bias", "gaussian", "spread");
  }

  @Test
  void unknownSchemeNamesTheAcceptedOnes() {
    assertThatThrownBy(() -> InitScheme.parse("xavier"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("scheme must be one of")
        .hasMessageContaining("glorot-uniform")
        .hasMessageContaining("got xavier");
    assertThatThrownBy(() -> InitScheme.parse(null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void specValidationNamesTheField() {
    assertThatThrownBy(() -> InitSpec.of(InitScheme.HE_NORMAL, 0, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("width must be in [1,");
    assertThatThrownBy(() -> InitSpec.of(null, 3, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scheme is required");
    assertThatThrownBy(() -> new InitSpec(InitScheme.HE_NORMAL, 3, null, null, null, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scales is required");
    assertThatThrownBy(() -> InitSpec.of(InitScheme.GAUSSIAN, 3, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sigmas are required for scheme gaussian");
    assertThatThrownBy(() -> InitSpec.of(InitScheme.SPREAD, 3, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("range (the data range [lo, hi]) is required");
    assertThatThrownBy(() -> new InitSpec(InitScheme.HE_NORMAL, 3, Scales.UNIT,
        new GaussianSigmas(1, 1, 1, 1), null, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sigmas apply only to scheme gaussian");
    assertThatThrownBy(() -> new InitSpec(InitScheme.LECUN_NORMAL, 3, Scales.UNIT, null,
        new Interval(0, 1), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("range applies only to scheme spread");
    assertThatThrownBy(() -> InitSpec.spread(new Interval(2, 2), 3, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hi > lo");
  }

  @Test
  void parameterValidationNamesTheField() {
    assertThatThrownBy(() -> new Scales(0, 1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scale-w must be positive and finite, got 0.0");
    assertThatThrownBy(() -> new Scales(1, Double.NaN, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scale-b");
    assertThatThrownBy(() -> new Scales(1, 1, Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scale-v");
    assertThatThrownBy(() -> new GaussianSigmas(1, -0.1, 1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sigma-b must be finite and >= 0, got -0.1");
    assertThatThrownBy(() -> new GaussianSigmas(0, 1, 1, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sigma-w");
    assertThatThrownBy(() -> new Interval(1, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hi must be >= lo");
    assertThatThrownBy(() -> new Interval(Double.NEGATIVE_INFINITY, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("finite");
    assertThatThrownBy(() -> InitQuery.bins(0, 1, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("increase strictly");
    assertThatThrownBy(() -> new InitQuery(List.of(Double.NaN), List.of(), List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("points[0]");
    assertThatThrownBy(() -> InitMonteCarlo.estimate(InitSpec.of(InitScheme.HE_NORMAL, 3, 1),
        new InitQuery(List.of(), List.of(), List.of(), List.of()), 3))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("networks must be >= 4");
  }

  @Test
  void withersKeepTheOtherFields() {
    InitSpec s = InitSpec.spread(new Interval(-1, 1), 10, 5);
    InitSpec t = s.withWidth(20).withSeed(6).withScales(new Scales(2, 3, 4));
    assertThat(t).isEqualTo(new InitSpec(InitScheme.SPREAD, 20, new Scales(2, 3, 4), null,
        new Interval(-1, 1), 6));
  }
}
