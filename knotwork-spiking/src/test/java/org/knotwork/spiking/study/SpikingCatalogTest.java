package org.knotwork.spiking.study;

import java.util.List;
import org.knotwork.common.study.StudyKind;
import org.knotwork.common.testing.CatalogContract;

/** The catalog contract for the spiking entries (quick variants). */
class SpikingCatalogTest extends CatalogContract {
  @Override
  protected List<StudyKind<?>> kinds() {
    return List.of(new SpikingStudy());
  }
}
