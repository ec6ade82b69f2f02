package org.knotwork.experiment;

import java.util.List;
import org.knotwork.data.DataSpec;
import org.knotwork.data.Dataset;

/**
 * Where an experiment's data come from: a seeded generator, a CSV file (read by the I/O module, since
 * the core does no file I/O), or a data set bundled with Knotwork.
 */
public sealed interface DataSource {

  /** The name used in spec files: {@code generated}, {@code file} or {@code builtin}. */
  String kind();

  /**
   * Generated data ({@link DataSpec}: target, N, interval, grid or random inputs, noise, seed of the
   * "data" stream).
   *
   * @param spec the generator
   */
  record Generated(DataSpec spec) implements DataSource {
    /** Validates presence. */
    public Generated {
      if (spec == null) {
        throw new IllegalArgumentException("data spec is required for generated data");
      }
    }

    @Override
    public String kind() {
      return "generated";
    }
  }

  /**
   * A data CSV (header {@code x,y}) at a path, resolved relative to the spec file's directory.
   *
   * @param path the path as written in the spec, non-blank
   */
  record CsvFile(String path) implements DataSource {
    /** Validates a non-blank path. */
    public CsvFile {
      if (path == null || path.isBlank()) {
        throw new IllegalArgumentException("path of the data file must be non-blank");
      }
    }

    @Override
    public String kind() {
      return "file";
    }
  }

  /**
   * A bundled data set.
   *
   * @param name one of {@link #NAMES}
   */
  record Builtin(String name) implements DataSource {
    /** The bundled data sets: {@code wiggly8}, the eight points of the notes' reference runs (&sect;6). */
    public static final List<String> NAMES = List.of("wiggly8");

    /** Validates the name. */
    public Builtin {
      if (!NAMES.contains(name)) {
        throw new IllegalArgumentException(
            "name of the builtin data set must be one of " + NAMES + ", got '" + name + "'");
      }
    }

    @Override
    public String kind() {
      return "builtin";
    }

    /** The data set. */
    public Dataset dataset() {
      return Dataset.wiggly8();
    }
  }

  /** The eight-point data set of the notes' reference runs. */
  static DataSource wiggly8() {
    return new Builtin("wiggly8");
  }

  /**
   * The data set of a source that needs no file: generated or builtin.
   *
   * @throws IllegalArgumentException for a {@link CsvFile}, which the I/O module must read
   */
  default Dataset dataset() {
    if (this instanceof Generated g) {
      return g.spec().generate();
    }
    if (this instanceof Builtin b) {
      return b.dataset();
    }
    throw new IllegalArgumentException("data file '" + ((CsvFile) this).path()
        + "' must be read by the I/O module (org.knotwork.io.experiment.ExperimentData)");
  }
}
