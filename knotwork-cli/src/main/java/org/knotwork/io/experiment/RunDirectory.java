package org.knotwork.io.experiment;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Map;
import org.knotwork.common.run.Manifest;
import org.knotwork.common.spec.SpecNode;
import org.knotwork.common.study.Study;
import org.knotwork.common.study.StudyContext;
import org.knotwork.common.study.StudyKind;
import org.knotwork.common.study.StudyResult;
import org.knotwork.data.Dataset;
import org.knotwork.experiment.ExperimentResult;
import org.knotwork.experiment.ExperimentSpec;
import org.knotwork.experiment.study.SplineStudy;

/**
 * TEMPORARY BRIDGE (issue 15), in the CLI module only so that the lead's RunCommand and
 * RerunCommand compile unchanged until their rewrite: the old spline run-directory API on top of
 * {@link org.knotwork.common.run.RunDirectory} and the {@code spline} kind. Delete this file when
 * those commands call {@code org.knotwork.common.run.RunDirectory} themselves.
 */
public final class RunDirectory {
  /** The manifest. */
  public static final String MANIFEST = org.knotwork.common.run.RunDirectory.MANIFEST;

  private RunDirectory() {}

  /** Runs {@code spec} on {@code data} into {@code dir} (spec, files, manifest). */
  public static ExperimentResult runAndWrite(ExperimentSpec spec, Dataset data, Path dir) {
    OnData kind = new OnData(data);
    org.knotwork.common.run.RunDirectory.run(new Study<>(kind, spec), dir,
        org.knotwork.common.run.RunDirectory.Options.of(1));
    return kind.result;
  }

  /** Whether {@code dir} holds a finished run. */
  public static boolean isFinished(Path dir) {
    return org.knotwork.common.run.RunDirectory.isFinished(dir);
  }

  /** The spline spec of a run directory. */
  public static ExperimentSpec spec(Path dir) {
    return (ExperimentSpec) org.knotwork.common.run.RunDirectory.study(dir).spec();
  }

  /** The data recorded in a run directory. */
  public static Dataset data(Path dir) {
    return ExperimentData.recordedData(dir);
  }

  /** Metrics as a JSON object. */
  public static ObjectNode metricsNode(Map<String, Object> columns) {
    return Manifest.metricsTree(columns);
  }

  /**
   * A comparison.
   *
   * @param identical all files identical
   * @param files verdict per file
   * @param sameBuild same version and commit
   */
  public record Comparison(boolean identical, Map<String, String> files, boolean sameBuild) {}

  /** Compares a reproduction with an original. */
  public static Comparison compare(Path original, Path reproduction) {
    var c = org.knotwork.common.run.RunDirectory.compare(original, reproduction);
    return new Comparison(c.identical(), c.files(), c.sameBuild());
  }

  /** The spline kind, run on given data. */
  private static final class OnData implements StudyKind<ExperimentSpec> {
    private final SplineStudy spline = new SplineStudy();
    private final Dataset data;
    ExperimentResult result;

    OnData(Dataset data) {
      this.data = data;
    }

    @Override
    public String name() {
      return spline.name();
    }

    @Override
    public String summary() {
      return spline.summary();
    }

    @Override
    public Class<ExperimentSpec> specType() {
      return spline.specType();
    }

    @Override
    public ExperimentSpec defaults() {
      return spline.defaults();
    }

    @Override
    public ExperimentSpec read(SpecNode root) {
      return spline.read(root);
    }

    @Override
    public ObjectNode write(ExperimentSpec spec) {
      return spline.write(spec);
    }

    @Override
    public long seed(ExperimentSpec spec) {
      return spec.seed();
    }

    @Override
    public StudyResult run(ExperimentSpec spec, StudyContext context) {
      result = spline.train(spec, data, ExperimentData.initial(spec, context.inputDirectory()),
          context.directory());
      return SplineStudy.result(result);
    }
  }
}
