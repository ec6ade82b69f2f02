package org.knotwork.pathways.study;

import java.util.List;
import org.knotwork.common.study.StudyKind;
import org.knotwork.common.testing.StudyKindContract;
import org.knotwork.pathways.experiment.PathwaysSpec;

class PathwaysStudyTest extends StudyKindContract<PathwaysSpec> {
  @Override
  protected StudyKind<PathwaysSpec> kind() {
    return new PathwaysStudy();
  }

  @Override
  protected List<BadField> badFields() {
    return List.of(new BadField("train.lr", "-1", "lr must be positive"),
        new BadField("train.steps", "1.5", "whole number"),
        new BadField("widths", "[8]", "widths must have one entry per pathway"),
        new BadField("depths", "[2, 0]", "depths[1] must be an integer >= 1"),
        new BadField("activation", "SIGMOID", "LINEAR, TANH, RELU"),
        new BadField("init.eps", "-0.1", "eps must be finite and >= 0"),
        new BadField("treeLevels", "13", "treeLevels must be in 1..12"),
        new BadField("train.snapshotSteps", "[0, 61]", "snapshotSteps entries must be in 0..60"));
  }
}
