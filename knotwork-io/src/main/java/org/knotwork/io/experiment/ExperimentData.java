package org.knotwork.io.experiment;

import java.nio.file.Path;
import org.knotwork.data.Dataset;
import org.knotwork.experiment.DataSource;
import org.knotwork.experiment.ExperimentSpec;
import org.knotwork.io.DataCsv;

/** Resolves an experiment's data source to a data set, reading CSV files where needed. */
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
}
