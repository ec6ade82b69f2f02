package org.knotwork.supertrex.model;

import org.knotwork.common.random.Rng;

/**
 * A second, deliberately plain implementation of the run (dense matrices, the nine steps of
 * spiking.md &sect;1.2 written out in order, the test protocol of &sect;1.4 and the quirks of
 * &sect;1.5), sharing with {@link Trial} only the random streams and the curve/arm formulas. It
 * returns the error e_n and the output z_n of every step, and the deviation.
 */
final class NaiveLoop {
  double[] errors;
  double[][] outputs;
  double deviation;

  NaiveLoop(TrialConfig c) {
    int n = c.neurons();
    int mm = c.outputs();
    int tp = c.periodSteps();
    int train = tp * c.trainPeriods();
    int total = tp * (c.trainPeriods() + c.testPeriods());
    Rng root = Rng.of(c.seed(), "supertrex");
    double[] jd = RateNetwork.recurrence(n, 0.1, 1.5, root.split("connectivity")).toDense();
    double[][] j = new double[n][n];
    for (int i = 0; i < n; i++) {
      System.arraycopy(jd, i * n, j[i], 0, n);
    }
    Rng fr = root.split("feedback");
    double[][] q = new double[n][mm];
    for (int i = 0; i < n; i++) {
      for (int m = 0; m < mm; m++) {
        q[i][m] = fr.uniform(-1, 1);
      }
    }
    Rng ir = root.split("initial");
    double[] x = new double[n];
    double[] r = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = ir.uniform(-0.5, 0.5);
      r[i] = StrictMath.tanh(x[i]);
    }
    Rng noise = root.split("state-noise");
    Rng explore = root.split("exploration");
    double[][] p = new double[n][n];
    for (int i = 0; i < n; i++) {
      p[i][i] = 0.1;
    }
    double[][] wExp = new double[mm][n];
    double[][] wMst = new double[mm][n];
    TaskConstants k = c.constants();
    double[] costs = k.costs();
    Butterfly f = new Butterfly(tp);
    Arm arm = c.task() == Task.PEN ? null : Arm.standard(c.segments());
    errors = new double[total + 1];
    outputs = new double[total + 1][mm];
    double[] zbar = new double[mm];
    double ebar = 0;
    double beta = 0.01;
    double[] recorded = new double[total + 1];
    for (int step = 1; step <= total; step++) {
      boolean training = step <= train;
      boolean lesion = c.lesionPeriod() > 0 && step > (c.lesionPeriod() - 1) * tp;
      if (c.rule() == Rule.SUPERTREX && (step == train + 1
          || (c.lesionPeriod() > 0 && step == (c.lesionPeriod() - 1) * tp + 1))) {
        wExp = new double[mm][n];
      }
      // 1
      double[] u = new double[mm];
      if (step > 1) {
        if (training || c.testFeedback() == TestFeedback.CLOSED) {
          u = outputs[step - 1].clone();
        } else if (c.task() == Task.PEN) {
          u = new double[] {f.x(step), f.y(step)};
        } else {
          u = outputs[step - c.testPeriods() * tp].clone();
        }
      }
      for (int i = 0; i < n; i++) {
        double s = 0;
        for (int l = 0; l < n; l++) {
          if (j[i][l] != 0) {
            s += j[i][l] * r[l];
          }
        }
        for (int m = 0; m < mm; m++) {
          s += q[i][m] * u[m];
        }
        x[i] = x[i] + 0.02 * (-x[i] + s);
      }
      // 2
      for (int i = 0; i < n; i++) {
        r[i] = StrictMath.tanh(x[i]) + (training ? noise.uniform() * 2 * 0.025 - 0.025 : 0);
      }
      // 3
      double[] ze = new double[mm];
      double[] zm = new double[mm];
      double[] z = new double[mm];
      for (int m = 0; m < mm; m++) {
        boolean hasExp = c.rule() == Rule.RMHL
            || (c.rule() == Rule.SUPERTREX && training && !lesion);
        if (hasExp) {
          for (int i = 0; i < n; i++) {
            ze[m] += wExp[m][i] * r[i];
          }
          if (training) {
            ze[m] += explore.uniform() * 2 * beta - beta;
          }
        }
        if (c.rule() != Rule.RMHL) {
          for (int i = 0; i < n; i++) {
            zm[m] += wMst[m][i] * r[i];
          }
        }
        z[m] = ze[m] + zm[m];
      }
      outputs[step] = z;
      // 4
      for (int m = 0; m < mm; m++) {
        if (step == 1) {
          zbar[m] = z[m];
        } else if (!training && !c.scriptQuirks()) {
          zbar[m] = k.filter() * zbar[m] + (1 - k.filter()) * z[m];
        } else {
          zbar[m] = k.filter() * zbar[m] + (1 - k.filter()) * ze[m];
        }
      }
      // 5
      double[] pen = new double[2];
      if (arm == null) {
        pen = new double[] {z[0], z[1]};
      } else {
        arm.position(z, pen);
      }
      double e = (pen[0] - f.x(step)) * (pen[0] - f.x(step))
          + (pen[1] - f.y(step)) * (pen[1] - f.y(step));
      for (int m = 0; m < mm; m++) {
        if (costs[m] != 0) {
          e += costs[m] * Math.abs(z[m] - zbar[m]);
        }
      }
      errors[step] = e;
      recorded[step] = c.scriptQuirks() && c.rule() == Rule.FORCE && training && step % 10 != 0
          ? 0 : e;
      if (!training) {
        continue;
      }
      if (step == 1) {
        ebar = e;
        continue;
      }
      ebar = 0.8 * ebar + 0.2 * e;
      if (c.rule() != Rule.FORCE && !lesion) {
        // 6, 7, 8
        beta = k.exploration(ebar);
        double delta = ebar - e;
        double rf = k.rewardFactor(delta);
        for (int m = 0; m < mm; m++) {
          for (int i = 0; i < n; i++) {
            wExp[m][i] = wExp[m][i] + rf * (ze[m] - zbar[m]) * r[i];
          }
        }
      }
      // 9
      if (c.rule() != Rule.RMHL && step % 10 == 0) {
        double g = c.rule() == Rule.FORCE ? 1 : k.gate(ebar);
        double[] kv = new double[n];
        double rk = 0;
        for (int i = 0; i < n; i++) {
          for (int l = 0; l < n; l++) {
            kv[i] += p[i][l] * r[l];
          }
          rk += r[i] * kv[i];
        }
        double cc = 1 / (1 + rk);
        for (int i = 0; i < n; i++) {
          for (int l = 0; l < n; l++) {
            p[i][l] -= (g * cc) * (kv[i] * kv[l]);
          }
        }
        for (int m = 0; m < mm; m++) {
          double target = m == 0 ? f.x(step) : f.y(step);
          double teacher = k.filteredTeacher() ? zbar[m] : ze[m];
          for (int i = 0; i < n; i++) {
            if (c.rule() == Rule.FORCE) {
              wMst[m][i] -= cc * (z[m] - target) * kv[i];
            } else {
              wMst[m][i] += k.masteryRate() * g * cc * teacher * kv[i];
            }
          }
        }
      }
    }
    double mbar = 0;
    double sum = 0;
    for (int step = 1; step <= total; step++) {
      mbar = step == 1 ? recorded[1] : 0.9998 * mbar + 0.0002 * recorded[step];
      if (step >= train) {
        sum += Math.sqrt(mbar);
      }
    }
    deviation = sum / (total - train + 1);
  }
}
