package org.knotwork.spiking.field;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The two-population neural field of Huang et al. (docs/spiking.md (P9)&ndash;(P11)): rates in kHz,
 * &tau;_a dr_a/dt = &minus;r_a + f(u_a), f(u) = u&sup2; for u &gt; 0 (0 otherwise), u = W r + x, on
 * the periodic sheet with Gaussian footprints of widths &sigma;_b by presynaptic type. Its spatially
 * uniform steady state and the 2&times;2 Jacobian of each Fourier mode, whose eigenvalues are in
 * closed form.
 *
 * @param wee W_EE
 * @param wei W_EI (from I to E)
 * @param wie W_IE (from E to I)
 * @param wii W_II
 * @param inputE feedforward input to E
 * @param inputI feedforward input to I (0.32 unattended, 0.50 attended)
 * @param tauE E time constant (ms)
 * @param tauI I time constant (ms)
 * @param sigmaE E footprint width
 * @param sigmaI I footprint width
 */
public record NeuralField(double wee, double wei, double wie, double wii, double inputE,
    double inputI, double tauE, double tauI, double sigmaE, double sigmaI) {

  /** The distinct wave numbers |k| = &radic;(n&#8321;&sup2; + n&#8322;&sup2;), n &isin; 0..5 (20 values). */
  public static final double[] WAVE_NUMBERS = waveNumbers(5);

  /** Validates. */
  public NeuralField {
    if (!(tauE > 0) || !(tauI > 0) || !(sigmaE >= 0) || !(sigmaI >= 0)) {
      throw new IllegalArgumentException("tauE, tauI must be > 0 and sigmas >= 0");
    }
  }

  /** The field of docs/spiking.md (P9): W = [80 &minus;160; 120 &minus;200], x = (0.48, &mu;_I), &tau;_E = 5, &sigma;_E = 0.1. */
  public static NeuralField huang(double muI, double tauI, double sigmaI) {
    return new NeuralField(80, -160, 120, -200, 0.48, muI, 5, tauI, 0.1, sigmaI);
  }

  private static double[] waveNumbers(int max) {
    TreeSet<Integer> sq = new TreeSet<>();
    for (int a = 0; a <= max; a++) {
      for (int b = 0; b <= max; b++) {
        sq.add(a * a + b * b);
      }
    }
    return sq.stream().mapToDouble(Math::sqrt).toArray();
  }

  /**
   * The uniform steady state (P10).
   *
   * @param u the input (u_E, u_I)
   * @param r the rates in kHz
   * @param iterations damped iterations before the Newton polish
   */
  public record SteadyState(double[] u, double[] r, int iterations) {}

  private static double f(double u) {
    return u > 0 ? u * u : 0;
  }

  private double[] input(double re, double ri) {
    return new double[] {wee * re + wei * ri + inputE, wie * re + wii * ri + inputI};
  }

  /**
   * The steady state: the authors' damped iteration r &larr; 0.95 r + 0.05 f(u) from r = (0.012,
   * 0.010) until the mean relative change is below 5e-8, then Newton steps on r = f(W r + x) until
   * the residual is at rounding level.
   */
  public SteadyState steadyState() {
    double re = 0.012;
    double ri = 0.010;
    int it = 0;
    for (; it < 1_000_000; it++) {
      double[] u = input(re, ri);
      double ne = 0.95 * re + 0.05 * f(u[0]);
      double ni = 0.95 * ri + 0.05 * f(u[1]);
      double change = 0.5 * (Math.abs(ne - re) / Math.abs(re) + Math.abs(ni - ri) / Math.abs(ri));
      re = ne;
      ri = ni;
      if (change < 5e-8) {
        break;
      }
    }
    for (int k = 0; k < 50; k++) {
      double[] u = input(re, ri);
      double ge = f(u[0]) - re;
      double gi = f(u[1]) - ri;
      double de = u[0] > 0 ? 2 * u[0] : 0;
      double di = u[1] > 0 ? 2 * u[1] : 0;
      // Jacobian of g(r) = f(W r + x) - r
      double a = de * wee - 1;
      double b = de * wei;
      double c = di * wie;
      double d = di * wii - 1;
      double det = a * d - b * c;
      double se = (d * ge - b * gi) / det;
      double si = (-c * ge + a * gi) / det;
      re -= se;
      ri -= si;
      if (Math.abs(se) <= 1e-16 * Math.abs(re) && Math.abs(si) <= 1e-16 * Math.abs(ri)) {
        break;
      }
    }
    return new SteadyState(input(re, ri), new double[] {re, ri}, it);
  }

  /** A complex eigenvalue re &plusmn; i&middot;im (im &ge; 0; im = 0 for a real pair, see {@link Mode}). */
  public record Eigen(double re, double im) {}

  /**
   * The eigenvalues of mode |k| (P11).
   *
   * @param k wave number
   * @param first eigenvalue with the largest real part
   * @param second the other one
   * @param complex whether the pair is complex conjugate
   */
  public record Mode(double k, Eigen first, Eigen second, boolean complex) {}

  /** The Jacobian M(k) of (P11) at the steady state {@code s}, rows {E, I}. */
  public double[][] jacobian(SteadyState s, double k) {
    double ge = Math.exp(-2 * Math.PI * Math.PI * k * k * sigmaE * sigmaE);
    double gi = Math.exp(-2 * Math.PI * Math.PI * k * k * sigmaI * sigmaI);
    double de = s.u()[0] > 0 ? 2 * s.u()[0] : 0;
    double di = s.u()[1] > 0 ? 2 * s.u()[1] : 0;
    return new double[][] {
        {-1 / tauE + de / tauE * wee * ge, de / tauE * wei * gi},
        {di / tauI * wie * ge, -1 / tauI + di / tauI * wii * gi}};
  }

  /** The eigenvalues of M(k), closed form for 2&times;2: tr/2 &plusmn; &radic;(tr&sup2;/4 &minus; det). */
  public Mode mode(SteadyState s, double k) {
    double[][] m = jacobian(s, k);
    double tr = m[0][0] + m[1][1];
    double det = m[0][0] * m[1][1] - m[0][1] * m[1][0];
    double disc = tr * tr / 4 - det;
    if (disc >= 0) {
      double root = Math.sqrt(disc);
      return new Mode(k, new Eigen(tr / 2 + root, 0), new Eigen(tr / 2 - root, 0), false);
    }
    double im = Math.sqrt(-disc);
    return new Mode(k, new Eigen(tr / 2, im), new Eigen(tr / 2, -im), true);
  }

  /** Every mode of {@link #WAVE_NUMBERS}. */
  public List<Mode> modes(SteadyState s) {
    List<Mode> out = new ArrayList<>();
    for (double k : WAVE_NUMBERS) {
      out.add(mode(s, k));
    }
    return out;
  }

  /** The mode with the largest Re &lambda; (the smallest |k| among ties). */
  public Mode leading(SteadyState s) {
    Mode best = null;
    for (Mode m : modes(s)) {
      if (best == null || m.first().re() > best.first().re()) {
        best = m;
      }
    }
    return best;
  }

  /**
   * The category of the most unstable mode, as the table of (P13): "S" stable, "O" a k = 0
   * oscillation, "W" + |k| a complex (wave) mode, "B" + |k| a real (bump) mode; |k| printed to two
   * decimals without trailing zeros (1, 1.41, 2.24, ...).
   */
  public static String category(Mode leading) {
    if (!(leading.first().re() > 0)) {
      return "S";
    }
    if (leading.k() == 0) {
      return leading.complex() ? "O" : "R";
    }
    String k = new java.math.BigDecimal(leading.k()).setScale(2, java.math.RoundingMode.HALF_UP)
        .stripTrailingZeros().toPlainString();
    return (leading.complex() ? "W" : "B") + k;
  }

  /** The same field with another &tau;_I. */
  public NeuralField withTauI(double t) {
    return new NeuralField(wee, wei, wie, wii, inputE, inputI, tauE, t, sigmaE, sigmaI);
  }

  /**
   * The k = 0 Hopf point &tau;_I* where the trace of M(0) vanishes (P12): the steady state does not
   * depend on &tau;, so tr M(0) = (2u_E W_EE &minus; 1)/&tau;_E + (2u_I W_II &minus; 1)/&tau;_I = 0.
   */
  public double hopfTauI(SteadyState s) {
    double a = (2 * s.u()[0] * wee - 1) / tauE;
    double b = 2 * s.u()[1] * wii - 1;
    return -b / a;
  }

  /**
   * The first &tau;_I in [lo, hi] at which some mode with |k| &gt; 0 becomes unstable (P12): a scan
   * on steps of {@code step}, then bisection to 1e-12 ms on the mode that crossed first.
   *
   * @return {&tau;_I, |k|}, or null if none crosses in the range
   */
  public double[] waveOnset(double lo, double hi, double step) {
    SteadyState s = steadyState();
    double prev = lo;
    for (double t = lo; t <= hi + 1e-12; t = lo + Math.round((t - lo) / step + 1) * step) {
      NeuralField at = withTauI(t);
      for (double k : WAVE_NUMBERS) {
        if (k > 0 && at.mode(s, k).first().re() > 0) {
          // find which k crosses first between prev and t
          double bestTau = Double.POSITIVE_INFINITY;
          double bestK = k;
          for (double q : WAVE_NUMBERS) {
            if (q > 0 && withTauI(t).mode(s, q).first().re() > 0) {
              double c = bisect(s, q, prev, t);
              if (c < bestTau) {
                bestTau = c;
                bestK = q;
              }
            }
          }
          return new double[] {bestTau, bestK};
        }
      }
      prev = t;
    }
    return null;
  }

  /** The &tau;_I in [a, b] where Re &lambda;(k) crosses zero, unstable at b. */
  public double bisect(SteadyState s, double k, double a, double b) {
    if (withTauI(a).mode(s, k).first().re() > 0) {
      return a;
    }
    for (int it = 0; it < 200 && b - a > 1e-12; it++) {
      double m = 0.5 * (a + b);
      if (withTauI(m).mode(s, k).first().re() > 0) {
        b = m;
      } else {
        a = m;
      }
    }
    return 0.5 * (a + b);
  }
}
