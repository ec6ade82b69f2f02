package org.knotwork.pathways.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import org.knotwork.common.linalg.DenseBlas;
import org.knotwork.common.linalg.DenseBlases;
import org.knotwork.pathways.data.Hierarchy;
import org.knotwork.pathways.data.IoData;
import org.knotwork.pathways.model.Activation;
import org.knotwork.pathways.model.Architecture;
import org.knotwork.pathways.model.Initializers;
import org.knotwork.pathways.model.LossConvention;
import org.knotwork.pathways.model.Network;
import org.knotwork.pathways.model.NetworkEngine;
import org.knotwork.common.random.Rng;

/**
 * The step of {@link StepBenchmark} (single-threaded engine) timed by the thread's CPU time as well
 * as wall time, for comparisons on a shared machine where wall time depends on the other load.
 * Not part of the test suite. Prints one JSON object per width. Run (after the class path step of
 * {@link StepBenchmark}):
 *
 * <pre>
 * java -cp knotwork-pathways/target/test-classes:knotwork-pathways/target/classes:$(cat knotwork-pathways/target/bench.cp) \
 *     org.knotwork.pathways.bench.StepCpuTime 7 256,1000 5
 * </pre>
 * (arguments: depth, widths, seconds of CPU time per width, then optionally the dense products,
 * {@code kernels} (default: the built-in bit-stable kernels) or a {@code DenseBlas} provider's name
 * ({@code openblas} needs knotwork-lapack and its JavaCPP jars on the class path), and the engine's
 * threads, default 1). With threads &gt; 1 the CPU time is that of the whole process (all threads),
 * otherwise that of the measuring thread.
 */
public final class StepCpuTime {
  private StepCpuTime() {}

  /** Entry point: depth, comma-separated widths, CPU seconds per width. */
  public static void main(String[] args) {
    int depth = Integer.parseInt(args[0]);
    double seconds = Double.parseDouble(args[2]);
    String products = args.length > 3 ? args[3] : "kernels";
    int threads = args.length > 4 ? Integer.parseInt(args[4]) : 1;
    DenseBlas dense = products.equals("kernels") ? null : DenseBlases.named(products);
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
        ManagementFactory.getOperatingSystemMXBean();
    java.util.function.LongSupplier cpuNanos = threads > 1 ? os::getProcessCpuTime
        : mx::getCurrentThreadCpuTime;
    IoData data = Hierarchy.shiEtAl();
    for (String ws : args[1].split(",")) {
      int width = Integer.parseInt(ws);
      Architecture arch = Architecture.of(8, 15, List.of(depth, depth), List.of(width, width),
          Activation.LINEAR, false);
      Network net = Initializers.gaussian(arch, Math.sqrt(0.1 / width), Rng.of(1, "bench"));
      try (NetworkEngine engine = new NetworkEngine(arch, data, threads, dense)) {
        long warm = cpuNanos.getAsLong();
        while (cpuNanos.getAsLong() - warm < 2e9) {
          engine.forward(net, LossConvention.SUM);
          engine.step(0.01);
        }
        long c0 = cpuNanos.getAsLong();
        long w0 = System.nanoTime();
        long steps = 0;
        double loss = 0;
        while (cpuNanos.getAsLong() - c0 < seconds * 1e9) {
          loss = engine.forward(net, LossConvention.SUM);
          engine.step(0.01);
          steps++;
        }
        double cpu = (cpuNanos.getAsLong() - c0) / 1e9;
        double wall = (System.nanoTime() - w0) / 1e9;
        System.out.println(String.format(Locale.ROOT, "{\"width\": %d, \"depth\": %d, "
            + "\"products\": \"%s\", \"threads\": %d, \"steps\": %d, \"cpu_seconds\": %.3f, "
            + "\"wall_seconds\": %.3f, "
            + "\"steps_per_cpu_second\": %.2f, \"steps_per_wall_second\": %.2f, \"loss\": %s}",
            width, depth, products, threads, steps, cpu, wall, steps / cpu, steps / wall, loss));
      }
    }
  }
}
