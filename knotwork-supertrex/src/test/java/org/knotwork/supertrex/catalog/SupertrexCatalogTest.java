package org.knotwork.supertrex.catalog;

import java.util.List;
import org.knotwork.common.study.StudyKind;
import org.knotwork.common.testing.CatalogContract;
import org.knotwork.supertrex.study.SupertrexStudy;

/**
 * The catalog contract for the {@code supertrex} entries. Their quick variants are the statistical
 * tests of this module (spiking.md checks 14 and 15 at the CI tier of its &sect;6: one seed of each
 * rule on Tasks 1 and 2, N = {@link SupertrexEntries#QUICK_NEURONS}, the full period).
 */
class SupertrexCatalogTest extends CatalogContract {
  @Override
  protected List<StudyKind<?>> kinds() {
    return List.of(new SupertrexStudy());
  }
}
