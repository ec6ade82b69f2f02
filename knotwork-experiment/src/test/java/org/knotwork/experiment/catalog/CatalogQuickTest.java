package org.knotwork.experiment.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.knotwork.common.catalog.CatalogEntry;
import org.knotwork.common.study.StudyKind;
import org.knotwork.common.testing.CatalogContract;
import org.knotwork.experiment.study.RegimeStudy;
import org.knotwork.experiment.study.SplineStudy;

/** The spline and regime kinds' catalog entries, quick variants, through the common contract. */
class CatalogQuickTest extends CatalogContract {
  @Override
  protected List<StudyKind<?>> kinds() {
    return List.of(new SplineStudy(), new RegimeStudy());
  }

  @Test
  void theSplineEntriesComeFirstInTodaysOrderWithTheirDemoFlags() {
    assertThat(entries()).extracting(CatalogEntry::id).containsExactly("flat-init", "knot-laws",
        "hessian-minima", "silent-saddle", "gd-flow", "kernel-regime", "adaptive-regime",
        "phase-diagram");
    assertThat(entries().stream().filter(CatalogEntry::demo).map(CatalogEntry::id))
        .containsExactly("flat-init", "hessian-minima", "silent-saddle", "gd-flow",
            "kernel-regime", "adaptive-regime", "phase-diagram");
    for (CatalogEntry e : entries()) {
      assertThat(e.claim()).contains("docs/");
    }
    assertThat(outcome("gd-flow").specs()).isNotEmpty()
        .allSatisfy(s -> assertThat(s).contains("\"kind\" : \"spline\""));
  }
}
