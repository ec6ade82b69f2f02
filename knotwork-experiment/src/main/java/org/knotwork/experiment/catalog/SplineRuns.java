package org.knotwork.experiment.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.knotwork.common.catalog.CatalogContext;
import org.knotwork.experiment.ExperimentResult;
import org.knotwork.experiment.ExperimentRunner;
import org.knotwork.experiment.ExperimentSpec;

/** Spline-lens training runs of catalog entries, memoised in the shared {@link CatalogContext}. */
final class SplineRuns {
  private SplineRuns() {}

  /** The result of {@code spec} on its (generated or builtin) data, computed once per context. */
  static ExperimentResult run(CatalogContext context, ExperimentSpec spec) {
    return context.memo(spec, () -> ExperimentRunner.run(spec, spec.data().dataset()));
  }

  /** The results of {@code specs}, in order, run in parallel on the context's threads. */
  static List<ExperimentResult> runAll(CatalogContext context, List<ExperimentSpec> specs) {
    List<Callable<ExperimentResult>> tasks = new ArrayList<>();
    for (ExperimentSpec s : specs) {
      tasks.add(() -> run(context, s));
    }
    return context.parallel(tasks);
  }
}
