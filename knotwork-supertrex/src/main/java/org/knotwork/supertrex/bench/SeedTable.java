package org.knotwork.supertrex.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.knotwork.supertrex.model.Rule;
import org.knotwork.supertrex.model.Task;
import org.knotwork.supertrex.model.Trial;
import org.knotwork.supertrex.model.TrialConfig;
import org.knotwork.supertrex.model.TrialResult;

/**
 * The deviation table of the reference comparisons (supertrex.md &sect;7) at a chosen N and seeds:
 * Task-1 FORCE, SUPERTREX and RMHL and Task-2 SUPERTREX and RMHL with the authors' protocol, one CSV
 * line per run (rule, task, seed, deviation, satisfactory, the norms after periods 1 and 10, wall
 * seconds). Runs are independent and each is single-threaded, so the numbers do not depend on the
 * thread count.
 *
 * <p>Usage: {@code SeedTable N FIRST_SEED LAST_SEED [THREADS] [pairs]}, pairs e.g.
 * {@code force:pen,supertrex:arm} (default: the five pairs above).
 */
public final class SeedTable {
  private SeedTable() {}

  /** Runs the table. */
  public static void main(String[] args) throws Exception {
    int n = Integer.parseInt(args[0]);
    long first = Long.parseLong(args[1]);
    long last = Long.parseLong(args[2]);
    int threads = args.length > 3 ? Integer.parseInt(args[3]) : 1;
    String pairs = args.length > 4 ? args[4]
        : "force:pen,supertrex:pen,rmhl:pen,supertrex:arm,rmhl:arm";
    List<TrialConfig> configs = new ArrayList<>();
    for (long s = first; s <= last; s++) {
      for (String p : pairs.split(",")) {
        String[] rt = p.split(":");
        configs.add(TrialConfig.paper(Task.of(rt[1]), Rule.of(rt[0]), n, s));
      }
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<String>> lines = new ArrayList<>();
    for (TrialConfig c : configs) {
      lines.add(pool.submit(() -> {
        long t0 = System.nanoTime();
        TrialResult r = Trial.run(c, c.periodSteps());
        double sec = (System.nanoTime() - t0) * 1e-9;
        boolean ok = !r.diverged();
        return String.format(Locale.ROOT, "%s,%s,%d,%d,%.5f,%b,%.4f,%.4f,%.4f,%.4f,%.1f",
            c.rule().id(), c.task().id(), c.neurons(), c.seed(), r.deviation(), r.satisfactory(),
            ok ? r.explorationNorm(1) : Double.NaN, ok ? r.explorationNorm(10) : Double.NaN,
            ok ? r.masteryNorm(1) : Double.NaN, ok ? r.masteryNorm(10) : Double.NaN, sec);
      }));
    }
    System.out.println("rule,task,N,seed,deviation,satisfactory,normExp1,normExp10,normMst1,"
        + "normMst10,seconds");
    for (Future<String> f : lines) {
      System.out.println(f.get());
    }
    pool.shutdown();
  }
}
