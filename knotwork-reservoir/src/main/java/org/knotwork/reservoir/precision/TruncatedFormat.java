package org.knotwork.reservoir.precision;

/**
 * The authors' arbitrary-precision emulator {@code reduce_precision(x, m, e)} (notes &sect;6, check 18).
 *
 * <p>Write a non-zero finite {@code x = f &middot; 2^E} with {@code f} in [0.5, 1) ({@code frexp}). With
 * {@code E_max = 2^(e-1) - 1} and {@code E_min = -2^(e-1)}:
 * <ul>
 *   <li>{@code x = 0} stays 0 (with its sign) and NaN stays NaN;</li>
 *   <li>{@code E > E_max} (or x infinite) returns {@code &plusmn;0.9 &middot; 2^E_max} (not the largest
 *       representable value: the authors' convention, kept);</li>
 *   <li>{@code E < E_min} returns {@code &plusmn;0.5 &middot; 2^E_min} (not zero);</li>
 *   <li>otherwise the significand keeps {@code m} fraction bits after its leading 1, truncated toward
 *       zero ({@link TruncationMode#MASK}), or with the authors' quirk ({@link TruncationMode#FAITHFUL}).</li>
 * </ul>
 * Examples (check 18): {@code reduce(1e-30, 10, 5) = 2^-17}, {@code reduce(1e30, 10, 5) = 29 491.2}.
 *
 * @param mantissaBits fraction bits kept after the leading 1, in [0, 52]
 * @param exponentBits exponent bits, in [2, 11]
 * @param mode truncation variant
 */
public record TruncatedFormat(int mantissaBits, int exponentBits, TruncationMode mode)
    implements FloatFormat {

  /** Validates the bit counts. */
  public TruncatedFormat {
    if (mantissaBits < 0 || mantissaBits > 52) {
      throw new IllegalArgumentException("mantissaBits must be in [0, 52], got " + mantissaBits);
    }
    if (exponentBits < 2 || exponentBits > 11) {
      throw new IllegalArgumentException("exponentBits must be in [2, 11], got " + exponentBits);
    }
    if (mode == null) {
      throw new IllegalArgumentException("mode is required (MASK or FAITHFUL)");
    }
  }

  /** Correct (bit-mask) truncation with {@code m} mantissa and {@code e} exponent bits. */
  public static TruncatedFormat of(int mantissaBits, int exponentBits) {
    return new TruncatedFormat(mantissaBits, exponentBits, TruncationMode.MASK);
  }

  /** Largest frexp exponent, {@code 2^(e-1) - 1}. */
  public int maxExponent() {
    return (1 << (exponentBits - 1)) - 1;
  }

  /** Smallest frexp exponent, {@code -2^(e-1)}. */
  public int minExponent() {
    return -(1 << (exponentBits - 1));
  }

  /** The value returned for magnitudes above the range: {@code 0.9 &middot; 2^E_max}. */
  public double overflowValue() {
    return 0.9 * Math.scalb(1.0, maxExponent());
  }

  /** The value returned for non-zero magnitudes below the range: {@code 0.5 &middot; 2^E_min}. */
  public double underflowValue() {
    return Math.scalb(0.5, minExponent());
  }

  @Override
  public double round(double x) {
    if (x == 0.0 || Double.isNaN(x)) {
      return x;
    }
    double a = Math.abs(x);
    if (Double.isInfinite(a)) {
      return Math.copySign(overflowValue(), x);
    }
    int frexpExponent = frexpExponent(a);
    if (frexpExponent > maxExponent()) {
      return Math.copySign(overflowValue(), x);
    }
    if (frexpExponent < minExponent()) {
      return Math.copySign(underflowValue(), x);
    }
    double t = truncate(a);
    if (mode == TruncationMode.FAITHFUL && t == a) {
      t = a - Math.scalb(1.0, frexpExponent - 1 - mantissaBits);
    }
    return Math.copySign(t, x);
  }

  /** Truncates a positive finite value to {@code mantissaBits} fraction bits with a bit mask. */
  private double truncate(double a) {
    boolean subnormal = a < Double.MIN_NORMAL;
    double v = subnormal ? Math.scalb(a, 64) : a; // exact: brings subnormals into the normal range
    long mask = -1L << (52 - mantissaBits);
    double t = Double.longBitsToDouble(Double.doubleToRawLongBits(v) & mask);
    return subnormal ? Math.scalb(t, -64) : t;
  }

  /** The exponent E of {@code a = f &middot; 2^E}, f in [0.5, 1), for positive finite a. */
  static int frexpExponent(double a) {
    if (a < Double.MIN_NORMAL) {
      return Math.getExponent(Math.scalb(a, 64)) - 64 + 1;
    }
    return Math.getExponent(a) + 1;
  }

  @Override
  public double maxFinite() {
    return (1.0 - Math.scalb(1.0, -(mantissaBits + 1))) * Math.scalb(1.0, maxExponent());
  }

  @Override
  public boolean overflowsToInfinity() {
    return false;
  }

  @Override
  public String label() {
    return "m" + mantissaBits + "e" + exponentBits + (mode == TruncationMode.FAITHFUL ? "-faithful" : "");
  }
}
