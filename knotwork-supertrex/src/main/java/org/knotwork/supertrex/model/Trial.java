package org.knotwork.supertrex.model;

import java.util.Arrays;
import java.util.function.DoubleConsumer;
import org.knotwork.common.random.Rng;

/**
 * One run of a learning rule on a task: training for {@code trainPeriods} periods with the per-step
 * order of supertrex.md (ST2)&ndash;(ST7) (spiking.md &sect;1.2), then the test phase of (ST14), with
 * the deviation of (ST13).
 *
 * <p>Training step n (z_0 = 0; r holds the previous step's noisy rates):
 * <ol>
 *   <li>x &larr; x + (dt/&tau;)(&minus;x + J r + Q z_{n&minus;1});</li>
 *   <li>r &larr; tanh(x) + &epsilon; (stream {@code state-noise}, N draws);</li>
 *   <li>z_exp = W_exp r + &xi;, &xi; ~ U[&minus;&beta;, &beta;]^M with the &beta; of step n&minus;1
 *       (stream {@code exploration}, M draws); z_mst = W_mst r; z = z_exp + z_mst (RMHL: z = z_exp;
 *       FORCE: z = W r, no &xi;);</li>
 *   <li>z&#772; &larr; a_f z&#772; + (1 &minus; a_f) z_exp (step 1: z&#772; = z);</li>
 *   <li>e = task error (ST10)/(ST11); &ebar; &larr; 0.8 &ebar; + 0.2 e (step 1: &ebar; = e, and the
 *       remaining steps are skipped);</li>
 *   <li>&beta; &larr; &Psi;(&ebar;);</li>
 *   <li>&delta; = &ebar; &minus; e (with the updated &ebar;);</li>
 *   <li>W_exp += s(&delta;) k_T &eta;_L 5 |&delta;|^{1/4} (z_exp &minus; z&#772;) r&#7488;;</li>
 *   <li>if n mod 10 = 0: k = P r, c = 1/(1 + r&#7488;k), P &larr; P &minus; g c k k&#7488;,
 *       W_mst += a g c &zcirc; k&#7488; (FORCE: g = 1 and W &larr; W &minus; c (z &minus; f_n)
 *       k&#7488;).</li>
 * </ol>
 * Test phase: &epsilon; = 0, no learning; SUPERTREX reads z = W_mst r (W_exp removed), FORCE W r,
 * RMHL W_exp r without &xi;.
 *
 * <p>Random streams (children of {@code Rng.of(seed, "supertrex")}), each drawn in a fixed order:
 * {@code connectivity}, {@code feedback}, {@code initial} (see {@link RateNetwork}), {@code
 * state-noise} and {@code exploration}. The run is sequential; its bytes do not depend on threads.
 */
public final class Trial {
  private Trial() {}

  /** Runs without progress reports, recording every {@code stride} steps. */
  public static TrialResult run(TrialConfig config, int stride) {
    return run(config, stride, f -> { });
  }

  /**
   * Runs.
   *
   * @param config the configuration
   * @param stride record every this many steps (&ge; 1)
   * @param progress receives the fraction done at the end of every period
   */
  public static TrialResult run(TrialConfig config, int stride, DoubleConsumer progress) {
    if (stride < 1) {
      throw new IllegalArgumentException("stride must be >= 1, got " + stride);
    }
    final int nN = config.neurons();
    final int mM = config.outputs();
    final int period = config.periodSteps();
    final long trainSteps = config.trainSteps();
    final long total = config.totalSteps();
    final Rule rule = config.rule();
    final Task task = config.task();
    final TaskConstants k = config.constants();
    final double[] costs = k.costs();
    final double h = TrialConfig.DT / TrialConfig.TAU;
    final double af = k.filter();
    final Butterfly target = new Butterfly(period);
    final Arm arm = task == Task.PEN ? null : Arm.standard(config.segments());
    final boolean replay = config.testFeedback() == TestFeedback.SCRIPT && task != Task.PEN;
    final long offset = (long) config.testPeriods() * period;
    final long historyStart = trainSteps - offset;
    final double[] history = replay ? new double[Math.toIntExact(offset * mM)] : null;
    final long lesionStep = config.lesionPeriod() == 0 ? Long.MAX_VALUE
        : (long) (config.lesionPeriod() - 1) * period + 1;

    Rng root = Rng.of(config.seed(), "supertrex");
    RateNetwork net = RateNetwork.draw(nN, mM, TrialConfig.DENSITY, TrialConfig.LAMBDA, root);
    Rng stateNoise = root.split("state-noise");
    Rng exploration = root.split("exploration");
    Rls rls = rule == Rule.RMHL ? null : new Rls(nN, TrialConfig.GAMMA);
    double[] wExp = new double[nN * mM];
    double[] wMst = new double[nN * mM];
    double[] r = net.rates();
    double[] z = new double[mM];
    double[] zPrev = new double[mM];
    double[] zExp = new double[mM];
    double[] zMst = new double[mM];
    double[] zBar = new double[mM];
    double[] u = new double[mM];
    double[] pen = new double[2];
    double beta = TrialConfig.BETA0;
    double eBar = 0;
    Deviation metric = new Deviation(trainSteps, total);
    Trace trace = new Trace(mM, total / stride + 1, config.trainPeriods() + config.testPeriods());
    double[] row = new double[trace.width()];
    double periodError = 0;
    double periodGate = 0;
    boolean diverged = false;
    long n = 0;

    while (n < total) {
      n++;
      final boolean train = n <= trainSteps;
      final boolean lesioned = n >= lesionStep;
      if (rule == Rule.SUPERTREX && (n == lesionStep || n == trainSteps + 1)) {
        Arrays.fill(wExp, 0.0); // the exploratory pathway is removed
      }
      final double fx = target.x(n);
      final double fy = target.y(n);
      // 1. feedback and Euler step
      double[] fed;
      if (train || config.testFeedback() == TestFeedback.CLOSED) {
        fed = zPrev;
      } else if (task == Task.PEN) {
        u[0] = fx;
        u[1] = fy;
        fed = u;
      } else {
        System.arraycopy(history, (int) ((n - offset - historyStart - 1) * mM), u, 0, mM);
        fed = u;
      }
      net.advance(fed, h);
      // 2. rates with state noise in training
      net.activate(train ? stateNoise : null, TrialConfig.ALPHA);
      // 3. readouts
      boolean explore = rule != Rule.FORCE && (rule == Rule.RMHL || (train && !lesioned));
      for (int m = 0; m < mM; m++) {
        double e = 0;
        double s = 0;
        int base = m * nN;
        if (explore) {
          for (int i = 0; i < nN; i++) {
            e += wExp[base + i] * r[i];
          }
          if (train) {
            e += exploration.uniform() * 2 * beta - beta;
          }
        }
        if (rule != Rule.RMHL) {
          for (int i = 0; i < nN; i++) {
            s += wMst[base + i] * r[i];
          }
        }
        zExp[m] = e;
        zMst[m] = s;
        z[m] = e + s;
      }
      // 4. low-pass of the exploratory output
      for (int m = 0; m < mM; m++) {
        if (n == 1) {
          zBar[m] = z[m];
        } else if (train || config.scriptQuirks()) {
          zBar[m] = af * zBar[m] + (1 - af) * zExp[m];
        } else {
          zBar[m] = af * zBar[m] + (1 - af) * z[m];
        }
      }
      // 5. error
      if (arm == null) {
        pen[0] = z[0];
        pen[1] = z[1];
      } else {
        arm.position(z, pen);
      }
      double dx = pen[0] - fx;
      double dy = pen[1] - fy;
      double error = dx * dx + dy * dy;
      for (int m = 0; m < mM; m++) {
        if (costs[m] != 0) {
          error += costs[m] * Math.abs(z[m] - zBar[m]);
        }
      }
      if (!Double.isFinite(error)) {
        diverged = true;
        break;
      }
      double gate = rule == Rule.FORCE ? 1 : 0;
      if (train) {
        if (n == 1) {
          eBar = error;
        } else {
          eBar = TaskConstants.ERROR_FILTER * eBar + (1 - TaskConstants.ERROR_FILTER) * error;
          if (rule != Rule.FORCE && !lesioned) {
            // 6.-8. exploration schedule and reward-modulated Hebbian update
            beta = k.exploration(eBar);
            double factor = k.rewardFactor(eBar - error);
            if (factor != 0) {
              for (int m = 0; m < mM; m++) {
                double coef = factor * (zExp[m] - zBar[m]);
                int base = m * nN;
                for (int i = 0; i < nN; i++) {
                  wExp[base + i] += coef * r[i];
                }
              }
            }
          }
          if (rule == Rule.SUPERTREX) {
            gate = k.gate(eBar);
          }
          // 9. recursive least squares every tenth step
          if (rule != Rule.RMHL && n % TaskConstants.RLS_INTERVAL == 0 && gate != 0) {
            double c = rls.prepare(r);
            double[] kk = rls.gain();
            rls.downdate(gate * c);
            for (int m = 0; m < mM; m++) {
              double coef;
              if (rule == Rule.FORCE) {
                coef = -c * (z[m] - (m == 0 ? fx : fy));
              } else {
                coef = k.masteryRate() * gate * c * (k.filteredTeacher() ? zBar[m] : zExp[m]);
              }
              int base = m * nN;
              for (int i = 0; i < nN; i++) {
                wMst[base + i] += coef * kk[i];
              }
            }
          }
        }
        if (replay && n > historyStart) {
          System.arraycopy(z, 0, history, (int) ((n - historyStart - 1) * mM), mM);
        }
      } else if (rule == Rule.SUPERTREX) {
        gate = 0;
      }
      boolean quirkForce = config.scriptQuirks() && rule == Rule.FORCE && train;
      double recorded = quirkForce && n % TaskConstants.RLS_INTERVAL != 0 ? 0 : error;
      double slow = metric.add(recorded);
      System.arraycopy(z, 0, zPrev, 0, mM);
      periodError += error;
      periodGate += gate;
      if (n % stride == 0) {
        int q = 0;
        row[q++] = n;
        for (double[] v : new double[][] {z, zExp, zMst}) {
          for (int m = 0; m < mM; m++) {
            row[q++] = v[m];
          }
        }
        row[q++] = pen[0];
        row[q++] = pen[1];
        row[q++] = fx;
        row[q++] = fy;
        row[q++] = error;
        row[q++] = slow;
        row[q++] = eBar;
        row[q++] = gate;
        row[q++] = norm(wExp);
        row[q++] = norm(wMst);
        trace.sample(row);
      }
      if (n % period == 0) {
        trace.period(new double[] {n / period, norm(wExp), norm(wMst),
            periodError / period, periodGate / period});
        periodError = 0;
        periodGate = 0;
        progress.accept((double) n / total);
      }
    }
    double deviation = diverged ? Double.POSITIVE_INFINITY : metric.deviation();
    return new TrialResult(config, deviation, !diverged && Deviation.satisfactory(deviation),
        diverged, n, trace);
  }

  /** ‖W‖_F. */
  static double norm(double[] w) {
    double s = 0;
    for (double v : w) {
      s += v * v;
    }
    return Math.sqrt(s);
  }
}
