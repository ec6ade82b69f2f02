package org.knotwork.reservoir.precision;

/**
 * IEEE 754 binary16 ("half precision": 1 sign, 5 exponent, 10 fraction bits) conversion with
 * round-half-even, written for JDK 17, which lacks {@code Float.floatToFloat16} (notes &sect;6, check 15).
 *
 * <p>Conversion goes directly from binary64, never through binary32, so there is no double rounding.
 * Largest finite value 65 504; smallest normal 2<sup>&minus;14</sup>; smallest subnormal
 * 2<sup>&minus;24</sup>; magnitudes at or above 65 520 (the midpoint between 65 504 and 2<sup>16</sup>,
 * which ties to the even neighbour 2<sup>16</sup>) overflow to infinity. NaN maps to a quiet NaN with the
 * input's sign.
 */
public final class Binary16 {
  /** Largest finite binary16 value, 65 504. */
  public static final double MAX_VALUE = 65504.0;
  /** Smallest positive normal binary16 value, 2<sup>&minus;14</sup>. */
  public static final double MIN_NORMAL = 0x1p-14;
  /** Smallest positive subnormal binary16 value, 2<sup>&minus;24</sup>. */
  public static final double MIN_VALUE = 0x1p-24;
  /** Magnitudes at or above this value round to infinity. */
  static final double OVERFLOW_THRESHOLD = 65520.0;

  private Binary16() {}

  /**
   * Rounds {@code x} to the nearest binary16 value (ties to even) and returns it as a binary64 value.
   * Equal to {@code toDouble(fromDouble(x))}, without the bit encoding.
   */
  public static double round(double x) {
    long bits = Double.doubleToRawLongBits(x);
    long mag = bits & 0x7FFF_FFFF_FFFF_FFFFL;
    if (mag >= 0x40EF_FE00_0000_0000L) { // |x| >= 65520, infinity or NaN
      return mag > 0x7FF0_0000_0000_0000L ? x : Math.copySign(Double.POSITIVE_INFINITY, x);
    }
    if (mag >= 0x3F10_0000_0000_0000L) { // |x| >= 2^-14: keep 10 of the 52 fraction bits
      long lsb = (mag >>> 42) & 1L;
      long rounded = (mag + 0x1FF_FFFF_FFFFL + lsb) & 0xFFFF_FC00_0000_0000L; // half-even, carries ok
      return Double.longBitsToDouble(rounded | (bits & 0x8000_0000_0000_0000L));
    }
    // subnormal binary16 range: multiples of 2^-24; the scalings by 2^24 are exact
    return Math.copySign(Math.rint(Math.abs(x) * 0x1p24) * MIN_VALUE, x);
  }

  /** The binary16 bit pattern nearest to {@code x} (round-half-even). */
  public static short fromDouble(double x) {
    int sign = (Double.doubleToRawLongBits(x) < 0) ? 0x8000 : 0;
    if (Double.isNaN(x)) {
      return (short) (sign | 0x7E00);
    }
    double v = Math.abs(round(x));
    if (Double.isInfinite(v)) {
      return (short) (sign | 0x7C00);
    }
    if (v < MIN_NORMAL) {
      return (short) (sign | (int) (v / MIN_VALUE));
    }
    int e = Math.getExponent(v);
    int fraction = (int) ((Math.scalb(v, -e) - 1.0) * 1024.0);
    return (short) (sign | ((e + 15) << 10) | fraction);
  }

  /** The exact binary64 value of a binary16 bit pattern. */
  public static double toDouble(short bits) {
    int b = bits & 0xFFFF;
    double sign = (b & 0x8000) != 0 ? -1.0 : 1.0;
    int exponent = (b >>> 10) & 0x1F;
    int fraction = b & 0x3FF;
    if (exponent == 0) {
      return sign * fraction * MIN_VALUE;
    }
    if (exponent == 31) {
      return fraction == 0 ? sign * Double.POSITIVE_INFINITY : Double.NaN;
    }
    return sign * Math.scalb((double) (1024 + fraction), exponent - 25);
  }
}
