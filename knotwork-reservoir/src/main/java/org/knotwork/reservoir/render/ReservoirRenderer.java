package org.knotwork.reservoir.render;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.knotwork.common.io.InputException;
import org.knotwork.common.study.StudyRenderer;

/**
 * Draws run directories of the {@code reservoir} study kind (registered in {@code
 * META-INF/services/org.knotwork.common.study.StudyRenderer}): the {@code figures} output is {@link
 * ReservoirFigures#renderRun} (error curves, horizon box plots, one attractor projection per model, the
 * cost table as markdown), with the attractors drawn in components 0 and 2 (x&ndash;z for Lorenz 63),
 * or 0 and the last component of a series with fewer than three.
 */
public final class ReservoirRenderer implements StudyRenderer {
  /** The study kind drawn. */
  public static final String KIND = "reservoir";

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public List<Path> render(Path runDir, Path outDir, Set<String> outputs, Video video) {
    return render(runDir, outDir, outputs, null, false);
  }

  /**
   * Renders with explicit attractor components and optional SVG copies.
   *
   * @param components two 0-based components, or null for the default
   * @param svg also write SVG versions of the charts
   */
  public List<Path> render(Path runDir, Path outDir, Set<String> outputs, int[] components,
      boolean svg) {
    if (components != null && components.length != 2) {
      throw new InputException("--components needs two indices, e.g. 0,2");
    }
    prepare(runDir, outputs);
    int[] c = components != null ? components : defaultComponents(runDir);
    return ReservoirFigures.renderRun(runDir, outDir, c[0], c[1], svg);
  }

  /** Components 0 and 2, or 0 and the last one of a series with fewer than three. */
  static int[] defaultComponents(Path runDir) {
    ReservoirFigures.Csv f = ReservoirFigures.read(runDir.resolve("forecasts.csv"));
    int k = f.column("component");
    int max = 0;
    for (String[] r : f.rows()) {
      max = Math.max(max, Integer.parseInt(r[k]));
    }
    return new int[] {0, Math.min(2, max)};
  }
}
