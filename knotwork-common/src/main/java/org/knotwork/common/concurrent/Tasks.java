package org.knotwork.common.concurrent;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;

/** Independent tasks run on a pool; results come back in task order whatever the thread count. */
public final class Tasks {
  private Tasks() {}

  /**
   * Runs {@code tasks} on {@code pool} and waits for all of them.
   *
   * @return their results, in the order of {@code tasks}
   * @throws RuntimeException the first failed task's own unchecked exception (a checked one wrapped)
   */
  public static <T> List<T> all(ExecutorService pool, List<? extends Callable<T>> tasks) {
    List<Future<T>> futures = new ArrayList<>();
    for (Callable<T> t : tasks) {
      futures.add(pool.submit(t));
    }
    List<T> out = new ArrayList<>();
    for (Future<T> f : futures) {
      try {
        out.add(f.get());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while computing", e);
      } catch (ExecutionException e) {
        throw unwrap(e);
      }
    }
    return out;
  }

  /**
   * Runs {@code tasks} on a new fork-join pool of {@code threads} workers, shut down afterwards. Parallel
   * streams inside the tasks run on the same pool, so {@code threads} bounds them too.
   */
  public static <T> List<T> onThreads(int threads, List<? extends Callable<T>> tasks) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      return all(pool, tasks);
    } finally {
      pool.shutdownNow();
    }
  }

  /** {@link #onThreads(int, List)} for one task (its inner parallel streams use the pool). */
  public static <T> T onThreads(int threads, Callable<T> task) {
    return onThreads(threads, List.of(task)).get(0);
  }

  /**
   * The failed task's own exception, to throw: as is if unchecked, else wrapped; an {@link Error} is
   * thrown from here.
   */
  public static RuntimeException unwrap(ExecutionException e) {
    Throwable c = e.getCause();
    // a fork-join pool rethrows a copy of the exception (same type, the original as its cause)
    while (c != null && c.getCause() != null && c.getCause().getClass() == c.getClass()) {
      c = c.getCause();
    }
    if (c instanceof RuntimeException re) {
      return re;
    }
    if (c instanceof Error er) {
      throw er;
    }
    return new IllegalStateException(c);
  }
}
