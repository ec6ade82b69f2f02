package org.knotwork.supertrex.study;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knotwork.common.catalog.CatalogEntry;
import org.knotwork.common.io.AtomicFiles;
import org.knotwork.common.io.Json;
import org.knotwork.common.io.Npy;
import org.knotwork.common.io.NpyArray;
import org.knotwork.common.spec.SpecNode;
import org.knotwork.common.study.StudyContext;
import org.knotwork.common.study.StudyKind;
import org.knotwork.common.study.StudyResult;
import org.knotwork.supertrex.catalog.SupertrexEntries;
import org.knotwork.supertrex.model.Rule;
import org.knotwork.supertrex.model.Task;
import org.knotwork.supertrex.model.TaskConstants;
import org.knotwork.supertrex.model.TestFeedback;
import org.knotwork.supertrex.model.Trace;
import org.knotwork.supertrex.model.Trial;
import org.knotwork.supertrex.model.TrialConfig;
import org.knotwork.supertrex.model.TrialResult;

/**
 * The {@code supertrex} study kind: one training-and-test run of FORCE, RMHL or SUPERTREX on one
 * task (supertrex.md). It writes into the run directory:
 * <ul>
 *   <li>{@code trace.npy}: the samples of {@link Trace} (rows &times; columns, every {@code stride}
 *       steps): step, z, z_exp, z_mst, pen, target, e, m&#772; (its square root is the deviation
 *       over time), &ebar;, gate, ‖W_exp‖_F, ‖W_mst‖_F;</li>
 *   <li>{@code periods.npy}: per period: period, ‖W_exp‖_F, ‖W_mst‖_F, mean error, mean gate;</li>
 *   <li>{@code columns.json}: the column names of both files, the arm's segment lengths and the
 *       per-task constants the run used.</li>
 * </ul>
 * Metrics: satisfactory, diverged, steps, and unless the run diverged the deviation and both norms
 * after the first and the last training period. A diverged run (non-finite error) ends early and is
 * reported as not normal.
 */
public final class SupertrexStudy implements StudyKind<SupertrexSpec> {
  /** The kind's name. */
  public static final String NAME = "supertrex";
  /** The sample file. */
  public static final String TRACE = "trace.npy";
  /** The period file. */
  public static final String PERIODS = "periods.npy";
  /** The column names and constants. */
  public static final String COLUMNS = "columns.json";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String summary() {
    return "reward-modulated reservoir learning: SUPERTREX vs FORCE vs RMHL drawing the butterfly "
        + "(Pyle & Rosenbaum 2019)";
  }

  @Override
  public Class<SupertrexSpec> specType() {
    return SupertrexSpec.class;
  }

  @Override
  public SupertrexSpec defaults() {
    return SupertrexSpec.DEFAULTS;
  }

  /** SUPERTREX on Task 2 with 40 units and 200-step periods (2 + 1 periods): well under a second. */
  @Override
  public SupertrexSpec example() {
    return new SupertrexSpec(3, Task.ARM, 2, Rule.SUPERTREX, 40, 200, 2, 1, true,
        TestFeedback.SCRIPT, false, false, 0, 5);
  }

  @Override
  public SupertrexSpec read(SpecNode root) {
    SupertrexSpec d = SupertrexSpec.DEFAULTS;
    long seed = root.longInteger("seed", d.seed());
    String task = root.choice("task", d.task().id(), List.of("pen", "arm", "arm-cost"));
    int segments = root.integer("segments", d.segments());
    String rule = root.choice("rule", d.rule().id(), List.of("force", "rmhl", "supertrex"));
    int neurons = root.integer("neurons", d.neurons());
    int periodSteps = root.integer("periodSteps", d.periodSteps());
    int trainPeriods = root.integer("trainPeriods", d.trainPeriods());
    int testPeriods = root.integer("testPeriods", d.testPeriods());
    boolean quirks = root.bool("scriptQuirks", d.scriptQuirks());
    String feedback = root.choice("testFeedback", d.testFeedback().id(),
        List.of("script", "closed"));
    boolean rescience = root.bool("rescience", d.rescience());
    boolean beta = root.bool("betaCosts", d.betaCosts());
    int lesion = root.integer("lesionPeriod", d.lesionPeriod());
    int stride = root.integer("stride", d.stride());
    root.finish();
    return root.build(null, () -> new SupertrexSpec(seed, Task.of(task), segments, Rule.of(rule),
        neurons, periodSteps, trainPeriods, testPeriods, quirks, TestFeedback.of(feedback),
        rescience, beta, lesion, stride));
  }

  @Override
  public ObjectNode write(SupertrexSpec s) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("seed", s.seed());
    o.put("task", s.task().id());
    o.put("segments", s.segments());
    o.put("rule", s.rule().id());
    o.put("neurons", s.neurons());
    o.put("periodSteps", s.periodSteps());
    o.put("trainPeriods", s.trainPeriods());
    o.put("testPeriods", s.testPeriods());
    o.put("scriptQuirks", s.scriptQuirks());
    o.put("testFeedback", s.testFeedback().id());
    o.put("rescience", s.rescience());
    o.put("betaCosts", s.betaCosts());
    o.put("lesionPeriod", s.lesionPeriod());
    o.put("stride", s.stride());
    return o;
  }

  @Override
  public long seed(SupertrexSpec spec) {
    return spec.seed();
  }

  @Override
  public StudyResult run(SupertrexSpec s, StudyContext context) {
    TrialConfig c = s.config();
    TrialResult r = Trial.run(c, s.stride(), f -> context.progress().report("training", f));
    Trace t = r.trace();
    Npy.write(context.directory().resolve(TRACE),
        NpyArray.of(new int[] {t.rows(), t.width()}, t.samples()));
    Npy.write(context.directory().resolve(PERIODS),
        NpyArray.of(new int[] {t.periodRows(), Trace.PERIOD_COLUMNS.length}, t.periods()));
    AtomicFiles.writeString(context.directory().resolve(COLUMNS), columnsJson(c));
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("satisfactory", r.satisfactory());
    m.put("diverged", r.diverged());
    m.put("steps", r.steps());
    if (!r.diverged()) {
      m.put("deviation", r.deviation());
      m.put("normExpFirst", r.explorationNorm(1));
      m.put("normMstFirst", r.masteryNorm(1));
      m.put("normExpTrained", r.explorationNorm(c.trainPeriods()));
      m.put("normMstTrained", r.masteryNorm(c.trainPeriods()));
    }
    String msg = r.diverged()
        ? "diverged at step " + r.steps()
        : String.format(java.util.Locale.ROOT, "%s on task %s: deviation %.4g (%s)", c.rule().id(),
            c.task().id(), r.deviation(), r.satisfactory() ? "satisfactory" : "not satisfactory");
    return new StudyResult(!r.diverged(), msg, m);
  }

  /** The column names and the constants of a run, as JSON text. */
  static String columnsJson(TrialConfig c) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    Arrays.stream(Trace.columns(c.outputs())).forEach(o.putArray("trace")::add);
    Arrays.stream(Trace.PERIOD_COLUMNS).forEach(o.putArray("periods")::add);
    o.put("outputs", c.outputs());
    if (c.task() != Task.PEN) {
      Arrays.stream(org.knotwork.supertrex.model.Arm.standard(c.segments()).lengths())
          .forEach(o.putArray("segmentLengths")::add);
    }
    TaskConstants k = c.constants();
    ObjectNode kc = o.putObject("constants");
    kc.put("filter", k.filter());
    kc.put("halfWave", k.halfWave());
    kc.put("taskGain", k.taskGain());
    kc.put("explorationScale", k.explorationScale());
    kc.put("explorationExponent", k.explorationExponent());
    kc.put("threshold", k.threshold());
    kc.put("masteryRate", k.masteryRate());
    kc.put("filteredTeacher", k.filteredTeacher());
    Arrays.stream(k.costs()).forEach(kc.putArray("costs")::add);
    kc.put("rescienceFactor", k.rescienceFactor());
    kc.put("learningRate", TaskConstants.LEARNING_RATE);
    kc.put("density", TrialConfig.DENSITY);
    kc.put("lambda", TrialConfig.LAMBDA);
    kc.put("dt", TrialConfig.DT);
    kc.put("tau", TrialConfig.TAU);
    kc.put("alpha", TrialConfig.ALPHA);
    kc.put("beta0", TrialConfig.BETA0);
    kc.put("gamma", TrialConfig.GAMMA);
    try {
      return Json.PRETTY.writeValueAsString(o) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public List<CatalogEntry> catalogEntries() {
    return SupertrexEntries.all(this);
  }

  @Override
  public int position() {
    return 60;
  }
}
