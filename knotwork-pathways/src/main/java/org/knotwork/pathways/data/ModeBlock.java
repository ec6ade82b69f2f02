package org.knotwork.pathways.data;

/**
 * A block of equal singular values: modes {@code start} (inclusive) to {@code end} (exclusive), all
 * with singular value {@code value}. Inside a block of size &gt; 1 the singular vectors are
 * arbitrary up to a common rotation of U<sub>B</sub> and V<sub>B</sub>.
 *
 * @param start first mode index (0-based)
 * @param end one past the last mode index
 * @param value the common singular value (the mean of the block's computed values)
 */
public record ModeBlock(int start, int end, double value) {
  /** Validates the range. */
  public ModeBlock {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException(
          "block range must satisfy 0 <= start < end, got start=" + start + ", end=" + end);
    }
    if (!(value > 0) || !Double.isFinite(value)) {
      throw new IllegalArgumentException("block value must be positive and finite, got " + value);
    }
  }

  /** Number of modes in the block. */
  public int size() {
    return end - start;
  }
}
