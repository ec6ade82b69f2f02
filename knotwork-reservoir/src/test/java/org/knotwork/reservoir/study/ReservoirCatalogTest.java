package org.knotwork.reservoir.study;

import java.util.List;
import org.knotwork.common.study.StudyKind;
import org.knotwork.common.testing.CatalogContract;

/** The reservoir kind's catalog entries, quick variants, through the common contract. */
class ReservoirCatalogTest extends CatalogContract {
  @Override
  protected List<StudyKind<?>> kinds() {
    return List.of(new ReservoirStudy());
  }
}
