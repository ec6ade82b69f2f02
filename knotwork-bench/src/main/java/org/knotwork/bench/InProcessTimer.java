package org.knotwork.bench;

import java.util.Arrays;

/**
 * A small in-process timer for quick runs without JMH: warm up for a while, then time several
 * batches of back-to-back calls and report the median time per call. Coarser than JMH (no fork, no
 * dead-code protection beyond consuming each result), meant for smoke runs.
 */
public final class InProcessTimer {
  private static volatile double sink;

  private InProcessTimer() {}

  /**
   * Median seconds per call of {@code op} on {@code bench}.
   *
   * @param warmupSeconds time spent calling before measuring (at least one call)
   * @param batchSeconds minimum duration of each measured batch (at least one call each)
   * @param batches number of measured batches, at least 1
   */
  public static double secondsPerOp(Workbench bench, Operation op, double warmupSeconds,
      double batchSeconds, int batches) {
    if (batches < 1) {
      throw new IllegalArgumentException("batches must be at least 1, got " + batches);
    }
    double acc = 0;
    long warmEnd = System.nanoTime() + (long) (warmupSeconds * 1e9);
    do {
      acc += bench.run(op);
    } while (System.nanoTime() < warmEnd);
    double[] perOp = new double[batches];
    long batchNanos = (long) (batchSeconds * 1e9);
    for (int b = 0; b < batches; b++) {
      long start = System.nanoTime();
      long calls = 0;
      long now;
      do {
        acc += bench.run(op);
        calls++;
        now = System.nanoTime();
      } while (now - start < batchNanos);
      perOp[b] = (now - start) / 1e9 / calls;
    }
    sink = acc;
    Arrays.sort(perOp);
    return perOp[batches / 2];
  }
}
