package org.knotwork.reservoir.precision;

import java.util.Locale;

/**
 * A number format emulated on binary64: {@link #round} maps a binary64 value to the nearest (or, for the
 * truncation emulator, the truncated) value of the format (notes &sect;6).
 *
 * <p>Emulating an IEEE operation as {@code round(a op b)} with the operation done in binary64 is
 * correctly rounded for binary32 and binary16, because binary64 carries more than twice their precision
 * plus two bits (double rounding is then innocuous for +, &minus;, &times;).
 */
public sealed interface FloatFormat permits IeeeFormat, TruncatedFormat {

  /** The value of the format that represents {@code x}. */
  double round(double x);

  /** Largest finite magnitude of the format. */
  double maxFinite();

  /**
   * True when values beyond {@link #maxFinite()} become infinite (IEEE formats); false when they
   * saturate (the truncation emulator).
   */
  boolean overflowsToInfinity();

  /** A short label such as {@code binary16} or {@code m10e5}. */
  String label();

  /** True when {@link #round} is the identity on every binary64 value. */
  default boolean isExact() {
    return this == IeeeFormat.BINARY64;
  }

  /**
   * Parses {@code binary64|64|binary32|32|binary16|16}, or {@code mMeE} / {@code mMeE-faithful} for the
   * truncation emulator with M mantissa and E exponent bits (e.g. {@code m10e5}).
   *
   * @throws IllegalArgumentException naming the accepted forms when {@code text} is none of them
   */
  static FloatFormat parse(String text) {
    if (text == null) {
      throw new IllegalArgumentException("format is required (binary64, binary32, binary16 or mMeE)");
    }
    String t = text.trim().toLowerCase(Locale.ROOT);
    switch (t) {
      case "binary64", "64", "double", "fp64":
        return IeeeFormat.BINARY64;
      case "binary32", "32", "float", "single", "fp32":
        return IeeeFormat.BINARY32;
      case "binary16", "16", "half", "fp16":
        return IeeeFormat.BINARY16;
      default:
        break;
    }
    TruncationMode mode = TruncationMode.MASK;
    if (t.endsWith("-faithful")) {
      mode = TruncationMode.FAITHFUL;
      t = t.substring(0, t.length() - "-faithful".length());
    }
    int e = t.indexOf('e');
    if (t.startsWith("m") && e > 1 && e < t.length() - 1) {
      try {
        int m = Integer.parseInt(t.substring(1, e));
        int x = Integer.parseInt(t.substring(e + 1));
        return new TruncatedFormat(m, x, mode);
      } catch (NumberFormatException ex) {
        // fall through to the error below
      }
    }
    throw new IllegalArgumentException("format must be binary64, binary32, binary16 or mMeE[-faithful]"
        + " (e.g. m10e5), got '" + text + "'");
  }
}
