package org.knotwork.spiking.render;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.knotwork.common.io.InputException;
import org.knotwork.common.run.RunDirectory;
import org.knotwork.common.study.StudyRenderer;
import org.knotwork.spiking.study.SpikingStudy;

/** Draws run directories of the {@code spiking} kind: {@link SpikingFigures#renderRun}. */
public final class SpikingRenderer implements StudyRenderer {

  @Override
  public String kind() {
    return SpikingStudy.NAME;
  }

  @Override
  public List<Path> render(Path runDir, Path outDir, Set<String> outputs) {
    String kind = RunDirectory.manifest(runDir).kind();
    if (!kind.equals(SpikingStudy.NAME)) {
      throw new InputException(runDir + " holds a " + kind + " run, not a spiking run");
    }
    Set<String> other = new TreeSet<>(outputs);
    other.remove("figures");
    if (!other.isEmpty()) {
      throw new InputException("a spiking run renders only figures, not "
          + String.join(", ", other));
    }
    try {
      java.nio.file.Files.createDirectories(outDir);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return SpikingFigures.renderRun(runDir, outDir);
  }
}
