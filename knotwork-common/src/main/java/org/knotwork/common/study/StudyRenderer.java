package org.knotwork.common.study;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Draws the run directories of one study kind: figures, videos, the interactive viewer, a report.
 * Found through {@link java.util.ServiceLoader} (a line in {@code
 * META-INF/services/org.knotwork.common.study.StudyRenderer}) by the {@code render} front end, so the
 * module that can draw a kind registers its renderer without any edit elsewhere.
 */
public interface StudyRenderer {

  /** The output names {@code render} understands. */
  Set<String> OUTPUTS = Set.of("figures", "gif", "mp4", "html", "report");

  /** The study kind this renderer draws. */
  String kind();

  /**
   * Renders a finished run directory.
   *
   * @param runDir the run directory
   * @param outDir where to write (created)
   * @param outputs which of {@link #OUTPUTS} to make; empty means the renderer's default set
   * @return the files written
   * @throws org.knotwork.common.io.InputException if the run cannot be drawn (for example a video
   *     asked of a run with fewer than two recorded frames)
   */
  List<Path> render(Path runDir, Path outDir, Set<String> outputs);
}
