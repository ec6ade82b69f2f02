package org.knotwork.experiment.sweep;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.knotwork.common.io.AtomicFiles;
import org.knotwork.common.io.InputException;
import org.knotwork.common.run.RunDirectory;
import org.knotwork.experiment.study.SplineStudy;

/**
 * Runs a sweep on one machine: a fixed pool of threads, one run directory per point, resumable.
 */
public final class LocalSweep {
  /** The sweep description file. */
  public static final String SWEEP_FILE = "sweep.json";
  /** The folder of run directories. */
  public static final String RUNS = "runs";

  private LocalSweep() {}

  /** Receives progress; called from worker threads. Methods default to doing nothing. */
  public interface Listener {
    /** A run was already finished and is skipped. */
    default void skipped(SweepRun run) {}

    /** A run finished. */
    default void finished(SweepRun run, int done, int total) {}

    /** A run failed with an exception. */
    default void failed(SweepRun run, Exception e) {}
  }

  /**
   * What a sweep did.
   *
   * @param total number of points
   * @param skipped runs finished before this call (not redone)
   * @param ran runs carried out by this call
   * @param failures "rNNNN: message" for each run that threw
   * @param table the results of every finished run
   */
  public record Summary(int total, int skipped, int ran, List<String> failures,
      ResultsTable table) {}

  /**
   * Prepares {@code dir} for {@code sweep}: writes {@code sweep.json}, or, when it exists and
   * {@code resume} is set, checks that it describes the same sweep.
   *
   * @throws InputException if {@code dir} holds a sweep and {@code resume} is not set, or holds a
   *     different sweep
   */
  public static List<SweepRun> prepare(Path dir, SweepSpec sweep, boolean resume) {
    List<SweepRun> plan = SweepPlan.of(sweep);
    Path file = dir.resolve(SWEEP_FILE);
    if (Files.exists(file)) {
      if (!resume) {
        throw new InputException(dir + " already holds a sweep (" + SWEEP_FILE + "); add --resume "
            + "to continue it, or choose another directory");
      }
      String existing = SweepSpec.read(file).toJson();
      if (!existing.equals(sweep.toJson())) {
        throw new InputException("--resume: " + file + " describes a different sweep than the "
            + "one requested; use a new directory");
      }
    } else {
      AtomicFiles.writeString(file, sweep.toJson());
    }
    for (SweepRun r : plan) {
      Path run = runDir(dir, r);
      if (RunDirectory.isFinished(run)) {
        String recorded = RunDirectory.study(run).json();
        if (!recorded.equals(SplineStudy.of(r.spec()).json())) {
          throw new InputException(run + " holds a run of a different spec than grid point "
              + r.index() + "; use a new directory");
        }
      }
    }
    return plan;
  }

  /** The run directory of {@code run}. */
  public static Path runDir(Path sweepDir, SweepRun run) {
    return sweepDir.resolve(RUNS).resolve(run.name());
  }

  /**
   * Runs every unfinished point of {@code sweep} in {@code dir} on {@code threads} threads, then
   * writes the results table. Runs that throw are reported in the summary; the others complete.
   *
   * @param resume continue a sweep already started in {@code dir}
   */
  public static Summary run(Path dir, SweepSpec sweep, int threads, boolean resume,
      Listener listener) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    List<SweepRun> plan = prepare(dir, sweep, resume);
    List<SweepRun> todo = new ArrayList<>();
    int skipped = 0;
    for (SweepRun r : plan) {
      if (RunDirectory.isFinished(runDir(dir, r))) {
        skipped++;
        listener.skipped(r);
      } else {
        todo.add(r);
      }
    }
    List<String> failures = Collections.synchronizedList(new ArrayList<>());
    int[] done = {skipped};
    ExecutorService pool = Executors.newFixedThreadPool(threads, t -> {
      Thread th = new Thread(t, "sweep-run");
      th.setDaemon(true);
      return th;
    });
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (SweepRun r : todo) {
        futures.add(pool.submit(() -> {
          try {
            RunDirectory.run(SplineStudy.of(r.spec()), runDir(dir, r), RunDirectory.Options.of(1));
            int d;
            synchronized (done) {
              d = ++done[0];
            }
            listener.finished(r, d, plan.size());
          } catch (RuntimeException e) {
            failures.add(r.name() + ": " + e.getMessage());
            listener.failed(r, e);
          }
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("sweep interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("sweep worker failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
    List<SweepRun> finished = plan.stream()
        .filter(r -> RunDirectory.isFinished(runDir(dir, r))).toList();
    ResultsTable table = ResultsTable.of(sweep.axes(), finished,
        r -> ResultsTable.readMetrics(runDir(dir, r)));
    if (!finished.isEmpty()) {
      table.write(dir);
    }
    List<String> sorted = new ArrayList<>(failures);
    Collections.sort(sorted);
    return new Summary(plan.size(), skipped, todo.size() - sorted.size(), sorted, table);
  }
}
