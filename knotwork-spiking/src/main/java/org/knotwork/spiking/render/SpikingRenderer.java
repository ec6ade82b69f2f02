package org.knotwork.spiking.render;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.knotwork.common.io.InputException;
import org.knotwork.common.run.RunDirectory;
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
  public List<Path> render(Path runDir, Path outDir, Set<String> outputs) {
    return render(runDir, outDir, outputs, Video.DEFAULT);
  }

  /** Figures (the default), and with "gif" a video of E activity on the sheet in 10 ms windows. */
  @Override
  public List<Path> render(Path runDir, Path outDir, Set<String> outputs, Video video) {
    String kind = RunDirectory.manifest(runDir).kind();
    if (!kind.equals(SpikingStudy.NAME)) {
      throw new InputException(runDir + " holds a " + kind + " run, not a spiking run");
    }
    Set<String> other = new TreeSet<>(outputs);
    other.remove("figures");
    other.remove("gif");
    if (!other.isEmpty()) {
      throw new InputException("a spiking run renders only figures and gif, not "
          + String.join(", ", other));
    }
    try {
      java.nio.file.Files.createDirectories(outDir);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    List<Path> files = new java.util.ArrayList<>();
    if (outputs.isEmpty() || outputs.contains("figures")) {
      files.addAll(SpikingFigures.renderRun(runDir, outDir));
    }
    if (outputs.contains("gif")) {
      files.add(SpikingFigures.activityGif(runDir, outDir, 10, video.maxFrames(), video.width(),
          video.height(), Math.max(1, 100 / video.fps())));
    }
    return files;
  }
}
