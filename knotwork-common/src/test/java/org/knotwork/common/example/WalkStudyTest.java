package org.knotwork.common.example;

import java.util.List;
import org.knotwork.common.study.StudyKind;
import org.knotwork.common.testing.StudyKindContract;

class WalkStudyTest extends StudyKindContract<WalkSpec> {
  @Override
  protected StudyKind<WalkSpec> kind() {
    return new WalkStudy();
  }

  @Override
  protected List<BadField> badFields() {
    return List.of(new BadField("steps", "0", "steps must be >= 1"),
        new BadField("steps", "1.5", "whole number"),
        new BadField("sigma", "-1", "sigma must be >= 0"),
        new BadField("drift", "fast", "finite number"),
        new BadField("seed", "[1, 2]", "whole number"));
  }
}
