package org.knotwork.experiment.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.knotwork.common.catalog.CatalogContext;
import org.knotwork.common.catalog.CatalogEntry;
import org.knotwork.common.catalog.Measurement;
import org.knotwork.common.catalog.Outcome;
import org.knotwork.common.catalog.Variant;

/**
 * Every catalog entry runs in its quick variant and passes its claim at the stated tolerance (one
 * shared context, as {@code knotwork reproduce --all} runs them, so shared runs are computed once).
 */
class CatalogQuickTest {
  static CatalogContext context;
  static final Map<String, Outcome> OUTCOMES = new LinkedHashMap<>();

  /**
   * The catalog's entries without the test-scope example kind that the common test jar registers
   * on this test class path.
   */
  static List<CatalogEntry> entries() {
    return Catalog.entries().stream()
        .filter(e -> !e.getClass().getName().startsWith("org.knotwork.common.example.")).toList();
  }

  @BeforeAll
  static void runAll() {
    context = new CatalogContext(Variant.QUICK, 2);
    for (CatalogEntry e : entries()) {
      OUTCOMES.put(e.id(), e.run(context));
    }
  }

  @AfterAll
  static void close() {
    context.close();
  }

  static Stream<String> ids() {
    return entries().stream().map(CatalogEntry::id);
  }

  @ParameterizedTest
  @MethodSource("ids")
  void entryPasses(String id) {
    Outcome o = OUTCOMES.get(id);
    assertThat(o.failures()).as("%s failures: %s", id, o.failures().stream()
        .map(m -> m.name() + " = " + m.value() + " (" + m.bound().text() + ")")
        .collect(Collectors.joining("; "))).isEmpty();
    assertThat(o.passed()).isTrue();
    assertThat(o.variant()).isEqualTo(Variant.QUICK);
    assertThat(o.id()).isEqualTo(id);
    assertThat(o.tables()).isNotEmpty();
    assertThat(o.tables()).allSatisfy(t -> assertThat(t.rows()).isNotEmpty());
    assertThat(o.measurements().stream().filter(Measurement::checked).count())
        .isGreaterThanOrEqualTo(2);
  }

  @Test
  void entriesHaveDistinctIdsAndDescribeThemselves() {
    List<String> ids = entries().stream().map(CatalogEntry::id).toList();
    assertThat(new HashSet<>(ids)).hasSize(ids.size());
    assertThat(ids).containsAll(Catalog.DEMO);
    // the spline kind's entries first, then the regime kind's, in today's order
    assertThat(ids.subList(0, 8)).containsExactly("flat-init", "knot-laws", "hessian-minima",
        "silent-saddle", "gd-flow", "kernel-regime", "adaptive-regime", "phase-diagram");
    assertThat(Catalog.DEMO).startsWith("flat-init", "hessian-minima", "silent-saddle", "gd-flow",
        "kernel-regime", "adaptive-regime", "phase-diagram");
    for (CatalogEntry e : entries()) {
      assertThat(e.id()).matches("[a-z][a-z0-9-]*");
      assertThat(e.claim()).contains("otes");
      assertThat(e.tolerance()).isNotBlank();
      assertThat(e.protocol(Variant.QUICK)).isNotBlank();
      assertThat(Catalog.find(e.id())).isSameAs(e);
    }
    assertThatThrownBy(() -> Catalog.find("nope"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no catalog entry 'nope'").hasMessageContaining("flat-init");
  }

  @Test
  void theContextComputesASharedRunOnce() {
    int[] calls = {0};
    Object a = context.memo("test-key", () -> {
      calls[0]++;
      return new Object();
    });
    Object b = context.memo("test-key", () -> {
      calls[0]++;
      return new Object();
    });
    assertThat(a).isSameAs(b);
    assertThat(calls[0]).isEqualTo(1);
  }
}
