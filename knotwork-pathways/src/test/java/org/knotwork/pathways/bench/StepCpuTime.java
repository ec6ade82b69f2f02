package org.knotwork.pathways.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
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
 * (arguments: depth, widths, seconds of CPU time per width).
 */
public final class StepCpuTime {
  private StepCpuTime() {}

  /** Entry point: depth, comma-separated widths, CPU seconds per width. */
  public static void main(String[] args) {
    int depth = Integer.parseInt(args[0]);
    double seconds = Double.parseDouble(args[2]);
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    IoData data = Hierarchy.shiEtAl();
    for (String ws : args[1].split(",")) {
      int width = Integer.parseInt(ws);
      Architecture arch = Architecture.of(8, 15, List.of(depth, depth), List.of(width, width),
          Activation.LINEAR, false);
      Network net = Initializers.gaussian(arch, Math.sqrt(0.1 / width), Rng.of(1, "bench"));
      try (NetworkEngine engine = new NetworkEngine(arch, data, 1)) {
        long warm = mx.getCurrentThreadCpuTime();
        while (mx.getCurrentThreadCpuTime() - warm < 2e9) {
          engine.forward(net, LossConvention.SUM);
          engine.step(0.01);
        }
        long c0 = mx.getCurrentThreadCpuTime();
        long w0 = System.nanoTime();
        long steps = 0;
        double loss = 0;
        while (mx.getCurrentThreadCpuTime() - c0 < seconds * 1e9) {
          loss = engine.forward(net, LossConvention.SUM);
          engine.step(0.01);
          steps++;
        }
        double cpu = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
        double wall = (System.nanoTime() - w0) / 1e9;
        System.out.println(String.format(Locale.ROOT, "{\"width\": %d, \"depth\": %d, "
            + "\"steps\": %d, \"cpu_seconds\": %.3f, \"wall_seconds\": %.3f, "
            + "\"steps_per_cpu_second\": %.2f, \"steps_per_wall_second\": %.2f, \"loss\": %s}",
            width, depth, steps, cpu, wall, steps / cpu, steps / wall, loss));
      }
    }
  }
}
