package org.knotwork.reservoir.esn;

import org.knotwork.reservoir.precision.Arithmetic;

/**
 * The output non-linearity applied to the reservoir state before the linear readout (notes &sect;3.2),
 * which restores even terms that an odd tanh reservoir without bias cannot represent. Indices 0-based.
 */
public enum ReadoutTransform {
  /** r&#771; = r. */
  NONE,
  /**
   * T1 (Pathak, MATLAB indices 2, 4, &hellip;): r&#771;_j = r_j&sup2; for odd j, so exactly
   * &lfloor;N/2&rfloor; nodes are squared.
   */
  T1,
  /**
   * T1 as in the Pyle L63 Python scripts: r&#771;_j = r_j&sup2; for even j (0, 2, 4, &hellip;),
   * &lceil;N/2&rceil; nodes squared.
   */
  T1_EVEN,
  /**
   * T2 (Chattopadhyay, every Pyle L96 script): r&#771;_j = r_{j&minus;1} r_{j&minus;2} for even j with
   * 2 &le; j &le; N &minus; 3 (from the untransformed state); other nodes unchanged.
   */
  T2;

  /** Applies the transform: {@code out} = r&#771;(r). {@code r} and {@code out} must not alias. */
  public void apply(double[] r, double[] out) {
    int n = r.length;
    System.arraycopy(r, 0, out, 0, n);
    switch (this) {
      case NONE -> { }
      case T1 -> {
        for (int j = 1; j < n; j += 2) {
          out[j] = r[j] * r[j];
        }
      }
      case T1_EVEN -> {
        for (int j = 0; j < n; j += 2) {
          out[j] = r[j] * r[j];
        }
      }
      case T2 -> {
        for (int j = 2; j <= n - 3; j += 2) {
          out[j] = r[j - 1] * r[j - 2];
        }
      }
      default -> throw new IllegalStateException("unreachable");
    }
  }

  /** As {@link #apply}, with every product through {@code arithmetic}. */
  public void apply(double[] r, double[] out, Arithmetic arithmetic) {
    int n = r.length;
    System.arraycopy(r, 0, out, 0, n);
    switch (this) {
      case NONE -> { }
      case T1 -> {
        for (int j = 1; j < n; j += 2) {
          out[j] = arithmetic.multiply(r[j], r[j]);
        }
      }
      case T1_EVEN -> {
        for (int j = 0; j < n; j += 2) {
          out[j] = arithmetic.multiply(r[j], r[j]);
        }
      }
      case T2 -> {
        for (int j = 2; j <= n - 3; j += 2) {
          out[j] = arithmetic.multiply(r[j - 1], r[j - 2]);
        }
      }
      default -> throw new IllegalStateException("unreachable");
    }
  }

  /** Number of multiplications per application for a reservoir of n nodes. */
  public long products(int n) {
    return switch (this) {
      case NONE -> 0;
      case T1 -> n / 2;
      case T1_EVEN -> (n + 1) / 2;
      case T2 -> n >= 5 ? (n - 3) / 2 : 0;
    };
  }
}
