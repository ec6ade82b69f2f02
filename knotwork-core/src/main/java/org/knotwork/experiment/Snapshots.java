package org.knotwork.experiment;

import org.knotwork.train.SnapshotSchedule;

/**
 * When parameter snapshots are recorded, as a plan that expands to a {@link SnapshotSchedule}. The
 * final state is always recorded as well.
 */
public sealed interface Snapshots {

  /** The kind name used in spec files: {@code none}, {@code points}, {@code uniform}, {@code log}. */
  String kind();

  /** The schedule the train package runs. */
  SnapshotSchedule toSchedule();

  /** No scheduled snapshots (only the final state). */
  record None() implements Snapshots {
    @Override
    public String kind() {
      return "none";
    }

    @Override
    public SnapshotSchedule toSchedule() {
      return SnapshotSchedule.none();
    }
  }

  /**
   * Exactly the given points.
   *
   * @param unit step numbers (descent only) or time
   * @param points strictly increasing, finite, &ge; 0 (whole numbers for steps)
   */
  record Points(SnapshotSchedule.Unit unit, double[] points) implements Snapshots {
    /** Validates through {@link SnapshotSchedule} and copies. */
    public Points {
      points = points == null ? null : points.clone();
      SnapshotSchedule.at(unit, points);
    }

    @Override
    public double[] points() {
      return points.clone();
    }

    @Override
    public String kind() {
      return "points";
    }

    @Override
    public SnapshotSchedule toSchedule() {
      return SnapshotSchedule.at(unit, points);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Points p && unit == p.unit && java.util.Arrays.equals(points, p.points);
    }

    @Override
    public int hashCode() {
      return 31 * unit.hashCode() + java.util.Arrays.hashCode(points);
    }

    @Override
    public String toString() {
      return "Points[" + unit + ", " + java.util.Arrays.toString(points) + "]";
    }
  }

  /**
   * {@code count} evenly spaced points from 0 to {@code end}.
   *
   * @param unit step numbers (descent only) or time
   * @param end the last point, finite and &gt; 0
   * @param count at least 2
   */
  record Uniform(SnapshotSchedule.Unit unit, double end, int count) implements Snapshots {
    /** Validates through {@link SnapshotSchedule}. */
    public Uniform {
      SnapshotSchedule.uniform(unit, end, count);
    }

    @Override
    public String kind() {
      return "uniform";
    }

    @Override
    public SnapshotSchedule toSchedule() {
      return SnapshotSchedule.uniform(unit, end, count);
    }
  }

  /**
   * 0 followed by {@code count} log-spaced points from {@code first} to {@code end}.
   *
   * @param unit step numbers (descent only) or time
   * @param first the first positive point, in (0, end)
   * @param end the last point, finite
   * @param count at least 2
   */
  record LogSpaced(SnapshotSchedule.Unit unit, double first, double end, int count)
      implements Snapshots {
    /** Validates through {@link SnapshotSchedule}. */
    public LogSpaced {
      SnapshotSchedule.logSpaced(unit, first, end, count);
    }

    @Override
    public String kind() {
      return "log";
    }

    @Override
    public SnapshotSchedule toSchedule() {
      return SnapshotSchedule.logSpaced(unit, first, end, count);
    }
  }
}
