package org.knotwork.spiking.render;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.knotwork.common.study.StudyRenderer;
import org.knotwork.spiking.study.SpikingStudy;

/**
 * Draws run directories of the {@code spiking} kind: {@link SpikingFigures#renderRun}, and a GIF of
 * activity on the sheet ({@link SpikingFigures#activityGif}).
 */
public final class SpikingRenderer implements StudyRenderer {

  @Override
  public String kind() {
    return SpikingStudy.NAME;
  }

  @Override
  public Set<String> outputs() {
    return Set.of("figures", "gif");
  }

  @Override
  public Set<String> defaultOutputs() {
    return Set.of("figures");
  }

  /** Figures (the default), and with "gif" a video of E activity on the sheet in 10 ms windows. */
  @Override
  public List<Path> render(Path runDir, Path outDir, Set<String> outputs, Video video) {
    Set<String> want = prepare(runDir, outputs);
    List<Path> files = new java.util.ArrayList<>();
    if (want.contains("figures")) {
      files.addAll(SpikingFigures.renderRun(runDir, outDir));
    }
    if (want.contains("gif")) {
      files.add(SpikingFigures.activityGif(runDir, outDir, 10, video.maxFrames(), video.width(),
          video.height(), Math.max(1, 100 / video.fps())));
    }
    return files;
  }
}
