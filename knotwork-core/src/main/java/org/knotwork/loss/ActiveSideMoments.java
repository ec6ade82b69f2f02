package org.knotwork.loss;

/**
 * The active-side residual moments of every neuron at one parameter point (equation S6), with
 * r<sub>n</sub> = f(x<sub>n</sub>) &minus; y<sub>n</sub> and a<sub>in</sub> the activation indicator:
 * <ul>
 *   <li>S<sub>i</sub> = &Sigma;<sub>n</sub> r<sub>n</sub>a<sub>in</sub>, the residual mass on the active
 *       side;</li>
 *   <li>X<sub>i</sub> = &Sigma;<sub>n</sub> r<sub>n</sub>x<sub>n</sub>a<sub>in</sub>, its first moment;</li>
 *   <li>D<sub>i</sub> = &Sigma;<sub>n</sub> r<sub>n</sub>(s<sub>i</sub>(x<sub>n</sub> &minus;
 *       &beta;<sub>i</sub>))<sub>+</sub> = s<sub>i</sub>(X<sub>i</sub> &minus; &beta;<sub>i</sub>S<sub>i</sub>),
 *       the residual-weighted ramp; NaN for a neuron without a knot (w<sub>i</sub> = 0, orientation 0),
 *       where it is undefined.</li>
 * </ul>
 * The moments are unweighted sums: the loss weight of {@link LossNormalization} is not applied. They
 * decide criticality (S15) and the type of a critical point (S16). {@code activeCount} is the number
 * of data points on each neuron's active side.
 *
 * @param s S<sub>i</sub>
 * @param x X<sub>i</sub>
 * @param d D<sub>i</sub>
 * @param activeCount number of active data points of neuron i
 * @param residualSum &Sigma;<sub>n</sub>r<sub>n</sub> (the c-component of the unweighted gradient)
 */
public record ActiveSideMoments(double[] s, double[] x, double[] d, int[] activeCount,
    double residualSum) {

  /** Validates equal lengths and copies. */
  public ActiveSideMoments {
    if (s == null || x == null || d == null || activeCount == null) {
      throw new IllegalArgumentException("s, x, d and activeCount are all required");
    }
    if (x.length != s.length || d.length != s.length || activeCount.length != s.length) {
      throw new IllegalArgumentException("s, x, d and activeCount must have equal lengths, got "
          + s.length + ", " + x.length + ", " + d.length + ", " + activeCount.length);
    }
    s = s.clone();
    x = x.clone();
    d = d.clone();
    activeCount = activeCount.clone();
  }

  /** Width H. */
  public int width() {
    return s.length;
  }

  @Override
  public double[] s() {
    return s.clone();
  }

  @Override
  public double[] x() {
    return x.clone();
  }

  @Override
  public double[] d() {
    return d.clone();
  }

  @Override
  public int[] activeCount() {
    return activeCount.clone();
  }

  /** S<sub>i</sub>. */
  public double s(int i) {
    return s[i];
  }

  /** X<sub>i</sub>. */
  public double x(int i) {
    return x[i];
  }

  /** D<sub>i</sub>. */
  public double d(int i) {
    return d[i];
  }

  /** Number of active data points of neuron i. */
  public int activeCount(int i) {
    return activeCount[i];
  }

  /** Computes the moments from the sorted residuals and the neurons' active intervals. */
  static ActiveSideMoments of(ActiveIntervals a, double[] sortedResiduals, SortedPoints pts) {
    IntervalSums sums = IntervalSums.of(a, sortedResiduals, pts);
    int h = a.h;
    double[] s = new double[h];
    double[] x = new double[h];
    double[] d = new double[h];
    int[] count = new int[h];
    for (int i = 0; i < h; i++) {
      s[i] = sums.z0[i];
      x[i] = sums.z1[i] + pts.center * sums.z0[i];
      count[i] = a.right[i] ? pts.n - a.cut[i] : a.cut[i];
      int sign = a.network ? (int) Math.signum(a.p[2][i]) : a.orientation[i];
      if (sign == 0) {
        d[i] = Double.NaN;
      } else if (a.network) {
        // D = sum of r(wx + b) over the active side, divided by abs(w): the v-column (w, e) of J
        double w = a.p[2][i];
        d[i] = (w * sums.z1[i] + a.q[2][i] * sums.z0[i]) / Math.abs(w);
      } else {
        // the mu-column (s, s(m - beta)) of the Jacobian
        d[i] = a.p[1][i] * sums.z1[i] + a.q[1][i] * sums.z0[i];
      }
    }
    return new ActiveSideMoments(s, x, d, count, sums.total0);
  }
}
