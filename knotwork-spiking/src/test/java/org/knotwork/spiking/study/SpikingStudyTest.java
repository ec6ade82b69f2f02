package org.knotwork.spiking.study;

import java.util.List;
import org.knotwork.common.study.StudyKind;
import org.knotwork.common.testing.StudyKindContract;

/** The study-kind contract for {@code spiking} on the CI example. */
class SpikingStudyTest extends StudyKindContract<SpikingSpec> {
  @Override
  protected StudyKind<SpikingSpec> kind() {
    return new SpikingStudy();
  }

  @Override
  protected List<BadField> badFields() {
    return List.of(new BadField("dt", "0", "dt must be in (0, 1]"),
        new BadField("layer.sideE", "0", "grid side"),
        new BadField("layer.p.ee", "2", "probability"),
        new BadField("layer.kernelI.decay", "-1", "positive time"),
        new BadField("burnIn", "1000", "burnIn must be in [0, duration)"),
        new BadField("recording.faCells", "2", "faCells must be >= 3"),
        new BadField("input.rate", "fast", "finite number"));
  }
}
