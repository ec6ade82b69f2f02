package org.knotwork.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.ref.Reference;
import java.util.Locale;
import org.knotwork.loss.ShallowObjective;
import org.knotwork.loss.SweepLoss;

/**
 * Heap used by training: sets up a problem (data, sorted loss, workspace) and runs full-batch
 * gradient descent, then reports the live heap after a full collection and the peak heap use over
 * the run (the sum of the heap pools' peaks, an upper bound of the true peak). Run it in a fresh JVM
 * with a small -Xmx to show that training fits:
 * {@code java -Xmx1g -cp knotwork-benchmarks.jar org.knotwork.bench.MemoryProbe 1000000 5}.
 */
public final class MemoryProbe {
  /**
   * Result of a probe.
   *
   * @param problem the problem
   * @param steps gradient-descent steps run
   * @param liveBytes heap in use after setup, steps and a full collection (everything still live)
   * @param peakBytes sum of the heap pools' peak use since the probe started
   * @param maxHeapBytes the JVM's maximum heap (-Xmx)
   * @param finalLoss the loss at the last step taken (before its update)
   */
  public record Result(BenchProblem problem, int steps, long liveBytes, long peakBytes,
      long maxHeapBytes, double finalLoss) {}

  private MemoryProbe() {}

  /** Runs {@code steps} GD steps on {@code problem} (step size 1e-3/H, no Hessian needed). */
  public static Result measure(BenchProblem problem, int steps) {
    if (steps < 0) {
      throw new IllegalArgumentException("steps must be >= 0, got " + steps);
    }
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
    double[] theta = problem.initialNetwork().toVector();
    ShallowObjective objective = ShallowObjective.network(SweepLoss.of(problem.data()),
        problem.width());
    GradientDescent gd = new GradientDescent(objective.workspace(), 1e-3 / problem.width());
    double loss = Double.NaN;
    for (int k = 0; k < steps; k++) {
      loss = gd.step(theta);
    }
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.gc();
    long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    Reference.reachabilityFence(theta);
    Reference.reachabilityFence(gd);
    return new Result(problem, steps, live, peak, Runtime.getRuntime().maxMemory(), loss);
  }

  /** Prints the result as one JSON object: arguments N (= H), steps, optional seed. */
  public static void main(String[] args) {
    if (args.length < 2) {
      System.err.println("usage: MemoryProbe SIZE STEPS [SEED]");
      System.exit(2);
    }
    int size = Integer.parseInt(args[0]);
    int steps = Integer.parseInt(args[1]);
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 0L;
    Result r = measure(new BenchProblem(size, size, seed), steps);
    System.out.println(String.format(Locale.ROOT,
        "{\"n\":%d,\"h\":%d,\"steps\":%d,\"liveBytes\":%d,\"peakBytes\":%d,\"maxHeapBytes\":%d,"
            + "\"finalLoss\":%s}", size, size, steps, r.liveBytes(), r.peakBytes(),
        r.maxHeapBytes(), Double.toString(r.finalLoss())));
  }
}
