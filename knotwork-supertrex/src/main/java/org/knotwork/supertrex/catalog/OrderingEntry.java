package org.knotwork.supertrex.catalog;

import java.util.ArrayList;
import java.util.List;
import org.knotwork.common.catalog.CatalogContext;
import org.knotwork.common.catalog.CatalogEntry;
import org.knotwork.common.catalog.Figure;
import org.knotwork.common.catalog.Measurement;
import org.knotwork.common.catalog.Outcome;
import org.knotwork.supertrex.model.Rule;
import org.knotwork.supertrex.model.Task;
import org.knotwork.supertrex.model.TrialConfig;
import org.knotwork.supertrex.model.TrialResult;
import org.knotwork.supertrex.study.SupertrexStudy;

/**
 * A claim about how the rules order on one task: every rule trained on every seed of the variant,
 * the measurements of the subclass, a table of the trials and a figure of deviation per seed.
 */
abstract class OrderingEntry implements CatalogEntry {
  private final SupertrexStudy kind;
  private final Task task;
  private final List<Rule> rules;
  private final int number;

  /**
   * @param number the task's number in the paper (1, 2), used in the entry's id and names
   */
  OrderingEntry(SupertrexStudy kind, Task task, List<Rule> rules, int number) {
    this.kind = kind;
    this.task = task;
    this.rules = List.copyOf(rules);
    this.number = number;
  }

  @Override
  public final String id() {
    return "supertrex-task" + number + "-ordering";
  }

  /** The checks of this claim on the trials; {@code full} chooses the full variant's. */
  abstract List<Measurement> measurements(List<TrialResult> results, boolean full);

  @Override
  public final Outcome run(CatalogContext context) {
    List<TrialConfig> configs = new ArrayList<>();
    for (long seed : SupertrexEntries.seeds(context)) {
      for (Rule rule : rules) {
        configs.add(SupertrexEntries.config(context, task, rule, seed));
      }
    }
    List<TrialResult> results = SupertrexEntries.results(context, configs);
    String name = "task" + number;
    return new Outcome(id(), context.variant(), measurements(results, context.full()),
        List.of(SupertrexEntries.table(name, results)),
        List.of(new Figure(name + "-deviation", "Task " + number + " deviation per seed", name,
            "seed", List.of("deviation"), "rule", "seed", "deviation", false, true, "scatter")),
        SupertrexEntries.specs(kind, results));
  }
}
