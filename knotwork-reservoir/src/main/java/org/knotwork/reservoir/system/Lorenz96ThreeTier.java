package org.knotwork.reservoir.system;

/**
 * The three-tier multi-scale Lorenz 96 of Thornes, D&uuml;ben &amp; Palmer (2017), notes &sect;2:
 * <pre>
 * dX_k/dt     = X_{k-1}(X_{k+1} - X_{k-2}) - X_k + F - (h c / b) sum_j Y_{j,k}
 * dY_{j,k}/dt = -c b Y_{j+1,k}(Y_{j+2,k} - Y_{j-1,k}) - c Y_{j,k} + (h c / b) X_k - (h e / d) sum_i Z_{i,j,k}
 * dZ_{i,j,k}/dt = e d Z_{i-1,j,k}(Z_{i+1,j,k} - Z_{i-2,j,k}) - gZ e Z_{i,j,k} + (h e / d) Y_{j,k}
 * </pre>
 * with the Z damping written as {@code -gZ e Z} (so gZ = 1 gives the effective coefficient 10 of every
 * known implementation). X is cyclic in k. State layout: X_k at k; Y_{j,k} at {@code K + k J + j};
 * Z_{i,j,k} at {@code K + K J + (k J + j) I + i} (0-based indices).
 *
 * @param k number of X variables K, at least 4
 * @param j Y variables per X, J, at least 4 with per-column rings
 * @param i Z variables per Y, I, at least 4 with per-column rings
 * @param forcing F
 * @param h coupling h
 * @param b time-scale ratio b
 * @param c time-scale ratio c
 * @param d time-scale ratio d
 * @param e time-scale ratio e
 * @param gZ Z damping factor gZ in {@code -gZ e Z}
 * @param rings periodic convention of the Y and Z tiers
 */
public record Lorenz96ThreeTier(int k, int j, int i, double forcing, double h, double b, double c,
    double d, double e, double gZ, RingConvention rings) implements OdeSystem {

  /** Validates sizes and parameters. */
  public Lorenz96ThreeTier {
    if (k < 4) {
      throw new IllegalArgumentException("k (number of X variables) must be at least 4, got " + k);
    }
    if (rings == null) {
      throw new IllegalArgumentException("rings is required (PER_COLUMN or CHAINED)");
    }
    int minRing = rings == RingConvention.PER_COLUMN ? 4 : 1;
    if (j < minRing || i < minRing) {
      throw new IllegalArgumentException("j and i must be at least " + minRing + " with " + rings
          + " rings, got j=" + j + ", i=" + i);
    }
    for (double p : new double[] {forcing, h, b, c, d, e, gZ}) {
      if (!Double.isFinite(p)) {
        throw new IllegalArgumentException("forcing, h, b, c, d, e, gZ must be finite");
      }
    }
    if (b == 0 || d == 0) {
      throw new IllegalArgumentException("b and d must be non-zero, got b=" + b + ", d=" + d);
    }
  }

  /**
   * The paper's configuration: (K, J, I) = (8, 8, 8), F = 20, h = 1, b = c = d = e = 10, gZ = 1,
   * per-column rings.
   */
  public static Lorenz96ThreeTier standard() {
    return new Lorenz96ThreeTier(8, 8, 8, 20.0, 1.0, 10.0, 10.0, 10.0, 10.0, 1.0,
        RingConvention.PER_COLUMN);
  }

  /** The same system with another ring convention. */
  public Lorenz96ThreeTier withRings(RingConvention r) {
    return new Lorenz96ThreeTier(k, j, i, forcing, h, b, c, d, e, gZ, r);
  }

  @Override
  public int dimension() {
    return k + k * j + k * j * i;
  }

  /** Index of Y_{jj,kk} (0-based). */
  public int yIndex(int jj, int kk) {
    return k + kk * j + jj;
  }

  /** Index of Z_{ii,jj,kk} (0-based). */
  public int zIndex(int ii, int jj, int kk) {
    return k + k * j + (kk * j + jj) * i + ii;
  }

  @Override
  public void derivative(double[] s, double[] ds) {
    final int yOff = k;
    final int zOff = k + k * j;
    final int nY = k * j;
    final int nZ = nY * i;
    final double cXY = h * c / b;
    final double cYZ = h * e / d;
    // X tier (cyclic in k)
    for (int kk = 0; kk < k; kk++) {
      double sumY = 0;
      int base = yOff + kk * j;
      for (int jj = 0; jj < j; jj++) {
        sumY += s[base + jj];
      }
      double xm1 = s[kk == 0 ? k - 1 : kk - 1];
      double xp1 = s[kk == k - 1 ? 0 : kk + 1];
      double xm2 = s[kk >= 2 ? kk - 2 : kk - 2 + k];
      ds[kk] = xm1 * (xp1 - xm2) - s[kk] + forcing - cXY * sumY;
    }
    // Y tier: ring dynamics, then the X forcing and Z coupling
    if (rings == RingConvention.PER_COLUMN) {
      for (int kk = 0; kk < k; kk++) {
        yRing(s, ds, yOff + kk * j, j);
      }
    } else {
      yRing(s, ds, yOff, nY);
    }
    for (int m = 0; m < nY; m++) {
      double sumZ = 0;
      int zBase = zOff + m * i;
      for (int ii = 0; ii < i; ii++) {
        sumZ += s[zBase + ii];
      }
      ds[yOff + m] = ds[yOff + m] + cXY * s[m / j] - cYZ * sumZ;
    }
    // Z tier: ring dynamics, then the Y forcing
    if (rings == RingConvention.PER_COLUMN) {
      for (int m = 0; m < nY; m++) {
        zRing(s, ds, zOff + m * i, i);
      }
    } else {
      zRing(s, ds, zOff, nZ);
    }
    for (int m = 0; m < nY; m++) {
      double y = cYZ * s[yOff + m];
      int zBase = zOff + m * i;
      for (int ii = 0; ii < i; ii++) {
        ds[zBase + ii] += y;
      }
    }
  }

  /** -c b Y_{r+1}(Y_{r+2} - Y_{r-1}) - c Y_r on the ring [base, base + len). */
  private void yRing(double[] s, double[] ds, int base, int len) {
    double cb = c * b;
    for (int r = 0; r < len; r++) {
      int p1 = base + (r + 1 < len ? r + 1 : r + 1 - len);
      int p2 = base + (r + 2 < len ? r + 2 : r + 2 - len);
      int m1 = base + (r >= 1 ? r - 1 : len - 1);
      ds[base + r] = -cb * s[p1] * (s[p2] - s[m1]) - c * s[base + r];
    }
  }

  /** e d Z_{r-1}(Z_{r+1} - Z_{r-2}) - gZ e Z_r on the ring [base, base + len). */
  private void zRing(double[] s, double[] ds, int base, int len) {
    double ed = e * d;
    double damp = gZ * e;
    for (int r = 0; r < len; r++) {
      int m1 = base + (r >= 1 ? r - 1 : len - 1);
      int p1 = base + (r + 1 < len ? r + 1 : r + 1 - len);
      int m2 = base + (r >= 2 ? r - 2 : r - 2 + len);
      ds[base + r] = ed * s[m1] * (s[p1] - s[m2]) - damp * s[base + r];
    }
  }

  @Override
  public String describe() {
    return "Lorenz96ThreeTier(K=" + k + ", J=" + j + ", I=" + i + ", F=" + forcing + ", h=" + h
        + ", b=" + b + ", c=" + c + ", d=" + d + ", e=" + e + ", gZ=" + gZ + " [damping -gZ*e*Z], "
        + rings + ")";
  }
}
