package org.knotwork.experiment.study;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knotwork.common.catalog.CatalogEntry;
import org.knotwork.common.io.AtomicFiles;
import org.knotwork.common.io.Json;
import org.knotwork.common.spec.SpecNode;
import org.knotwork.common.study.Study;
import org.knotwork.common.study.StudyContext;
import org.knotwork.common.study.StudyKind;
import org.knotwork.common.study.StudyResult;
import org.knotwork.data.Dataset;
import org.knotwork.experiment.catalog.AdaptiveRegimeEntry;
import org.knotwork.experiment.catalog.KernelRegimeEntry;
import org.knotwork.experiment.catalog.PhaseDiagramEntry;
import org.knotwork.io.DataCsv;
import org.knotwork.io.NetJson;
import org.knotwork.io.experiment.ExperimentData;
import org.knotwork.io.run.RunFiles;
import org.knotwork.regime.OrderParameters;
import org.knotwork.regime.RegimeExperiment;
import org.knotwork.regime.RegimeResult;
import org.knotwork.regime.RegimeSpec;

/**
 * The study kind {@code regime}: one point of the kernel-versus-adaptive experiment of notes &sect;6
 * (E8-E10) on the notes' eight-point data set, with spec {@link RegimeSpec}. Its fields are the
 * record's ({@code width, alphaW, alphaV, knotRange, lrFactor, maxSteps, sumLossThreshold, epsilon,
 * seed}); omitted ones take the notes' settings at &alpha;<sub>w</sub> = &alpha;<sub>v</sub> = 1
 * ({@link RegimeSpec#notes}).
 *
 * <p>A run writes {@code data.csv}, {@code init.json} (the antisymmetric initial network), {@code
 * net.json} (the trained one) and {@code result.json} ({@code steps}, {@code sumLoss}, {@code
 * learningRate} and the {@code order} parameters, as {@code knotwork regime} prints them). It is
 * short enough to be simply run again when interrupted.
 */
public final class RegimeStudy implements StudyKind<RegimeSpec> {
  /** The kind's name. */
  public static final String NAME = "regime";
  /** The order parameters and how the run ended. */
  public static final String RESULT = "result.json";

  /** Order parameters of a run that stopped early: all NaN. */
  private static final OrderParameters NAN_ORDER = new OrderParameters(Double.NaN, Double.NaN,
      Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
      Double.NaN, Double.NaN, Double.NaN);

  private static final RegimeSpec DEFAULTS = RegimeSpec.notes(1, 1, 0);

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String summary() {
    return "one point of the kernel-versus-adaptive regime experiment (docs/spline-lens.md §6): train an "
        + "antisymmetric network at layer scales (alphaW, alphaV) and measure its order parameters";
  }

  @Override
  public Class<RegimeSpec> specType() {
    return RegimeSpec.class;
  }

  @Override
  public RegimeSpec defaults() {
    return DEFAULTS;
  }

  /** A small run (seconds): the one its tests and {@code run --example} use. */
  @Override
  public RegimeSpec example() {
    return new RegimeSpec(20, 0.5, 2, 2, 0.5, 300, 1e-10, 0.02, 4);
  }

  @Override
  public long seed(RegimeSpec spec) {
    return spec.seed();
  }

  @Override
  public int position() {
    return 1;
  }

  @Override
  public RegimeSpec read(SpecNode root) {
    RegimeSpec d = DEFAULTS;
    int width = root.integer("width", d.width());
    double alphaW = root.number("alphaW", d.alphaW());
    double alphaV = root.number("alphaV", d.alphaV());
    double knotRange = root.number("knotRange", d.knotRange());
    double lrFactor = root.number("lrFactor", d.lrFactor());
    long maxSteps = root.longInteger("maxSteps", d.maxSteps());
    double threshold = root.number("sumLossThreshold", d.sumLossThreshold());
    double epsilon = root.number("epsilon", d.epsilon());
    long seed = root.longInteger("seed", d.seed());
    return root.build(null, () -> new RegimeSpec(width, alphaW, alphaV, knotRange, lrFactor,
        maxSteps, threshold, epsilon, seed));
  }

  @Override
  public ObjectNode write(RegimeSpec s) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("width", s.width());
    o.put("alphaW", s.alphaW());
    o.put("alphaV", s.alphaV());
    o.put("knotRange", s.knotRange());
    o.put("lrFactor", s.lrFactor());
    o.put("maxSteps", s.maxSteps());
    o.put("sumLossThreshold", s.sumLossThreshold());
    o.put("epsilon", s.epsilon());
    o.put("seed", s.seed());
    return o;
  }

  /** The canonical texts of specs of this kind (what a catalog outcome lists). */
  public static List<String> texts(List<RegimeSpec> specs) {
    RegimeStudy kind = new RegimeStudy();
    return specs.stream().map(s -> new Study<>(kind, s).json()).toList();
  }

  /** A run's steps, final loss, learning rate and order parameters, as JSON-ready map. */
  public static Map<String, Object> resultMap(RegimeResult r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("steps", r.steps());
    m.put("sumLoss", r.sumLoss());
    m.put("learningRate", r.learningRate());
    m.put("order", r.order());
    return m;
  }

  @Override
  public StudyResult run(RegimeSpec spec, StudyContext context) {
    Path dir = context.directory();
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the run directory " + dir, e);
    }
    Dataset data = context.recordedRun() != null
        ? ExperimentData.recordedData(context.recordedRun()) : Dataset.wiggly8();
    context.progress().report("train", 0);
    RegimeResult r;
    try {
      r = RegimeExperiment.run(data, spec);
    } catch (IllegalStateException e) {
      // stopped early: the same metric columns as a finished run (NaN), so sweeps tabulate it
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("steps", -1L);
      m.put("sum_loss", Double.NaN);
      m.put("learning_rate", Double.NaN);
      NAN_ORDER.columns().keySet().forEach(k -> m.put(k, Double.NaN));
      return new StudyResult(false, String.valueOf(e.getMessage()), m);
    }
    DataCsv.write(dir.resolve(RunFiles.DATA), data);
    NetJson.write(dir.resolve(RunFiles.INIT), r.initial());
    NetJson.write(dir.resolve(RunFiles.NET), r.trained());
    AtomicFiles.writeString(dir.resolve(RESULT), Json.write(resultMap(r)) + "\n");
    context.progress().report("train", 1);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("steps", r.steps());
    m.put("sum_loss", r.sumLoss());
    m.put("learning_rate", r.learningRate());
    m.putAll(r.order().columns());
    return new StudyResult(true, "trained " + r.steps() + " steps to 1/2 sum r^2 = "
        + r.sumLoss(), m);
  }

  /** The regime entries: kernel regime, adaptive regime, phase diagram (all in the demo). */
  @Override
  public List<CatalogEntry> catalogEntries() {
    return List.of(new KernelRegimeEntry(), new AdaptiveRegimeEntry(), new PhaseDiagramEntry());
  }
}
