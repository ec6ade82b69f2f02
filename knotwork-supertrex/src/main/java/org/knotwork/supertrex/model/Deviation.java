package org.knotwork.supertrex.model;

/**
 * The deviation metric of supertrex.md (ST13): the slow error filter m&#772;_1 = e_1, m&#772;_n =
 * 0.9998 m&#772;_{n&minus;1} + 0.0002 e_n over every step, and the deviation, the mean of
 * &radic;m&#772;_n over n = n_0 ... n_1 inclusive (the authors: n_0 = 10 T_p, n_1 = 15 T_p). A run is
 * "satisfactory" when its deviation is below 0.5.
 */
public final class Deviation {
  /** The per-step factor 0.9998 of m&#772; (never rescaled with the period). */
  public static final double DECAY = 0.9998;
  /** The satisfactory bound. */
  public static final double SATISFACTORY = 0.5;

  private final long from;
  private final long to;
  private long steps;
  private double filtered;
  private double sum;
  private long counted;

  /**
   * A metric averaging over steps {@code from ... to} inclusive (1-based).
   */
  public Deviation(long from, long to) {
    if (from < 1 || to < from) {
      throw new IllegalArgumentException("need 1 <= from <= to, got " + from + ", " + to);
    }
    this.from = from;
    this.to = to;
  }

  /** Adds the error e_n of the next step n and returns m&#772;_n. */
  public double add(double error) {
    steps++;
    filtered = steps == 1 ? error : DECAY * filtered + (1 - DECAY) * error;
    if (steps >= from && steps <= to) {
      sum += Math.sqrt(filtered);
      counted++;
    }
    return filtered;
  }

  /** m&#772; of the last step. */
  public double filtered() {
    return filtered;
  }

  /** Steps added so far. */
  public long steps() {
    return steps;
  }

  /** The deviation over the steps of the window seen so far (NaN before the window). */
  public double deviation() {
    return counted == 0 ? Double.NaN : sum / counted;
  }

  /** Whether the whole window has been seen. */
  public boolean complete() {
    return steps >= to;
  }

  /** The satisfactory rule. */
  public static boolean satisfactory(double deviation) {
    return deviation < SATISFACTORY;
  }
}
