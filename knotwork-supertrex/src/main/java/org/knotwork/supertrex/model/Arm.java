package org.knotwork.supertrex.model;

import java.util.Arrays;

/**
 * A planar arm of rigid segments with its shoulder at (0, &minus;2), driven by joint angles given in
 * units of &pi; (supertrex.md (ST9)): the k-th segment points at the cumulative angle
 * &phi;_k = &pi;(z_1 + ... + z_k) from the vertical, so the pen is at
 * (&Sigma; L_k sin &phi;_k, &minus;2 + &Sigma; L_k cos &phi;_k). StrictMath sine and cosine.
 */
public final class Arm {
  /** The shoulder's height. */
  public static final double BASE_Y = -2.0;

  private final double[] lengths;

  /**
   * An arm with the given segment lengths.
   *
   * @throws IllegalArgumentException if there are no segments or a length is not positive
   */
  public Arm(double... lengths) {
    if (lengths == null || lengths.length < 1) {
      throw new IllegalArgumentException("an arm needs at least one segment");
    }
    for (double l : lengths) {
      if (!(l > 0) || !Double.isFinite(l)) {
        throw new IllegalArgumentException("segment lengths must be positive, got " + l);
      }
    }
    this.lengths = lengths.clone();
  }

  /**
   * The authors' arms: 1.8 + 1.8 for two segments, 1.8 + 1.2 + 0.6 for three; for more segments
   * (the ReScience scaling study, whose lengths the sources do not give) equal segments of total
   * length 3.6 [inferred].
   */
  public static Arm standard(int segments) {
    if (segments < 2) {
      throw new IllegalArgumentException("segments must be >= 2, got " + segments);
    }
    if (segments == 2) {
      return new Arm(1.8, 1.8);
    }
    if (segments == 3) {
      return new Arm(1.8, 1.2, 0.6);
    }
    double[] l = new double[segments];
    Arrays.fill(l, 3.6 / segments);
    return new Arm(l);
  }

  /** The number of segments (joints). */
  public int segments() {
    return lengths.length;
  }

  /** The segment lengths. */
  public double[] lengths() {
    return lengths.clone();
  }

  /**
   * The pen position of (ST9) for joint angles {@code z} (units of &pi;), into {@code out[0..1]}.
   */
  public void position(double[] z, double[] out) {
    double phi = 0;
    double x = 0;
    double y = BASE_Y;
    for (int k = 0; k < lengths.length; k++) {
      phi += z[k];
      double a = Math.PI * phi;
      x += lengths[k] * StrictMath.sin(a);
      y += lengths[k] * StrictMath.cos(a);
    }
    out[0] = x;
    out[1] = y;
  }

  /** The joint positions (shoulder, elbows, pen) as 2 &times; (segments + 1) values x0, y0, x1, ... */
  public double[] joints(double[] z) {
    double[] p = new double[2 * (lengths.length + 1)];
    double phi = 0;
    p[1] = BASE_Y;
    for (int k = 0; k < lengths.length; k++) {
      phi += z[k];
      double a = Math.PI * phi;
      p[2 * k + 2] = p[2 * k] + lengths[k] * StrictMath.sin(a);
      p[2 * k + 3] = p[2 * k + 1] + lengths[k] * StrictMath.cos(a);
    }
    return p;
  }
}
