package org.knotwork.common.catalog;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import org.knotwork.common.concurrent.Tasks;

/**
 * What entries share while a catalog runs: the variant, a thread pool for independent training runs,
 * and a memo so that a run (or any other named computation, keyed for example by its spec record) is
 * carried out once however many entries need it. Results do not depend on the number of threads:
 * each run is single-threaded and fully determined by its spec.
 */
public final class CatalogContext implements AutoCloseable {
  private final Variant variant;
  private final ExecutorService pool;
  private final ConcurrentHashMap<Object, FutureTask<Object>> memo = new ConcurrentHashMap<>();

  /**
   * A context.
   *
   * @param variant the protocol entries follow
   * @param threads threads for independent runs, &ge; 1
   */
  public CatalogContext(Variant variant, int threads) {
    if (variant == null) {
      throw new IllegalArgumentException("variant is required");
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    this.variant = variant;
    this.pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "catalog-run");
      t.setDaemon(true);
      return t;
    });
  }

  /** The variant. */
  public Variant variant() {
    return variant;
  }

  /** Whether the full protocol runs. */
  public boolean full() {
    return variant == Variant.FULL;
  }

  /**
   * The value of a named computation, computed once per context (concurrent callers of the same key
   * wait for the first).
   */
  @SuppressWarnings("unchecked")
  public <T> T memo(Object key, Supplier<T> compute) {
    FutureTask<Object> task = new FutureTask<>(compute::get);
    FutureTask<Object> existing = memo.putIfAbsent(key, task);
    if (existing == null) {
      task.run();
      existing = task;
    }
    try {
      return (T) existing.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for " + key, e);
    } catch (ExecutionException e) {
      throw Tasks.unwrap(e);
    }
  }

  /**
   * The values of independent tasks, in order, computed on the context's threads. Tasks must not call
   * {@link #parallel} themselves (the pool is bounded).
   */
  public <T> List<T> parallel(List<Callable<T>> tasks) {
    return Tasks.all(pool, tasks);
  }

  /** Stops the threads. */
  @Override
  public void close() {
    pool.shutdownNow();
  }
}
