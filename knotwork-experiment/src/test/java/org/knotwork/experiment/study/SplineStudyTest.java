package org.knotwork.experiment.study;

import java.util.List;
import org.knotwork.common.study.StudyKind;
import org.knotwork.common.testing.StudyKindContract;
import org.knotwork.experiment.ExperimentSpec;

/** The checks every study kind passes, for {@code spline}. */
class SplineStudyTest extends StudyKindContract<ExperimentSpec> {
  @Override
  protected StudyKind<ExperimentSpec> kind() {
    return new SplineStudy();
  }

  @Override
  protected List<BadField> badFields() {
    return List.of(new BadField("width", "0", "width must be in [1, "),
        new BadField("training.method.learningRate", "fast", "finite number"),
        new BadField("training.method.rule", "newton", "must be one of gd, momentum"),
        new BadField("budget.maxSteps", "-1", "maxSteps must be >= 0"),
        new BadField("recording.snapshots.kind", "every", "must be one of auto, none"),
        new BadField("init.scaleW", "0", "must be positive"));
  }
}
