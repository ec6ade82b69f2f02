package org.knotwork.pathways.render;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.knotwork.common.study.StudyRenderer;
import org.knotwork.draw.video.VideoOptions;
import org.knotwork.pathways.study.PathwaysStudy;

/**
 * Draws run directories of the {@code pathways} kind (one run or an experiment): mode strengths,
 * the final K heat maps and the K video ({@link RunRenderer}).
 */
public class PathwaysRenderer implements StudyRenderer {

  @Override
  public String kind() {
    return PathwaysStudy.NAME;
  }

  @Override
  public Set<String> outputs() {
    return Set.of("figures", "gif", "mp4");
  }

  @Override
  public List<Path> render(Path runDir, Path outDir, Set<String> outputs, Video video) {
    return render(runDir, outDir, outputs, VideoOptions.of(video));
  }

  /** Renders with the given video size, frame rate and frame count. */
  public List<Path> render(Path runDir, Path outDir, Set<String> outputs, VideoOptions video) {
    return RunRenderer.render(runDir, outDir, outputs, video);
  }
}
