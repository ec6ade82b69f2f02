package org.knotwork.render.study;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.knotwork.common.io.InputException;
import org.knotwork.common.study.StudyRenderer;
import org.knotwork.draw.progress.Progress;
import org.knotwork.draw.video.VideoOptions;
import org.knotwork.render.RenderOptions;
import org.knotwork.render.RenderedFiles;
import org.knotwork.render.Renderer;
import org.knotwork.render.io.RunDirectory;
import org.knotwork.render.model.Trajectory;

/**
 * Draws run directories of the {@code spline} kind (as {@code knotwork render RUN_DIR} does): the
 * figures, the GIF and MP4 of the dynamics, the viewer and the report, from the snapshots the run
 * recorded ({@link RunDirectory}).
 */
public final class SplineRenderer implements StudyRenderer {

  @Override
  public String kind() {
    return "spline";
  }

  @Override
  public Set<String> outputs() {
    return OUTPUTS;
  }

  /** Figures, the GIF, the viewer and the report. */
  @Override
  public Set<String> defaultOutputs() {
    return Set.of("figures", "gif", "html", "report");
  }

  /**
   * Renders a spline run directory.
   *
   * @throws InputException if the directory holds no snapshots, or a video or the viewer is asked
   *     of a run with fewer than two
   */
  @Override
  public List<Path> render(Path runDir, Path outDir, Set<String> outputs, Video video) {
    return render(RunDirectory.at(runDir).load(), outDir, prepare(runDir, outputs), video);
  }

  /** Renders a trajectory with the requested outputs and returns the files written. */
  static List<Path> render(Trajectory t, Path outDir, Set<String> outputs, Video video) {
    VideoOptions v = VideoOptions.of(video);
    RenderOptions options = new RenderOptions(outputs.contains("figures"), outputs.contains("gif"),
        outputs.contains("mp4"), outputs.contains("html"), outputs.contains("report"), v);
    RenderedFiles r = Renderer.render(t, outDir, options, Progress.SILENT);
    List<Path> files = new ArrayList<>();
    r.figures().values().forEach(l -> l.forEach(p -> files.add(outDir.resolve(p))));
    for (Path p : new Path[] {r.gif(), r.mp4(), r.viewer(), r.report()}) {
      if (p != null) {
        files.add(outDir.resolve(p));
      }
    }
    r.frameData().forEach(p -> files.add(outDir.resolve(p)));
    return files;
  }
}
