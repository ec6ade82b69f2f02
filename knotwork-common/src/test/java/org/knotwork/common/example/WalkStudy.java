package org.knotwork.common.example;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knotwork.common.catalog.CatalogContext;
import org.knotwork.common.catalog.CatalogEntry;
import org.knotwork.common.catalog.Figure;
import org.knotwork.common.catalog.Measurement;
import org.knotwork.common.catalog.Outcome;
import org.knotwork.common.catalog.Table;
import org.knotwork.common.catalog.Variant;
import org.knotwork.common.io.AtomicFiles;
import org.knotwork.common.io.NpyArray;
import org.knotwork.common.io.NumericCsv;
import org.knotwork.common.io.Npy;
import org.knotwork.common.random.Rng;
import org.knotwork.common.spec.SpecNode;
import org.knotwork.common.study.Study;
import org.knotwork.common.study.StudyContext;
import org.knotwork.common.study.StudyKind;
import org.knotwork.common.study.StudyResult;

/**
 * The smallest real study kind, in test scope: a seeded random walk. It is registered only by this
 * test tree's {@code META-INF/services} file and edits nothing else, which shows that a kind plugs into
 * run, rerun, sweep and reproduce through the interface alone (ARCHITECTURE.md walks through it).
 */
public class WalkStudy implements StudyKind<WalkSpec> {

  @Override
  public String name() {
    return "example-walk";
  }

  @Override
  public String summary() {
    return "test-scope example: a seeded Gaussian random walk";
  }

  @Override
  public Class<WalkSpec> specType() {
    return WalkSpec.class;
  }

  @Override
  public WalkSpec defaults() {
    return WalkSpec.DEFAULTS;
  }

  /** A small run (seconds): the one its tests and {@code run --example} use. */
  @Override
  public WalkSpec example() {
    return new WalkSpec(3, 20, 0.5, 2.0);
  }

  @Override
  public WalkSpec read(SpecNode root) {
    WalkSpec d = WalkSpec.DEFAULTS;
    long seed = root.longInteger("seed", d.seed());
    int steps = root.integer("steps", d.steps());
    double drift = root.number("drift", d.drift());
    double sigma = root.number("sigma", d.sigma());
    return root.build(null, () -> new WalkSpec(seed, steps, drift, sigma));
  }

  @Override
  public ObjectNode write(WalkSpec s) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("seed", s.seed());
    o.put("steps", s.steps());
    o.put("drift", s.drift());
    o.put("sigma", s.sigma());
    return o;
  }

  @Override
  public long seed(WalkSpec spec) {
    return spec.seed();
  }

  /** The walk's positions x_0 = 0, ..., x_steps. */
  public static double[] walk(WalkSpec s, Rng rng) {
    double[] x = new double[s.steps() + 1];
    for (int k = 0; k < s.steps(); k++) {
      x[k + 1] = x[k] + s.drift() + s.sigma() * rng.gaussian();
    }
    return x;
  }

  @Override
  public StudyResult run(WalkSpec s, StudyContext context) {
    double[] x = walk(s, context.rng("walk"));
    double[] k = new double[x.length];
    for (int i = 0; i < k.length; i++) {
      k[i] = i;
    }
    AtomicFiles.writeString(context.directory().resolve("walk.csv"),
        NumericCsv.format(List.of("step", "x"), k, x));
    Npy.write(context.directory().resolve("walk.npy"), NpyArray.of(x));
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("final", x[x.length - 1]);
    m.put("steps", (long) s.steps());
    return new StudyResult(true, "walked " + s.steps() + " steps", m);
  }

  @Override
  public List<CatalogEntry> catalogEntries() {
    return List.of(new DriftEntry(this));
  }

  /** Claim: the mean final position of the walk is steps * drift (Monte Carlo, 4 standard errors). */
  static final class DriftEntry implements CatalogEntry {
    private final WalkStudy kind;

    DriftEntry(WalkStudy kind) {
      this.kind = kind;
    }

    @Override
    public String id() {
      return "example-walk-drift";
    }

    @Override
    public String title() {
      return "Example: the walk drifts by steps x drift";
    }

    @Override
    public String claim() {
      return "E[x_n] = n * drift for the Gaussian random walk (test-scope example)";
    }

    @Override
    public String tolerance() {
      return "within 4 standard errors over the seeds";
    }

    @Override
    public String protocol(Variant variant) {
      return variant == Variant.QUICK ? "64 seeds of 50 steps" : "1024 seeds of 50 steps";
    }

    @Override
    public Outcome run(CatalogContext context) {
      int seeds = context.full() ? 1024 : 64;
      WalkSpec base = new WalkSpec(0, 50, 0.1, 1.0);
      Table.Builder t = Table.of("finals", "seed", "final");
      double sum = 0;
      double sq = 0;
      List<String> specs = new java.util.ArrayList<>();
      for (int i = 0; i < seeds; i++) {
        WalkSpec s = new WalkSpec(i, base.steps(), base.drift(), base.sigma());
        double[] x = walk(s, Rng.of(s.seed(), "walk"));
        double f = x[x.length - 1];
        sum += f;
        sq += f * f;
        t.row((long) i, f);
        if (i < 2) {
          specs.add(new Study<>(kind, s).json());
        }
      }
      double mean = sum / seeds;
      double se = Math.sqrt((sq / seeds - mean * mean) / (seeds - 1));
      double expected = base.steps() * base.drift();
      return new Outcome(id(), context.variant(), List.of(
          Measurement.near("mean final position", mean, expected, 4 * se),
          Measurement.info("standard error", se)), List.of(t.build()),
          List.of(Figure.line("finals", "Final positions", "finals", "seed", List.of("final"),
              "seed", "x_n")), specs);
    }
  }
}
