package org.knotwork.train;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import org.knotwork.common.random.Rng;
import org.knotwork.curvature.Lanczos;
import org.knotwork.curvature.SymmetricOperator;
import org.knotwork.data.Dataset;
import org.knotwork.loss.HessianOperator;
import org.knotwork.loss.SweepLoss;
import org.knotwork.net.Coordinates;
import org.knotwork.net.NetworkParams;
import org.knotwork.regime.RegimeExperiment;
import org.knotwork.regime.RegimeSpec;

/**
 * Benchmark (not a test): the exact flow against gradient descent over the regime phase diagram of
 * notes &sect;6 (antisymmetric init, H = 1000, the notes' 8-point data, network coordinates), one
 * row per scale ratio r = &alpha;<sub>w</sub>/&alpha;<sub>v</sub> (&alpha;<sub>w</sub> = &radic;r,
 * &alpha;<sub>v</sub> = 1/&radic;r): GD at its largest stable step &eta; = 0.9&middot;2/&lambda;<sub>max</sub>
 * (&lambda;<sub>max</sub> of the exact Hessian at init by Lanczos on the HVP) for K steps, i.e. to flow
 * time T = K&eta;; the flow to the same T with DOP853 and with exprb43; CPU time of this thread for
 * each; and the distance of GD at steps &eta;/4 and &eta;/16 from the exprb43 flow (first order in
 * &eta;, notes check 10).
 *
 * <p>Usage: {@code java -cp ... org.knotwork.train.FlowRegimeBench [K] [rtol] [ratios,...]}
 * [noagree,nodop] (defaults 5000, 1e-8, 16,4,1,0.25,0.0625; the last argument skips the GD
 * agreement runs and/or the DOP853 flow).
 */
public final class FlowRegimeBench {
  private static final ThreadMXBean BEAN = ManagementFactory.getThreadMXBean();

  private FlowRegimeBench() {}

  public static void main(String[] args) {
    long k = args.length > 0 ? Long.parseLong(args[0]) : 5000;
    double rtol = args.length > 1 ? Double.parseDouble(args[1]) : 1e-8;
    String[] ratios = (args.length > 2 ? args[2] : "16,4,1,0.25,0.0625").split(",");
    boolean agreement = args.length <= 3 || !args[3].contains("noagree");
    boolean withDop = args.length <= 3 || !args[3].contains("nodop");
    Dataset data = Dataset.wiggly8();
    System.out.printf(Locale.ROOT, "K = %d GD steps, flow rtol %.0e atol %.0e%n", k, rtol,
        rtol * 1e-2);
    System.out.println("| ratio | lambda_max | eta | T | GD CPU s | DOP853 CPU s (steps, events)"
        + " | exprb43 CPU s (steps, events) | DOP853/GD | exprb43/GD | |GD(eta/4)-flow| "
        + "| |GD(eta/16)-flow| | loss GD / flow |");
    // Warm-up (JIT): every code path once on a short run at r = 1, untimed.
    {
      NetworkParams init = RegimeExperiment.initialNetwork(RegimeSpec.notes(1, 1, 0));
      ShallowProblem p = ShallowProblem.of(data, init, Coordinates.NETWORK);
      double eta = 0.9 * 2 / lambdaMax(data, init);
      gd(p, eta, 2000);
      TrainMethod.Flow base = TrainMethod.Flow.withDefaults().withTolerances(rtol, rtol * 1e-2);
      for (FlowIntegrator f : FlowIntegrator.values()) {
        Trainer.run(p, TrainSpec.of(base.withIntegrator(f), StopCriteria.time(2000 * eta)),
            TrainingListener.none());
      }
    }
    for (String rs : ratios) {
      double r = Double.parseDouble(rs);
      double aw = Math.sqrt(r);
      double av = 1 / Math.sqrt(r);
      NetworkParams init = RegimeExperiment.initialNetwork(RegimeSpec.notes(aw, av, 0));
      ShallowProblem p = ShallowProblem.of(data, init, Coordinates.NETWORK);
      double lmax = lambdaMax(data, init);
      double eta = 0.9 * 2 / lmax;
      double time = k * eta;
      long c0 = BEAN.getCurrentThreadCpuTime();
      TrainResult gd = gd(p, eta, k);
      long c1 = BEAN.getCurrentThreadCpuTime();
      TrainMethod.Flow base = TrainMethod.Flow.withDefaults().withTolerances(rtol, rtol * 1e-2)
          .withEventTolerance(1e-12);
      Counting dopCount = new Counting();
      TrainResult dop = withDop
          ? Trainer.run(p, TrainSpec.of(base, StopCriteria.time(time)), dopCount) : gd;
      long c2 = BEAN.getCurrentThreadCpuTime();
      Counting expCount = new Counting();
      TrainResult exp = Trainer.run(p, TrainSpec.of(base.withIntegrator(FlowIntegrator.EXPRB43),
          StopCriteria.time(time)), expCount);
      long c3 = BEAN.getCurrentThreadCpuTime();
      String agree = "- | -";
      if (agreement) {
        double e4 = maxDiff(gd(p, eta / 4, 4 * k).last().theta(), exp.last().theta());
        double e16 = maxDiff(gd(p, eta / 16, 16 * k).last().theta(), exp.last().theta());
        agree = String.format(Locale.ROOT, "%.3g | %.3g (ratio %.2f)", e4, e16, e4 / e16);
      }
      double tg = (c1 - c0) * 1e-9;
      double td = (c2 - c1) * 1e-9;
      double te = (c3 - c2) * 1e-9;
      System.out.printf(Locale.ROOT,
          "| %s | %.4g | %.4g | %.4g | %.3f | %.3f (%d, %d, %s) | %.3f (%d, %d, %s) | %.2f | %.2f"
              + " | %s | %.4g / %.4g / %.4g |%n",
          rs, lmax, eta, time, tg, td, dop.last().step(), dop.events().size(), dop.reason(), te,
          exp.last().step(), exp.events().size(), exp.reason(), td / tg, te / tg, agree,
          gd.last().loss(), dop.last().loss(), exp.last().loss());
      System.out.println("  events by kind: DOP853 " + kinds(dop) + ", exprb43 " + kinds(exp));
    }
  }

  private static TrainResult gd(ShallowProblem p, double eta, long steps) {
    return Trainer.run(p, TrainSpec.of(TrainMethod.Descent.fullBatch(
        new UpdateRule.GradientDescent(eta)), StopCriteria.steps(steps)), TrainingListener.none());
  }

  /** Largest eigenvalue of the exact Hessian (S17) at the initial network, by Lanczos. */
  static double lambdaMax(Dataset data, NetworkParams net) {
    HessianOperator h = SweepLoss.of(data).hessianOperator(net);
    SymmetricOperator op = new SymmetricOperator() {
      @Override
      public int dimension() {
        return h.dimension();
      }

      @Override
      public void apply(double[] u, double[] out) {
        h.apply(u, out);
      }
    };
    return Lanczos.extremal(op, 1, Lanczos.End.LARGEST, new Lanczos.Options(300, 1e-8),
        Rng.of(0, "bench/lanczos")).values()[0];
  }

  private static java.util.Map<FlowEvent.Kind, Long> kinds(TrainResult r) {
    java.util.Map<FlowEvent.Kind, Long> m = new java.util.TreeMap<>();
    for (FlowEvent e : r.events()) {
      m.merge(e.kind(), 1L, Long::sum);
    }
    return m;
  }

  private static double maxDiff(double[] a, double[] b) {
    double m = 0;
    for (int i = 0; i < a.length; i++) {
      m = Math.max(m, Math.abs(a[i] - b[i]));
    }
    return m;
  }

  /** A listener that ignores everything (rows and snapshots cost nothing here). */
  private static final class Counting implements TrainingListener {}
}
