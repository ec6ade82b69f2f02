package org.knotwork.isometry.study;

import java.util.List;
import org.knotwork.common.study.StudyKind;
import org.knotwork.common.testing.CatalogContract;

/** The isometry kind's catalog entries, quick variants, through the common contract. */
class IsometryCatalogTest extends CatalogContract {
  @Override
  protected List<StudyKind<?>> kinds() {
    return List.of(new IsometryStudy());
  }
}
