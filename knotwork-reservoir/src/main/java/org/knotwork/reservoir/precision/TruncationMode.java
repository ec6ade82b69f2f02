package org.knotwork.reservoir.precision;

/** How the truncation emulator drops mantissa bits (notes check 18). */
public enum TruncationMode {
  /** Correct truncation toward zero: a bit mask on the binary64 fraction. */
  MASK,
  /**
   * Bit-for-bit replication of the authors' Python {@code reduce_precision}: a greedy binary expansion
   * with a strict {@code >} comparison, which lowers a value whose dropped part is exactly zero by one
   * unit in the last kept place (e.g. 1.5 &rarr; 1.5 &minus; 2<sup>&minus;10</sup> at 10 bits).
   */
  FAITHFUL
}
