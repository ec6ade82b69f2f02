package org.knotwork.experiment.report;

import java.nio.file.Path;
import org.knotwork.common.catalog.Figure;
import org.knotwork.common.catalog.Table;

/**
 * Draws a catalog figure from its table. Implementations are found with
 * {@link java.util.ServiceLoader} (a {@code META-INF/services/org.knotwork.experiment.report.FigureRenderer}
 * file naming the class), so a rendering module can plug in without this module depending on it.
 */
public interface FigureRenderer {

  /** The file extension of the images written, e.g. {@code png}. */
  String extension();

  /** Draws {@code figure} from {@code table} into {@code file}. */
  void render(Figure figure, Table table, Path file);
}
