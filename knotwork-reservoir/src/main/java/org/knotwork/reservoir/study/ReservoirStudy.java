package org.knotwork.reservoir.study;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knotwork.common.catalog.CatalogEntry;
import org.knotwork.common.concurrent.Tasks;
import org.knotwork.common.io.AtomicFiles;
import org.knotwork.common.io.InputException;
import org.knotwork.common.spec.SpecNode;
import org.knotwork.common.study.StudyContext;
import org.knotwork.common.study.StudyKind;
import org.knotwork.common.study.StudyResult;
import org.knotwork.reservoir.catalog.ReservoirCostEntry;
import org.knotwork.reservoir.catalog.ReservoirExponentCliffEntry;
import org.knotwork.reservoir.catalog.ReservoirL63OrderingEntry;
import org.knotwork.reservoir.catalog.ReservoirL96OrderingEntry;
import org.knotwork.reservoir.catalog.ReservoirPrecisionEntry;
import org.knotwork.reservoir.esn.EsnConfig;
import org.knotwork.reservoir.esn.ReadoutTransform;
import org.knotwork.reservoir.experiment.CsvData;
import org.knotwork.reservoir.experiment.D2r2Spec;
import org.knotwork.reservoir.experiment.EsnSpec;
import org.knotwork.reservoir.experiment.ExperimentResult.ModelResult;
import org.knotwork.reservoir.experiment.ExperimentResult.PrecisionRun;
import org.knotwork.reservoir.experiment.ExperimentResult;
import org.knotwork.reservoir.experiment.ExperimentRunner;
import org.knotwork.reservoir.experiment.ExperimentSpec;
import org.knotwork.reservoir.experiment.Lorenz63Data;
import org.knotwork.reservoir.io.ResultFiles;
import org.knotwork.reservoir.io.TimeSeriesCsv;
import org.knotwork.reservoir.precision.Precision;
import org.knotwork.reservoir.scoring.TestWindows;
import org.knotwork.reservoir.series.Scaling;
import org.knotwork.reservoir.series.TimeSeries;

/**
 * The study kind {@code reservoir}: echo state networks versus D2R2 on Lorenz 63, three-tier Lorenz 96
 * or a series of your own, at 64, 32 and 16 bits (docs/reservoir.md). The spec is an {@link
 * ExperimentSpec} ({@link ReservoirSpecs} gives its text form); a run writes the result files of {@link
 * ResultFiles#writeRun} into the run directory, plus {@value #SERIES} for a csv source: the bytes of
 * the input file, which a rerun reads instead of the spec's path.
 */
public final class ReservoirStudy implements StudyKind<ExperimentSpec> {
  /** The kind's name. */
  public static final String NAME = "reservoir";
  /** The recorded copy of a csv source's file in the run directory. */
  public static final String SERIES = "series.csv";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String summary() {
    return "echo state networks vs D2R2 on Lorenz 63/96 or your series, at 64/32/16 bits";
  }

  @Override
  public Class<ExperimentSpec> specType() {
    return ExperimentSpec.class;
  }

  @Override
  public ExperimentSpec defaults() {
    return ReservoirSpecs.DEFAULTS;
  }

  /** A small run (seconds): the one its tests and {@code run --example} use. */
  @Override
  public ExperimentSpec example() {
    TestWindows w = new TestWindows(1999, 4, 150, 150);
    return new ExperimentSpec("small", Lorenz63Data.authors((int) w.requiredLength()),
        Scaling.STD_PER_COMPONENT, 2000, w, 30, 0.3,
        List.of(new D2r2Spec("quad", 2, 1e-4), new EsnSpec("lsr",
            new EsnConfig(40, 3, 0.1, 0.25, 1e-4, ReadoutTransform.T1_EVEN, false))),
        List.of(Precision.BINARY64, Precision.parse("binary16:weights")), 5, 1, 0, false, true);
  }

  @Override
  public ExperimentSpec read(SpecNode root) {
    return ReservoirSpecs.read(root);
  }

  @Override
  public ObjectNode write(ExperimentSpec spec) {
    return ReservoirSpecs.write(spec);
  }

  @Override
  public long seed(ExperimentSpec spec) {
    return spec.seed();
  }

  @Override
  public int position() {
    return 60;
  }

  @Override
  public StudyResult run(ExperimentSpec spec, StudyContext context) {
    ExperimentSpec s = resolve(spec, context);
    int total = 1 + (s.lyapunovSteps() > 0 ? 1 : 0)
        + s.models().size() * (1 + s.precisions().size());
    int[] done = {0};
    ExperimentResult r = Tasks.onThreads(context.threads(), () -> ExperimentRunner.run(s,
        line -> context.progress().report(line, Math.min(1.0, ++done[0] / (double) total))));
    ResultFiles.writeRun(r, context.directory());
    return new StudyResult(true, "trained " + r.models().size() + " model"
        + (r.models().size() == 1 ? "" : "s") + ", scored at " + s.precisions().size()
        + " precision" + (s.precisions().size() == 1 ? "" : "s") + " over "
        + s.windows().count() + " windows", metrics(r));
  }

  /**
   * The spec with its csv source read: from the run being repeated ({@link
   * StudyContext#recordedRun()}) if any, else from the spec's path; its bytes are recorded in the run
   * directory as {@value #SERIES}.
   *
   * @throws InputException if the file is missing or malformed or does not fit the spec
   */
  static ExperimentSpec resolve(ExperimentSpec spec, StudyContext context) {
    if (!(spec.data() instanceof CsvData c)) {
      return spec;
    }
    Path file = context.recordedRun() != null ? context.recordedRun().resolve(SERIES)
        : context.input(c.path());
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new InputException("spec field data.path: series " + file + " does not exist"
          + (context.recordedRun() != null ? " (the run directory's recorded copy)" : ""));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    TimeSeries series = TimeSeriesCsv.parse(new String(bytes, java.nio.charset.StandardCharsets.UTF_8),
        "spec field data.path: series " + file, c.dt(), c.timeColumn());
    ExperimentSpec out;
    try {
      out = spec.withData(c.with(series), spec.scaling());
    } catch (IllegalArgumentException e) {
      throw new InputException("spec field data.path: the series " + file + " ("
          + series.length() + " samples of " + series.dimension() + " components) does not fit "
          + "the spec: " + e.getMessage());
    }
    AtomicFiles.write(context.directory().resolve(SERIES), o -> o.write(bytes));
    return out;
  }

  private static Map<String, Object> metrics(ExperimentResult r) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (ModelResult model : r.models()) {
      for (PrecisionRun p : model.runs()) {
        String key = model.name() + "@" + p.precision().label() + ".";
        m.put(key + "meanHorizonSamples", p.score().meanHorizon());
        m.put(key + "meanCurveHorizonSamples", (long) p.score().meanCurveHorizon());
      }
    }
    if (Double.isFinite(r.data().lyapunovExponent())) {
      m.put("lyapunovExponent", r.data().lyapunovExponent());
    }
    return m;
  }

  @Override
  public List<CatalogEntry> catalogEntries() {
    return List.of(new ReservoirL63OrderingEntry(this), new ReservoirL96OrderingEntry(this),
        new ReservoirPrecisionEntry(this), new ReservoirExponentCliffEntry(this),
        new ReservoirCostEntry());
  }
}
