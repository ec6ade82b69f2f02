package org.knotwork.pathways.io;

/** CSV field formatting. */
final class Csv {
  private Csv() {}

  /** A number that reads back to the same double. */
  static String num(double v) {
    return Double.toString(v);
  }

  /** A name without the separator or line breaks. */
  static String name(String s) {
    if (s.indexOf(',') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
      throw new IllegalArgumentException(
          "names written to CSV must not contain ',' or line breaks, got '" + s + "'");
    }
    return s;
  }
}
