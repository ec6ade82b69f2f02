package org.knotwork.train;

import java.util.ArrayList;
import java.util.List;
import org.knotwork.data.Dataset;
import org.knotwork.net.Coordinates;

/**
 * An independent reference for the flow's events: classical RK4 with a fixed step on the field with
 * the activation pattern frozen (gradient summed directly over data and neurons, O(N H)), the pattern
 * switched when a pre-activation changes sign, crossing times found by bisection on the step. Only
 * transversal crossings (ENTER, LEAVE, DEATH) and orientation flips; no sliding.
 */
final class ReferenceFlow {
  private final Dataset data;
  private final boolean network;
  private final int[] s;
  private final int h;
  private final double weight;
  final List<FlowEvent> events = new ArrayList<>();
  private boolean[][] active;

  ReferenceFlow(ShallowProblem p) {
    this.data = p.data();
    this.network = p.coordinates() == Coordinates.NETWORK;
    this.s = network ? null : p.objective().orientation();
    this.h = p.width();
    this.weight = 1.0 / data.size();
  }

  private double pre(double[] y, int i, double x) {
    return network ? y[i] * x + y[h + i] : s[i] * (x - y[i]);
  }

  private double[] velocity(double[] y) {
    int n = data.size();
    double[] g = new double[y.length];
    for (int k = 0; k < n; k++) {
      double x = data.x(k);
      double f = y[y.length - 1];
      for (int i = 0; i < h; i++) {
        if (active[i][k]) {
          f += network ? y[2 * h + i] * (y[i] * x + y[h + i]) : y[h + i] * s[i] * (x - y[i]);
        }
      }
      double r = weight * (f - data.y(k));
      for (int i = 0; i < h; i++) {
        if (active[i][k]) {
          if (network) {
            g[i] += r * y[2 * h + i] * x;
            g[h + i] += r * y[2 * h + i];
            g[2 * h + i] += r * (y[i] * x + y[h + i]);
          } else {
            g[i] += -r * s[i] * y[h + i];
            g[h + i] += r * s[i] * (x - y[i]);
          }
        }
      }
      g[y.length - 1] += r;
    }
    for (int q = 0; q < g.length; q++) {
      g[q] = -g[q];
    }
    return g;
  }

  private double[] rk4(double[] y, double dt) {
    double[] k1 = velocity(y);
    double[] k2 = velocity(axpy(y, dt / 2, k1));
    double[] k3 = velocity(axpy(y, dt / 2, k2));
    double[] k4 = velocity(axpy(y, dt, k3));
    double[] out = new double[y.length];
    for (int q = 0; q < y.length; q++) {
      out[q] = y[q] + dt / 6 * (k1[q] + 2 * k2[q] + 2 * k3[q] + k4[q]);
    }
    return out;
  }

  private static double[] axpy(double[] y, double a, double[] k) {
    double[] out = new double[y.length];
    for (int q = 0; q < y.length; q++) {
      out[q] = y[q] + a * k[q];
    }
    return out;
  }

  private boolean changed(double[] y0, double[] y) {
    for (int i = 0; i < h; i++) {
      if (network && Math.signum(y[i]) != Math.signum(y0[i])) {
        return true;
      }
      if (!network && s[i] == 0) {
        continue;
      }
      for (int k = 0; k < data.size(); k++) {
        if ((pre(y, i, data.x(k)) > 0) != active[i][k]) {
          return true;
        }
      }
    }
    return false;
  }

  /** Integrates to T with step dt, recording events; returns the final state. */
  double[] run(double[] y0, double tEnd, double dt) {
    double[] y = y0.clone();
    active = new boolean[h][data.size()];
    for (int i = 0; i < h; i++) {
      for (int k = 0; k < data.size(); k++) {
        active[i][k] = (network || s[i] != 0) && pre(y, i, data.x(k)) > 0;
      }
    }
    double t = 0;
    while (t < tEnd - 1e-12) {
      double step = Math.min(dt, tEnd - t);
      double[] y1 = rk4(y, step);
      if (!changed(y, y1)) {
        y = y1;
        t += step;
        continue;
      }
      double lo = 0;
      double hi = step;
      for (int it = 0; it < 80 && hi - lo > 1e-16; it++) {
        double mid = 0.5 * (lo + hi);
        if (changed(y, rk4(y, mid))) {
          hi = mid;
        } else {
          lo = mid;
        }
      }
      double[] ye = rk4(y, hi);
      double te = t + hi;
      for (int i = 0; i < h; i++) {
        if (network && Math.signum(ye[i]) != Math.signum(y[i])) {
          events.add(new FlowEvent(te, i, -1, FlowEvent.Kind.FLIP));
        }
        for (int k = 0; k < data.size(); k++) {
          boolean now = (network || s[i] != 0) && pre(ye, i, data.x(k)) > 0;
          if (now != active[i][k]) {
            active[i][k] = now;
            events.add(new FlowEvent(te, i, k, now ? FlowEvent.Kind.ENTER : FlowEvent.Kind.LEAVE));
            boolean any = false;
            for (boolean a : active[i]) {
              any |= a;
            }
            if (!any) {
              events.add(new FlowEvent(te, i, k, FlowEvent.Kind.DEATH));
            }
          }
        }
      }
      y = ye;
      t = te;
    }
    return y;
  }
}
