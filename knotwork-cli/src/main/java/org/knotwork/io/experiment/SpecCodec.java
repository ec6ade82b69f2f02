package org.knotwork.io.experiment;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.knotwork.common.io.InputException;
import org.knotwork.common.study.Studies;
import org.knotwork.common.study.Study;
import org.knotwork.experiment.ExperimentSpec;
import org.knotwork.experiment.study.SplineStudy;

/**
 * TEMPORARY BRIDGE (issue 15), in the CLI module only so that the lead's RunCommand, SweepCommand
 * and SpecOptions compile unchanged until their rewrite: the old SpecCodec API on top of the {@code
 * spline} study kind. Delete this file when those commands use {@code Studies}/{@code SpecText}.
 */
public final class SpecCodec {
  private SpecCodec() {}

  /** Reads a spec file as a spline spec (a file without {@code kind} is one). */
  public static ExperimentSpec read(Path file) {
    Study<?> s = Studies.read(file, SplineStudy.NAME);
    if (!(s.spec() instanceof ExperimentSpec e)) {
      throw new InputException("spec file " + file + " holds a " + s.kind().name()
          + " spec; this command takes spline specs");
    }
    return e;
  }

  /** The canonical JSON text. */
  public static String toJson(ExperimentSpec spec) {
    return SplineStudy.of(spec).json();
  }

  /**
   * One assignment PATH=VALUE.
   *
   * @param path the dotted path
   * @param value the value text
   */
  public record Override(String path, String value) {
    /** Parses {@code path=value}. */
    public static Override parse(String assignment) {
      int eq = assignment.indexOf('=');
      if (eq <= 0) {
        throw new InputException("a field assignment must be PATH=VALUE (e.g. init.scaleW=0.5), "
            + "got '" + assignment + "'");
      }
      return new Override(assignment.substring(0, eq).strip(),
          assignment.substring(eq + 1).strip());
    }
  }

  /** {@code base} with the assignments ({@link SplineStudy#withFields}). */
  public static ExperimentSpec withOverrides(ExperimentSpec base, List<Override> overrides) {
    return overrides.isEmpty() ? base : SplineStudy.withFields(base,
        overrides.stream().map(o -> Map.entry(o.path(), o.value())).toList());
  }
}
