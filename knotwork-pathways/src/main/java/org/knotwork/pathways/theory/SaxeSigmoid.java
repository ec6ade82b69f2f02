package org.knotwork.pathways.theory;

/**
 * The sigmoidal learning curve of a balanced, SVD-aligned two-layer linear network (Saxe, McClelland
 * &amp; Ganguli 2014; notes &sect;2.2): du/dt = 2u(s &minus; u) with &tau; = 1, solved by
 * u(t) = s e<sup>2st</sup> / (e<sup>2st</sup> &minus; 1 + s/u<sub>0</sub>).
 * Time is the theory's (&frac12;-loss gradient flow, one step = lr).
 */
public final class SaxeSigmoid {
  private SaxeSigmoid() {}

  /**
   * u(t), evaluated as s / (1 + (s/u<sub>0</sub> &minus; 1) e<sup>&minus;2st</sup>) (no overflow).
   *
   * @param s singular value, &gt; 0
   * @param u0 initial strength, in (0, s)
   * @param t time, &ge; 0
   */
  public static double u(double s, double u0, double t) {
    check(s, u0, "u0");
    if (!(t >= 0) || !Double.isFinite(t)) {
      throw new IllegalArgumentException("t must be finite and >= 0, got " + t);
    }
    return s / (1 + (s / u0 - 1) * Math.exp(-2 * s * t));
  }

  /** Time to go from u<sub>0</sub> to u<sub>f</sub>: ln[u<sub>f</sub>(s &minus; u<sub>0</sub>) / (u<sub>0</sub>(s &minus; u<sub>f</sub>))] / (2s). */
  public static double time(double s, double u0, double uf) {
    check(s, u0, "u0");
    check(s, uf, "uf");
    return Math.log(uf * (s - u0) / (u0 * (s - uf))) / (2 * s);
  }

  /** Time to reach s/2: t<sub>1/2</sub> = ln((s &minus; u<sub>0</sub>)/u<sub>0</sub>) / (2s). */
  public static double halfTime(double s, double u0) {
    check(s, u0, "u0");
    return Math.log((s - u0) / u0) / (2 * s);
  }

  private static void check(double s, double u, String name) {
    if (!(s > 0) || !Double.isFinite(s)) {
      throw new IllegalArgumentException("s must be positive and finite, got " + s);
    }
    if (!(u > 0 && u < s)) {
      throw new IllegalArgumentException(name + " must be in (0, s) = (0, " + s + "), got " + u);
    }
  }
}
