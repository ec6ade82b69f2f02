package org.knotwork.cli.bench;

/**
 * One measured time.
 *
 * @param side who was timed: "knotwork", "torch-float64" or "torch-float32"
 * @param op operation id ({@link org.knotwork.bench.Operation#id()})
 * @param size N = H
 * @param seconds seconds per call
 * @param detail how it was measured (e.g. "jmh avgt 5 it, error 3%")
 */
public record Timing(String side, String op, int size, double seconds, String detail) {
  /** Knotwork's side. */
  public static final String KNOTWORK = "knotwork";
  /** PyTorch in float64. */
  public static final String TORCH64 = "torch-float64";
  /** PyTorch in float32. */
  public static final String TORCH32 = "torch-float32";

  /** Validates. */
  public Timing {
    if (!(seconds >= 0) || !Double.isFinite(seconds)) {
      throw new IllegalArgumentException("seconds must be finite and >= 0, got " + seconds);
    }
  }
}
