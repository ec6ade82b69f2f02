package org.knotwork.common.testing;

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
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.knotwork.common.catalog.CatalogContext;
import org.knotwork.common.catalog.CatalogEntry;
import org.knotwork.common.catalog.Measurement;
import org.knotwork.common.catalog.Outcome;
import org.knotwork.common.catalog.Variant;
import org.knotwork.common.io.InputException;
import org.knotwork.common.study.Studies;
import org.knotwork.common.study.StudyKind;

/**
 * The checks every module's catalog entries pass, written once: a module's test extends this class
 * and names its kinds; every entry of those kinds then runs in its quick variant (all in one shared
 * context, as {@code knotwork reproduce --all} runs them, so shared runs are computed once) and must
 * pass, check at least two numbers, return non-empty tables, and describe itself; ids are distinct
 * and found through the registry.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class CatalogContract {
  private CatalogContext context;
  private final Map<String, Outcome> outcomes = new LinkedHashMap<>();

  /** The kinds whose entries are checked. */
  protected abstract List<StudyKind<?>> kinds();

  /** The entries of {@link #kinds()}, in order. */
  protected List<CatalogEntry> entries() {
    return kinds().stream().flatMap(k -> k.catalogEntries().stream()).toList();
  }

  /** The outcome of an entry's quick variant. */
  protected Outcome outcome(String id) {
    return outcomes.get(id);
  }

  @BeforeAll
  void runAll() {
    context = new CatalogContext(Variant.QUICK, 2);
    for (CatalogEntry e : entries()) {
      outcomes.put(e.id(), e.run(context));
    }
  }

  @AfterAll
  void close() {
    context.close();
  }

  Stream<String> ids() {
    return entries().stream().map(CatalogEntry::id);
  }

  @ParameterizedTest
  @MethodSource("ids")
  void entryPasses(String id) {
    Outcome o = outcomes.get(id);
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
  void entriesHaveDistinctIdsDescribeThemselvesAndAreRegistered() {
    List<String> ids = ids().toList();
    assertThat(ids).isNotEmpty();
    assertThat(new HashSet<>(ids)).hasSize(ids.size());
    for (CatalogEntry e : entries()) {
      assertThat(e.id()).matches("[a-z][a-z0-9-]*");
      assertThat(e.title()).isNotBlank();
      assertThat(e.claim()).isNotBlank();
      assertThat(e.tolerance()).isNotBlank();
      assertThat(e.protocol(Variant.QUICK)).isNotBlank();
      assertThat(e.protocol(Variant.FULL)).isNotBlank();
      assertThat(Studies.entry(e.id())).isInstanceOf(e.getClass());
    }
    assertThatThrownBy(() -> Studies.entry("nope")).isInstanceOf(InputException.class)
        .hasMessageContaining("no catalog entry 'nope'").hasMessageContaining(ids.get(0));
  }
}
