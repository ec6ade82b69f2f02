package org.knotwork.isometry.study;

import java.util.List;
import org.knotwork.common.study.StudyKind;
import org.knotwork.common.testing.StudyKindContract;

/** The isometry kind through the common contract. */
class IsometryStudyTest extends StudyKindContract<IsometrySpec> {
  @Override
  protected StudyKind<IsometrySpec> kind() {
    return new IsometryStudy();
  }

  @Override
  protected List<BadField> badFields() {
    return List.of(
        new BadField("depth", "0", "depth must be within"),
        new BadField("qStars", "[0.5, -1]", "qStars must be positive"),
        new BadField("init", "unitary", "must be one of"),
        new BadField("replicas", "0", "replicas must be within"),
        new BadField("probes", "1.5", "whole number"));
  }
}
