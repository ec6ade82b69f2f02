package org.knotwork.reservoir.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;
import org.knotwork.common.random.Rng;
import org.knotwork.reservoir.d2r2.D2r2Model;
import org.knotwork.reservoir.d2r2.MomentGram;
import org.knotwork.reservoir.d2r2.PolynomialFeatures;
import org.knotwork.reservoir.esn.EchoStateNetwork;
import org.knotwork.reservoir.esn.EsnConfig;
import org.knotwork.reservoir.esn.Reservoir;
import org.knotwork.reservoir.experiment.Lorenz96Data;
import org.knotwork.reservoir.precision.IeeeFormat;
import org.knotwork.reservoir.precision.Precision;
import org.knotwork.reservoir.precision.PrecisionScope;
import org.knotwork.reservoir.scoring.Forecaster;
import org.knotwork.reservoir.series.Scaler;
import org.knotwork.reservoir.series.Scaling;
import org.knotwork.reservoir.series.TimeSeries;

/**
 * Steps per second and peak heap of ESN and D2R2 training and closed-loop forecasting on three-tier
 * Lorenz 96 X data (z-scored), the L96 LSR recipe and quartic D2R2.
 *
 * <p>Usage (from the repository root, after {@code ./mvnw -q -B -pl knotwork-reservoir -am
 * package -DskipTests}):
 * <pre>
 * java -Xmx8g -cp "knotwork-reservoir/target/knotwork-reservoir-0.1.0-SNAPSHOT.jar:$(cat cp.txt)" \
 *     org.knotwork.reservoir.bench.Throughput [N=2000] [T=100000] [p=4] [forecastSteps=20000]
 * java -cp knotwork-cli/target/knotwork.jar org.knotwork.reservoir.bench.Throughput d2r2 [T=20000]
 *     [p=4] [repeats=10]
 * </pre>
 * The second form times D2R2 training alone ({@code D2r2Model.train} on the common pool, docs/reservoir.md
 * &sect;4.4) {@code repeats} times after one warm-up fit and prints each fit's wall time, the process CPU
 * time, then the same fit in its two phases (moments, Gram and solve), and the median.
 * with {@code cp.txt} from {@code ./mvnw -q -B -pl knotwork-reservoir -am package -DskipTests
 * dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile=$PWD/cp.txt}. Each phase is run twice and the second (warmed-up) run is reported.
 * Peak heap is the JVM's peak heap-pool usage during the phase (including garbage not yet collected),
 * next to the size of the dominant arrays.
 */
public final class Throughput {
  private Throughput() {}

  /** Runs the measurements. */
  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("d2r2")) {
      d2r2(args);
      return;
    }
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    int t = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    int p = args.length > 2 ? Integer.parseInt(args[2]) : 4;
    int steps = args.length > 3 ? Integer.parseInt(args[3]) : 20_000;
    System.out.printf(Locale.ROOT, "N=%d, T=%d, p=%d, forecast steps=%d, cores=%d, max heap %.1f GiB%n",
        n, t, p, steps, Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() / 1073741824.0);
    long t0 = System.nanoTime();
    TimeSeries raw = Lorenz96Data.standard(1, t + steps + 100).load();
    TimeSeries data = Scaler.fit(raw, Scaling.ZSCORE_GLOBAL, 0, t).apply(raw);
    System.out.printf(Locale.ROOT, "data: %d L96 samples (584-variable RK4) in %.1f s = %.0f steps/s%n",
        raw.length(), sec(t0), (raw.length() + 20_000) / sec(t0));
    EsnConfig cfg = EsnConfig.lsrLorenz96(n);
    EchoStateNetwork esn = null;
    D2r2Model d2r2 = null;
    for (int rep = 0; rep < 2; rep++) {
      boolean report = rep == 1;
      resetPeaks();
      long s = System.nanoTime();
      Reservoir res = Reservoir.build(cfg, 8, Rng.of(1, "bench"));
      esn = EchoStateNetwork.train(res, data, 0, t, 0, true);
      if (report) {
        double el = sec(s);
        System.out.printf(Locale.ROOT,
            "ESN training (N=%d, nnz=%d): %.1f s, %.0f training steps/s, peak heap %.0f MiB"
                + " (Gram %d x %d = %.0f MiB)%n", res.size(), res.matrix().nonZeros(), el, t / el,
            peakMiB(), res.size(), res.size(), 8.0 * res.size() * res.size() / 1048576);
      }
      resetPeaks();
      s = System.nanoTime();
      d2r2 = D2r2Model.train(data, 0, t, p, 1e-4, true);
      if (report) {
        double el = sec(s);
        int f = d2r2.features().size();
        System.out.printf(Locale.ROOT,
            "D2R2 training (p=%d, P=%d): %.1f s, %.0f training steps/s, peak heap %.0f MiB"
                + " (Gram %.1f MiB)%n", p, f, el, t / el, peakMiB(), 8.0 * f * f / 1048576);
      }
    }
    double[][] history = new double[50][];
    for (int i = 0; i < 50; i++) {
      history[i] = data.row(t - 50 + i);
    }
    for (Precision prec : new Precision[] {Precision.BINARY64,
        new Precision(IeeeFormat.BINARY16, PrecisionScope.STORED_VALUES),
        new Precision(IeeeFormat.BINARY16, PrecisionScope.EVERY_OPERATION)}) {
      forecast("ESN ", esn.forecaster(prec, 50), history, steps, prec);
      forecast("D2R2", d2r2.forecaster(prec), new double[][] {history[49]}, steps, prec);
    }
  }

  private static void d2r2(String[] args) {
    int t = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
    int p = args.length > 2 ? Integer.parseInt(args[2]) : 4;
    int reps = args.length > 3 ? Integer.parseInt(args[3]) : 10;
    TimeSeries raw = Lorenz96Data.standard(1, t + 100).load();
    TimeSeries data = Scaler.fit(raw, Scaling.ZSCORE_GLOBAL, 0, t).apply(raw);
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    System.out.printf(Locale.ROOT, "D2R2 training, L96 X (K=8), T=%d, p=%d, common pool parallelism %d%n",
        t, p, java.util.concurrent.ForkJoinPool.getCommonPoolParallelism());
    D2r2Model.train(data, 0, t, p, 1e-4, true);
    MomentGram mg = new MomentGram(new PolynomialFeatures(8, p));
    double[] rates = new double[reps];
    for (int r = 0; r < reps; r++) {
      long c0 = os.getProcessCpuTime();
      long s = System.nanoTime();
      D2r2Model.train(data, 0, t, p, 1e-4, true);
      double el = sec(s);
      double cpu = (os.getProcessCpuTime() - c0) / 1e9;
      rates[r] = t / el;
      // the same fit in its two phases
      long s1 = System.nanoTime();
      MomentGram.Sums sums = mg.accumulate(data, 0, t, true);
      double acc = sec(s1);
      long s2 = System.nanoTime();
      mg.solve(sums, 1e-4);
      double solve = sec(s2);
      System.out.printf(Locale.ROOT, "fit %d: %.1f ms wall, %.0f training steps/s, process CPU %.0f ms;"
          + " phases: moments %.1f ms, Gram + Cholesky solve %.1f ms%n", r, el * 1e3, t / el, cpu * 1e3,
          acc * 1e3, solve * 1e3);
    }
    java.util.Arrays.sort(rates);
    System.out.printf(Locale.ROOT, "D2R2 training median %.0f steps/s (range %.0f - %.0f)%n",
        rates[reps / 2], rates[0], rates[reps - 1]);
  }

  private static void forecast(String name, Forecaster f, double[][] history, int steps,
      Precision prec) {
    double[][] out = new double[steps][f.dimension()];
    f.forecast(history, out);
    resetPeaks();
    long s = System.nanoTime();
    f.forecast(history, out);
    double el = sec(s);
    System.out.printf(Locale.ROOT, "%s forecast @ %-26s %10.0f steps/s, peak heap %.0f MiB%n", name,
        prec.label(), (steps + history.length) / el, peakMiB());
  }

  private static double sec(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  private static double peakMiB() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum / 1048576.0;
  }
}
