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
 * the run's deviation so that speed is never reported for a broken run.
 *
 * <p>Usage: {@code StepRate [N ...] [--rule force|rmhl|supertrex] [--task pen|arm|arm-cost]
 * [--periods TRAIN,TEST] [--period STEPS] [--seed S] [--repeat R]}; defaults N = 200 and 1000,
 * FORCE on Task 1 (the rule with an RLS update every tenth step throughout), the authors' T_p = 5e4
 * and 10 + 5 periods. Every run is repeated R times (default 1); the first includes JIT warm-up.
 */
public final class StepRate {
  private StepRate() {}

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
        default -> sizes.add(Integer.parseInt(args[i]));
      }
    }
    if (sizes.isEmpty()) {
      sizes.add(200);
      sizes.add(1000);
    }
    System.out.println("N,rule,task,steps,seconds,stepsPerSecond,deviation");
    for (int n : sizes) {
      for (int k = 0; k < repeat; k++) {
        TrialConfig c = new TrialConfig(task, task == Task.ARM_COST ? 3 : 2, rule, n, period, train,
            test, seed, true, TestFeedback.SCRIPT, false, false, 0);
        long t0 = System.nanoTime();
        TrialResult r = Trial.run(c, period);
        double s = (System.nanoTime() - t0) * 1e-9;
        System.out.println(String.format(Locale.ROOT, "%d,%s,%s,%d,%.2f,%.0f,%.5f", n, rule.id(),
            task.id(), r.steps(), s, r.steps() / s, r.deviation()));
      }
    }
  }
}
