package org.knotwork.common.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Bounds, measurements and outcomes: the pass/fail arithmetic of the catalog. */
class MeasurementTest {

  @Test
  void boundsAcceptExactlyTheirRegion() {
    assertThat(Measurement.below("a", 0.049, 0.05).passed()).isTrue();
    assertThat(Measurement.below("a", 0.05, 0.05).passed()).isFalse();
    assertThat(Measurement.atMost("a", 0.05, 0.05).passed()).isTrue();
    assertThat(Measurement.above("a", 0.25, 0.25).passed()).isFalse();
    assertThat(Measurement.atLeast("a", 0.25, 0.25).passed()).isTrue();
    assertThat(Measurement.within("a", 34.99, 0.99 * 34.65, 1.01 * 34.65).passed()).isTrue();
    assertThat(Measurement.within("a", 35.0, 0.99 * 34.65, 1.01 * 34.65).passed()).isFalse();
    assertThat(Measurement.near("a", 0.502, 0.5, 0.002).passed()).isTrue();
    assertThat(Measurement.atMost("a", Double.NaN, 1).passed()).isFalse();
    assertThat(Measurement.info("a", Double.NaN).passed()).isTrue();
    assertThat(Measurement.info("a", 1).checked()).isFalse();
  }

  @Test
  void boundsPrintCompactly() {
    assertThat(Measurement.below("a", 0, 0.05).bound().text()).isEqualTo("< 0.05");
    assertThat(Measurement.atMost("a", 0, 1e-10).bound().text()).isEqualTo("<= 1e-10");
    assertThat(Measurement.within("a", 0, 1, 2).bound().text()).isEqualTo("in [1, 2]");
    assertThat(Measurement.above("a", 0, 0.25).bound().text()).isEqualTo("> 0.25");
    assertThat(Bound.NONE.text()).isEmpty();
  }

  @Test
  void anOutcomeFailsIfAnyCheckedMeasurementFails() {
    Table t = Table.of("t", "x", "y").row(1, 2.0).build();
    Outcome ok = new Outcome("e", Variant.QUICK, List.of(Measurement.below("a", 1, 2),
        Measurement.info("b", 99)), List.of(t), List.of(), List.of());
    assertThat(ok.passed()).isTrue();
    Outcome bad = new Outcome("e", Variant.QUICK, List.of(Measurement.below("a", 3, 2),
        Measurement.below("c", 1, 2)), List.of(t), List.of(), List.of());
    assertThat(bad.passed()).isFalse();
    assertThat(bad.failures()).extracting(Measurement::name).containsExactly("a");
    assertThatThrownBy(() -> new Outcome("e", Variant.QUICK, List.of(Measurement.info("b", 1)),
        List.of(t), List.of(), List.of())).hasMessageContaining("checks no measurement");
    assertThatThrownBy(() -> new Outcome("e", Variant.QUICK, List.of(Measurement.below("a", 1, 2)),
        List.of(t), List.of(Figure.line("f", "F", "other", "x", List.of("y"), "x", "y")),
        List.of())).hasMessageContaining("unknown table other");
  }

  @Test
  void tablesCheckTheirShape() {
    assertThat(Table.of("t", "a").row(3).build().rows().get(0).get(0)).isEqualTo(3L);
    assertThatThrownBy(() -> Table.of("t", "a", "b").row(1).build())
        .hasMessageContaining("a row has 1 values for 2 columns");
    assertThatThrownBy(() -> Table.of("T x", "a").build())
        .hasMessageContaining("table name must be lower case");
  }
}
