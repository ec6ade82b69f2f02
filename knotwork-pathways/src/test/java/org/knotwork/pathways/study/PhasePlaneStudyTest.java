package org.knotwork.pathways.study;

import java.util.List;
import org.knotwork.common.study.StudyKind;
import org.knotwork.common.testing.StudyKindContract;
import org.knotwork.pathways.experiment.PhasePlaneSpec;

class PhasePlaneStudyTest extends StudyKindContract<PhasePlaneSpec> {
  @Override
  protected StudyKind<PhasePlaneSpec> kind() {
    return new PhasePlaneStudy();
  }

  @Override
  protected List<BadField> badFields() {
    return List.of(new BadField("starts", "0", "starts must be >= 1"),
        new BadField("spreads", "[0.1, 0]", "spreads[1] must be positive"),
        new BadField("scheme", "MIDPOINT", "EULER, RK4"),
        new BadField("dt", "fast", "finite number"),
        new BadField("fieldGrid", "1", "fieldGrid must be >= 2"));
  }
}
