package org.knotwork.supertrex.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.knotwork.common.catalog.CatalogContext;
import org.knotwork.common.catalog.CatalogEntry;
import org.knotwork.common.catalog.Table;
import org.knotwork.common.study.Study;
import org.knotwork.supertrex.model.Rule;
import org.knotwork.supertrex.model.Task;
import org.knotwork.supertrex.model.Trial;
import org.knotwork.supertrex.model.TrialConfig;
import org.knotwork.supertrex.model.TrialResult;
import org.knotwork.supertrex.study.SupertrexSpec;
import org.knotwork.supertrex.study.SupertrexStudy;

/**
 * The entries and what they share: the runs (memoised per configuration in the catalog context, so
 * an entry that needs a run another entry made reuses it) and their table.
 */
public final class SupertrexEntries {
  /**
   * N of the quick variant: the smallest network at which the orderings of spiking.md &sect;1.6
   * still hold with the full period (at N = 100 RMHL and SUPERTREX no longer learn Task 1).
   */
  public static final int QUICK_NEURONS = 200;
  /** N of the full variant (the authors'). */
  public static final int FULL_NEURONS = 1000;
  /** Seeds of the full variant (the ReScience count). */
  public static final int FULL_SEEDS = 11;
  /** The recording stride of catalog runs (only the metric and period norms are used). */
  static final int STRIDE = 50_000;

  private SupertrexEntries() {}

  /** The entries, in order. */
  public static List<CatalogEntry> all(SupertrexStudy kind) {
    return List.of(new Task1OrderingEntry(kind), new Task2OrderingEntry(kind));
  }

  /** The seeds of a variant: 1 (quick) or 1 ... 11 (full). */
  static List<Long> seeds(CatalogContext context) {
    List<Long> s = new ArrayList<>();
    int count = context.full() ? FULL_SEEDS : 1;
    for (long i = 1; i <= count; i++) {
      s.add(i);
    }
    return s;
  }

  /** The authors' protocol for a task and rule at the variant's N and a seed. */
  static TrialConfig config(CatalogContext context, Task task, Rule rule, long seed) {
    return TrialConfig.paper(task, rule, context.full() ? FULL_NEURONS : QUICK_NEURONS, seed);
  }

  /** The results of the given configurations, each run once per context, on its threads. */
  static List<TrialResult> results(CatalogContext context, List<TrialConfig> configs) {
    List<Callable<TrialResult>> tasks = new ArrayList<>();
    for (TrialConfig c : configs) {
      tasks.add(() -> context.memo(c, () -> Trial.run(c, STRIDE)));
    }
    return context.parallel(tasks);
  }

  /** One row per run: rule, seed, deviation, satisfactory, and the norms after periods 1 and 10. */
  static Table table(String name, List<TrialResult> results) {
    Table.Builder t = Table.of(name, "rule", "seed", "deviation", "satisfactory", "normExp1",
        "normExp10", "normMst1", "normMst10");
    for (TrialResult r : results) {
      TrialConfig c = r.config();
      boolean ok = !r.diverged();
      t.row(c.rule().id(), c.seed(), r.deviation(), r.satisfactory() ? 1L : 0L,
          ok ? r.explorationNorm(1) : Double.NaN,
          ok ? r.explorationNorm(c.trainPeriods()) : Double.NaN,
          ok ? r.masteryNorm(1) : Double.NaN,
          ok ? r.masteryNorm(c.trainPeriods()) : Double.NaN);
    }
    return t.build();
  }

  /** The canonical spec texts of the first run of each rule. */
  static List<String> specs(SupertrexStudy kind, List<TrialResult> results) {
    List<String> out = new ArrayList<>();
    List<Rule> seen = new ArrayList<>();
    for (TrialResult r : results) {
      if (!seen.contains(r.config().rule())) {
        seen.add(r.config().rule());
        out.add(new Study<>(kind, SupertrexSpec.of(r.config(), 50)).json());
      }
    }
    return out;
  }

  /** The deviations of the runs of one rule. */
  static double[] deviations(List<TrialResult> results, Rule rule) {
    return results.stream().filter(r -> r.config().rule() == rule)
        .mapToDouble(TrialResult::deviation).toArray();
  }

  /** How many runs of a rule are satisfactory. */
  static long satisfactory(List<TrialResult> results, Rule rule) {
    return results.stream().filter(r -> r.config().rule() == rule && r.satisfactory()).count();
  }

  static double max(double[] v) {
    double m = Double.NEGATIVE_INFINITY;
    for (double x : v) {
      m = Math.max(m, x);
    }
    return m;
  }

  static double min(double[] v) {
    double m = Double.POSITIVE_INFINITY;
    for (double x : v) {
      m = Math.min(m, x);
    }
    return m;
  }

  static double mean(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x;
    }
    return s / v.length;
  }
}
