package org.knotwork.train;

import java.util.Arrays;

/**
 * The times (or steps) at which a run delivers {@link Snapshot}s to its listeners, in increasing
 * order. Descent runs accept both units (a time t maps to step round(t/&eta;)); the flow only
 * {@link Unit#TIME}. Points beyond the run's end are skipped; the final state is always delivered
 * as well.
 *
 * @param unit what the points count
 * @param points strictly increasing, finite, &ge; 0; whole numbers for {@link Unit#STEP}
 */
public record SnapshotSchedule(Unit unit, double[] points) {

  /** What schedule points count. */
  public enum Unit {
    /** Step numbers (descent only). */
    STEP,
    /** Flow time, or nominal time k&middot;&eta; for descent. */
    TIME
  }

  /** Validates and copies. */
  public SnapshotSchedule {
    if (unit == null || points == null) {
      throw new IllegalArgumentException("unit and points are both required");
    }
    points = points.clone();
    for (int k = 0; k < points.length; k++) {
      double p = points[k];
      if (!(p >= 0) || !Double.isFinite(p)) {
        throw new IllegalArgumentException(
            "points[" + k + "] must be finite and >= 0, got " + p);
      }
      if (unit == Unit.STEP && p != Math.rint(p)) {
        throw new IllegalArgumentException("points[" + k + "] must be a whole step number, got " + p);
      }
      if (k > 0 && !(p > points[k - 1])) {
        throw new IllegalArgumentException("points must be strictly increasing, but points[" + k
            + "] = " + p + " follows " + points[k - 1]);
      }
    }
  }

  /** No scheduled snapshots (the final state is still delivered). */
  public static SnapshotSchedule none() {
    return new SnapshotSchedule(Unit.TIME, new double[0]);
  }

  /** Exactly the given points. */
  public static SnapshotSchedule at(Unit unit, double... points) {
    return new SnapshotSchedule(unit, points);
  }

  /**
   * {@code count} evenly spaced points from 0 to {@code end} inclusive (rounded to whole steps and
   * deduplicated for {@link Unit#STEP}).
   *
   * @param count at least 2
   */
  public static SnapshotSchedule uniform(Unit unit, double end, int count) {
    if (count < 2) {
      throw new IllegalArgumentException("count must be at least 2, got " + count);
    }
    checkEnd(end);
    double[] p = new double[count];
    for (int k = 0; k < count; k++) {
      p[k] = k == count - 1 ? end : end * k / (count - 1);
    }
    return new SnapshotSchedule(unit, unit == Unit.STEP ? roundedDistinct(p) : p);
  }

  /**
   * 0 followed by {@code count} log-spaced points from {@code first} to {@code end} inclusive,
   * t<sub>k</sub> = first&middot;(end/first)<sup>k/(count&minus;1)</sup> (rounded to whole steps and
   * deduplicated for {@link Unit#STEP}).
   *
   * @param first the first positive point, 0 &lt; first &lt; end
   * @param count at least 2
   */
  public static SnapshotSchedule logSpaced(Unit unit, double first, double end, int count) {
    if (count < 2) {
      throw new IllegalArgumentException("count must be at least 2, got " + count);
    }
    checkEnd(end);
    if (!(first > 0 && first < end)) {
      throw new IllegalArgumentException(
          "first must be in (0, end) = (0, " + end + "), got " + first);
    }
    double[] p = new double[count + 1];
    double ratio = Math.log(end / first);
    for (int k = 0; k < count; k++) {
      p[k + 1] = k == count - 1 ? end : first * Math.exp(ratio * k / (count - 1));
    }
    return new SnapshotSchedule(unit, unit == Unit.STEP ? roundedDistinct(p) : p);
  }

  private static void checkEnd(double end) {
    if (!(end > 0) || !Double.isFinite(end)) {
      throw new IllegalArgumentException("end must be positive and finite, got " + end);
    }
  }

  private static double[] roundedDistinct(double[] p) {
    return Arrays.stream(p).map(Math::rint).distinct().toArray();
  }

  @Override
  public double[] points() {
    return points.clone();
  }

  /** Number of points. */
  public int size() {
    return points.length;
  }

  /**
   * The schedule as ascending, distinct step numbers for a descent run with learning rate
   * {@code lr} (time points map to round(t/&eta;)).
   */
  long[] steps(double lr) {
    return Arrays.stream(points)
        .mapToLong(p -> unit == Unit.STEP ? (long) p : Math.round(p / lr))
        .distinct().toArray();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SnapshotSchedule s && unit == s.unit && Arrays.equals(points, s.points);
  }

  @Override
  public int hashCode() {
    return 31 * unit.hashCode() + Arrays.hashCode(points);
  }

  @Override
  public String toString() {
    return "SnapshotSchedule[" + unit + ", " + Arrays.toString(points) + "]";
  }
}
