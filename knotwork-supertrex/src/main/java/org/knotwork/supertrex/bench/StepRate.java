package org.knotwork.supertrex.bench;

import java.util.Locale;
import org.knotwork.supertrex.model.Rule;
import org.knotwork.supertrex.model.Task;
import org.knotwork.supertrex.model.TestFeedback;
import org.knotwork.supertrex.model.Trial;
import org.knotwork.supertrex.model.TrialConfig;
import org.knotwork.supertrex.model.TrialResult;

/**
 * Euler steps per second of the full training-and-test loop of {@link Trial} (single thread), with
 * the run's deviation so that speed is never reported for a broken run. Wall-clock and thread CPU
 * seconds are both reported (on a shared machine the second is the fairer number).
 *
 * <p>Usage: {@code StepRate [N ...] [--rule force|rmhl|supertrex] [--task pen|arm|arm-cost]
 * [--periods TRAIN,TEST] [--period STEPS] [--seed S] [--repeat R] [--tanh-cost]}; defaults N = 200 and 1000,
 * FORCE on Task 1 (the rule with an RLS update every tenth step throughout), the authors' T_p = 5e4
 * and 10 + 5 periods. Every run is repeated R times (default 1); the first includes JIT warm-up.
 * {@code --tanh-cost} instead times the three tanh implementations (the cost of StrictMath).
 */
public final class StepRate {
  private StepRate() {}

  /**
   * Thread-CPU nanoseconds per call of knotwork-reservoir's StrictMath-exact {@code Tanh.tanh} (what the loop
   * uses), {@code Math.tanh} and {@code StrictMath.tanh}, three rounds of 1e7 calls each.
   */
  static void tanhCost() {
    System.out.println("round,tanhCpuNs,mathTanhCpuNs,strictMathTanhCpuNs");
    java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
    double sink = 0;
    for (int round = 1; round <= 3; round++) {
      long t0 = cpu.getCurrentThreadCpuTime();
      for (int i = 0; i < 10_000_000; i++) {
        sink += org.knotwork.reservoir.math.Tanh.tanh(i * 3e-7 - 1.5);
      }
      long t1 = cpu.getCurrentThreadCpuTime();
      for (int i = 0; i < 10_000_000; i++) {
        sink += Math.tanh(i * 3e-7 - 1.5);
      }
      long t2 = cpu.getCurrentThreadCpuTime();
      for (int i = 0; i < 10_000_000; i++) {
        sink += StrictMath.tanh(i * 3e-7 - 1.5);
      }
      long t3 = cpu.getCurrentThreadCpuTime();
      System.out.println(String.format(Locale.ROOT, "%d,%.1f,%.1f,%.1f", round, (t1 - t0) / 1e7,
          (t2 - t1) / 1e7, (t3 - t2) / 1e7));
    }
    if (sink == 42) {
      System.out.println();
    }
  }

  /** Runs the measurement and prints one line per run. */
  public static void main(String[] args) {
    java.util.List<Integer> sizes = new java.util.ArrayList<>();
    Rule rule = Rule.FORCE;
    Task task = Task.PEN;
    int train = 10;
    int test = 5;
    int period = 50_000;
    long seed = 1;
    int repeat = 1;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--rule" -> rule = Rule.of(args[++i]);
        case "--task" -> task = Task.of(args[++i]);
        case "--periods" -> {
          String[] p = args[++i].split(",");
          train = Integer.parseInt(p[0]);
          test = Integer.parseInt(p[1]);
        }
        case "--period" -> period = Integer.parseInt(args[++i]);
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--repeat" -> repeat = Integer.parseInt(args[++i]);
        case "--tanh-cost" -> {
          tanhCost();
          return;
        }
        default -> sizes.add(Integer.parseInt(args[i]));
      }
    }
    if (sizes.isEmpty()) {
      sizes.add(200);
      sizes.add(1000);
    }
    java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
    System.out.println("N,rule,task,steps,seconds,stepsPerSecond,cpuSeconds,stepsPerCpuSecond,"
        + "deviation");
    for (int n : sizes) {
      for (int k = 0; k < repeat; k++) {
        TrialConfig c = new TrialConfig(task, task == Task.ARM_COST ? 3 : 2, rule, n, period, train,
            test, seed, true, TestFeedback.SCRIPT, false, false, 0);
        long t0 = System.nanoTime();
        long c0 = cpu.getCurrentThreadCpuTime();
        TrialResult r = Trial.run(c, period);
        double s = (System.nanoTime() - t0) * 1e-9;
        double cs = (cpu.getCurrentThreadCpuTime() - c0) * 1e-9;
        System.out.println(String.format(Locale.ROOT, "%d,%s,%s,%d,%.2f,%.0f,%.2f,%.0f,%.5f", n,
            rule.id(), task.id(), r.steps(), s, r.steps() / s, cs, r.steps() / cs,
            r.deviation()));
      }
    }
  }
}
