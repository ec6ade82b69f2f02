package org.knotwork.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import org.knotwork.loss.ShallowObjective;
import org.knotwork.loss.SweepLoss;
import org.knotwork.net.Coordinates;
import org.knotwork.train.ShallowProblem;
import org.knotwork.train.StopCriteria;
import org.knotwork.train.TrainMethod;
import org.knotwork.train.TrainSpec;
import org.knotwork.train.Trainer;
import org.knotwork.train.TrainingListener;
import org.knotwork.train.UpdateRule;

/**
 * The floor of one full-batch gradient-descent step at N points and width H, and where the step's
 * time goes, in thread CPU time (robust on a shared machine, unlike wall time).
 *
 * <p>Floor. A step must read &theta; and write &theta;' (3H + 1 doubles each), read the sorted inputs and
 * targets (2N doubles) and read and write each neuron's cut (an int): B = 8&middot;2(3H + 1) +
 * 8&middot;2N + 8H bytes. It must also do the arithmetic: per neuron the piece v&middot;w, v(w&middot;m + b)
 * and its two bucket additions (6 flops), its three gradient entries from the active-side sums (11),
 * the update &theta; &minus; &eta;g (6) and its share of the gradient norm (6); per point the two
 * accumulations of the pieces with f = c + ... (10), the residual (1), the loss (2) and the two
 * moment sums in each direction (6): F = 29H + 19N flops. This probe measures on the machine it
 * runs on (1) the streaming bandwidth of a
 * read-read-write triad over arrays of B bytes and (2) the throughput of independent scalar
 * multiply-adds; the floor is max(B / bandwidth, F / flop rate). Every recurrence of the step (the
 * prefix sums, whose order fixes the rounding) is latency-bound in practice, so the floor is not
 * reachable; it bounds how far the step is from the machine.
 *
 * <p>Breakdown: the workspace evaluation alone, {@link GradientDescent#step} (evaluation + update),
 * and the trainer's step ({@link Trainer#run} with a listener that drops everything: evaluation,
 * gradient norm, divergence checks, update). The CLI adds its recording on top (bench/gd_step_cli.sh).
 *
 * <p>{@code java -cp knotwork-benchmarks.jar org.knotwork.bench.StepFloor [N] [steps]} (default 10000,
 * 2000).
 */
public final class StepFloor {
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  private StepFloor() {}

  /**
   * The floor estimate.
   *
   * @param bytes bytes that must be moved per step
   * @param flops floating-point operations per step
   * @param bandwidth measured triad bandwidth, bytes per second
   * @param flopRate measured independent scalar multiply-add rate, flops per second
   */
  public record Floor(double bytes, double flops, double bandwidth, double flopRate) {
    /** Seconds the bytes need at the measured bandwidth. */
    public double memorySeconds() {
      return bytes / bandwidth;
    }

    /** Seconds the flops need at the measured rate. */
    public double arithmeticSeconds() {
      return flops / flopRate;
    }

    /** max(memory, arithmetic). */
    public double seconds() {
      return Math.max(memorySeconds(), arithmeticSeconds());
    }
  }

  /** Measures the floor of a step at N points and width H on this machine. */
  public static Floor floor(int n, int h) {
    double bytes = 8.0 * 2 * (3 * h + 1) + 8.0 * 2 * n + 8.0 * h;
    double flops = 29.0 * h + 19.0 * n;
    return new Floor(bytes, flops, triadBandwidth((int) (bytes / 24)), flopRate());
  }

  /** Best of several timed triads a[i] = b[i] + s&middot;c[i] over three arrays of {@code len}. */
  static double triadBandwidth(int len) {
    double[] a = new double[len];
    double[] b = new double[len];
    double[] c = new double[len];
    for (int i = 0; i < len; i++) {
      b[i] = i;
      c[i] = 1.0 / (i + 1);
    }
    int reps = Math.max(1, 200_000_000 / len / 24);
    double best = 0;
    for (int round = 0; round < 7; round++) {
      long t0 = CPU.getCurrentThreadCpuTime();
      for (int r = 0; r < reps; r++) {
        double s = 1.0 + r * 1e-9;
        for (int i = 0; i < len; i++) {
          a[i] = b[i] + s * c[i];
        }
      }
      long t = CPU.getCurrentThreadCpuTime() - t0;
      best = Math.max(best, 24.0 * len * reps / (t * 1e-9));
      sink += a[len / 2];
    }
    return best;
  }

  /** Best of several timings of 8 independent multiply-add chains (2 flops each per element). */
  static double flopRate() {
    int len = 4096;
    double[] x = new double[len];
    for (int i = 0; i < len; i++) {
      x[i] = 1.0 + i * 1e-7;
    }
    int reps = 20_000;
    double best = 0;
    for (int round = 0; round < 7; round++) {
      double s0 = 0;
      double s1 = 0;
      double s2 = 0;
      double s3 = 0;
      double s4 = 0;
      double s5 = 0;
      double s6 = 0;
      double s7 = 0;
      long t0 = CPU.getCurrentThreadCpuTime();
      for (int r = 0; r < reps; r++) {
        for (int i = 0; i < len; i += 8) {
          s0 += x[i] * 0.5;
          s1 += x[i + 1] * 0.5;
          s2 += x[i + 2] * 0.5;
          s3 += x[i + 3] * 0.5;
          s4 += x[i + 4] * 0.5;
          s5 += x[i + 5] * 0.5;
          s6 += x[i + 6] * 0.5;
          s7 += x[i + 7] * 0.5;
        }
      }
      long t = CPU.getCurrentThreadCpuTime() - t0;
      best = Math.max(best, 2.0 * len * reps / (t * 1e-9));
      sink += s0 + s1 + s2 + s3 + s4 + s5 + s6 + s7;
    }
    return best;
  }

  private static double sink;

  /** Thread CPU seconds per call of {@code step}, best of {@code rounds} rounds of {@code count}. */
  static double cpuPerCall(Runnable step, int count, int rounds) {
    double best = Double.POSITIVE_INFINITY;
    for (int round = 0; round < rounds; round++) {
      long t0 = CPU.getCurrentThreadCpuTime();
      for (int k = 0; k < count; k++) {
        step.run();
      }
      best = Math.min(best, (CPU.getCurrentThreadCpuTime() - t0) * 1e-9 / count);
    }
    return best;
  }

  /** Prints the floor and the breakdown. */
  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int steps = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
    BenchProblem problem = new BenchProblem(n, n, 0);
    ShallowProblem sp = ShallowProblem.of(problem.data(), problem.initialNetwork(),
        Coordinates.NETWORK);
    SweepLoss loss = SweepLoss.of(problem.data());
    ShallowObjective obj = ShallowObjective.network(loss, n);
    double eta = GradientDescent.stableStep(loss.hessianOperator(problem.initialNetwork()), 20);
    double[] theta = problem.initialNetwork().toVector();
    double[] g = new double[theta.length];
    var ws = obj.workspace();
    GradientDescent gd = new GradientDescent(obj.workspace(), eta);
    double[] walk = theta.clone();
    TrainSpec spec = TrainSpec.of(TrainMethod.Descent.fullBatch(new UpdateRule.GradientDescent(eta)),
        StopCriteria.steps(steps));
    double eval = cpuPerCall(() -> ws.valueAndGradient(theta, g), steps, 3);
    double step = cpuPerCall(() -> gd.step(walk), steps, 3);
    double trainer = cpuPerCall(() -> Trainer.run(sp, spec, TrainingListener.none()), 1, 3) / steps;
    Floor f = floor(n, n);
    System.out.printf(Locale.ROOT, "N = H = %d, eta = %s, thread CPU time per call (best of 3):%n",
        n, eta);
    System.out.printf(Locale.ROOT, "  workspace evaluation  %8.1f us%n", eval * 1e6);
    System.out.printf(Locale.ROOT, "  GD step (eval+update) %8.1f us%n", step * 1e6);
    System.out.printf(Locale.ROOT, "  Trainer step          %8.1f us%n", trainer * 1e6);
    System.out.printf(Locale.ROOT, "floor: %.0f bytes at %.2f GB/s = %.1f us; %.0f flops at %.2f "
        + "Gflop/s = %.1f us; floor %.1f us; Trainer step / floor = %.2f%n", f.bytes(),
        f.bandwidth() / 1e9, f.memorySeconds() * 1e6, f.flops(), f.flopRate() / 1e9,
        f.arithmeticSeconds() * 1e6, f.seconds() * 1e6, trainer / f.seconds());
  }
}
