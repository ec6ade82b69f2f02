package org.knotwork.reservoir.scoring;

/**
 * Test windows: origin s<sub>q</sub> = {@code firstOrigin + q * stride} for q = 0 &hellip; count &minus; 1,
 * each scored on the {@code length} samples after its origin.
 *
 * @param firstOrigin index of the last sample the model may read in window 0, &ge; 0
 * @param count number of windows (test initial conditions), &ge; 1
 * @param stride distance between origins, &ge; 1
 * @param length forecast steps per window L, &ge; 1
 */
public record TestWindows(int firstOrigin, int count, int stride, int length) {

  /** Validates every field. */
  public TestWindows {
    if (firstOrigin < 0) {
      throw new IllegalArgumentException("firstOrigin must be >= 0, got " + firstOrigin);
    }
    if (count < 1) {
      throw new IllegalArgumentException("count (test windows) must be at least 1, got " + count);
    }
    if (stride < 1) {
      throw new IllegalArgumentException("stride must be at least 1, got " + stride);
    }
    if (length < 1) {
      throw new IllegalArgumentException("length (forecast steps) must be at least 1, got " + length);
    }
  }

  /**
   * Windows placed after a training segment of {@code trainLength} samples: origin of window q is
   * {@code trainLength - 1 + gap + q * stride}, so with gap = 0 window 0 starts forecasting the first
   * sample after training.
   */
  public static TestWindows afterTraining(int trainLength, int gap, int count, int stride, int length) {
    if (trainLength < 1 || gap < 0) {
      throw new IllegalArgumentException("trainLength must be >= 1 and gap >= 0, got "
          + trainLength + ", " + gap);
    }
    return new TestWindows(trainLength - 1 + gap, count, stride, length);
  }

  /** Origin s<sub>q</sub>. */
  public int origin(int q) {
    return firstOrigin + q * stride;
  }

  /** Number of samples a series needs to hold every window: last origin + length + 1. */
  public long requiredLength() {
    return (long) firstOrigin + (long) (count - 1) * stride + length + 1;
  }

  /**
   * Checks that every window fits a series of {@code seriesLength} samples with {@code history}
   * samples of history.
   *
   * @throws IllegalArgumentException naming the window that does not fit
   */
  public void check(int seriesLength, int history) {
    if (firstOrigin - history + 1 < 0) {
      throw new IllegalArgumentException("window 0 needs " + history + " samples of history but its"
          + " origin is " + firstOrigin + "; increase firstOrigin");
    }
    if (requiredLength() > seriesLength) {
      throw new IllegalArgumentException("test windows need " + requiredLength()
          + " samples, the series has " + seriesLength + "; reduce count, stride or length");
    }
  }
}
