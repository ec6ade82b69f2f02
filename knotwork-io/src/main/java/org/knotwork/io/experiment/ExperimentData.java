package org.knotwork.io.experiment;

import java.nio.file.Path;
import org.knotwork.data.Dataset;
import org.knotwork.experiment.DataSource;
import org.knotwork.experiment.ExperimentSpec;
import org.knotwork.io.DataCsv;
import org.knotwork.io.NetJson;
import org.knotwork.io.run.RunFiles;
import org.knotwork.net.NetworkParams;

/**
 * Resolves an experiment's inputs: its data set, reading CSV files where needed, and its initial
 * network, drawn or read from a network file. On a rerun, both come from the original run
 * directory's recorded {@code data.csv} and {@code init.json}.
 */
public final class ExperimentData {
  private ExperimentData() {}

  /**
   * The data of {@code spec}: generated and builtin sources are drawn by the core, a
   * {@link DataSource.CsvFile} is read from its path resolved against {@code baseDir} (the spec
   * file's directory, or the working directory for specs from flags).
   */
  public static Dataset resolve(ExperimentSpec spec, Path baseDir) {
    if (spec.data() instanceof DataSource.CsvFile f) {
      return DataCsv.read(baseDir.resolve(f.path()));
    }
    return spec.data().dataset();
  }

  /**
   * The initial network of {@code spec}: drawn from its scheme, or read from its network file
   * resolved against {@code baseDir}.
   */
  public static NetworkParams initial(ExperimentSpec spec, Path baseDir) {
    if (spec.init().isFile()) {
      return NetJson.read(baseDir.resolve(spec.init().file()));
    }
    return spec.init().draw(spec.width(), spec.seed());
  }

  /** The data recorded in a run directory ({@code data.csv}). */
  public static Dataset recordedData(Path runDir) {
    return DataCsv.read(runDir.resolve(RunFiles.DATA));
  }

  /**
   * The initial network of {@code spec} on a rerun of {@code runDir}: a network file's network as
   * recorded there ({@code init.json}); a drawn one is drawn again.
   */
  public static NetworkParams recordedInitial(ExperimentSpec spec, Path runDir) {
    return spec.init().isFile() ? NetJson.read(runDir.resolve(RunFiles.INIT))
        : spec.init().draw(spec.width(), spec.seed());
  }
}
