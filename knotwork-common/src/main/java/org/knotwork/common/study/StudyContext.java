package org.knotwork.common.study;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import org.knotwork.common.random.Rng;

/**
 * What a running study is given.
 *
 * @param directory the run directory, where the study writes its files
 * @param seed the spec's master seed
 * @param threads worker threads the study may use, &ge; 1; results never depend on it
 * @param inputDirectory where relative input paths of the spec (data files) resolve: the spec file's
 *     directory, or the working directory for a spec built from flags
 * @param recordedRun on {@code rerun}, the original run directory, whose recorded inputs (for example
 *     its {@code data.csv}) the study reads instead of the spec's sources; otherwise null
 * @param progress where the study reports progress
 * @param cancelled polled by long studies; true asks them to stop (after a checkpoint)
 */
public record StudyContext(Path directory, long seed, int threads, Path inputDirectory,
    Path recordedRun, Progress progress, BooleanSupplier cancelled) {

  /** The name of a study's checkpoint file in its run directory (not part of the results). */
  public static final String CHECKPOINT = "checkpoint.json";

  /** Validates. */
  public StudyContext {
    if (directory == null || inputDirectory == null || progress == null || cancelled == null) {
      throw new IllegalArgumentException("directory, inputDirectory, progress and cancelled are "
          + "required");
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
  }

  /** The random stream {@code name} of the spec's seed. */
  public Rng rng(String name) {
    return Rng.of(seed, name);
  }

  /** The checkpoint file of this run. */
  public Path checkpoint() {
    return directory.resolve(CHECKPOINT);
  }

  /** Resolves a spec's input path against {@link #inputDirectory()}. */
  public Path input(String path) {
    return inputDirectory.resolve(path);
  }

  /** Progress reports of a study: a phase name and the fraction done, in [0, 1]. */
  @FunctionalInterface
  public interface Progress {
    /** Reports nothing. */
    Progress NONE = (phase, fraction) -> { };

    /** Reports that {@code phase} is {@code fraction} done. */
    void report(String phase, double fraction);
  }
}
