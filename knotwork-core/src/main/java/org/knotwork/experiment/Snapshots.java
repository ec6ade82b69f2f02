package org.knotwork.experiment;

import org.knotwork.train.SnapshotSchedule;
import org.knotwork.train.StopCriteria;

/**
 * When parameter snapshots are recorded, as a plan that expands to a {@link SnapshotSchedule}. The
 * final state is always recorded as well.
 */
public sealed interface Snapshots {

  /**
   * The kind name used in spec files: {@code auto}, {@code none}, {@code points}, {@code uniform},
   * {@code log}.
   */
  String kind();

  /**
   * The schedule the train package runs.
   *
   * @param budget the run's stopping rules
   * @param learningRate the resolved learning rate of a descent run (ignored by the flow)
   * @param flow whether the run is the gradient flow
   */
  SnapshotSchedule toSchedule(StopCriteria budget, double learningRate, boolean flow);

  /**
   * The default: 0 followed by {@code count} log-spaced points over the whole budget, so that a
   * spec that says nothing about snapshots can still be rendered as a video. Descent: steps from 1
   * to the step budget (rounded to whole steps and deduplicated, so a short run records fewer);
   * the flow: times from T/1000 to the time budget T.
   *
   * @param count at least 2
   */
  record Auto(int count) implements Snapshots {
    /** The default count. */
    public static final int DEFAULT_COUNT = 100;

    /** Validates the count. */
    public Auto {
      if (count < 2) {
        throw new IllegalArgumentException("count must be at least 2, got " + count);
      }
    }

    @Override
    public String kind() {
      return "auto";
    }

    @Override
    public SnapshotSchedule toSchedule(StopCriteria budget, double learningRate, boolean flow) {
      if (flow) {
        double t = budget.maxTime();
        return t > 0 && Double.isFinite(t)
            ? SnapshotSchedule.logSpaced(SnapshotSchedule.Unit.TIME, t / 1000, t, count)
            : SnapshotSchedule.none();
      }
      long steps = budget.stepBudget(learningRate);
      if (steps >= 2 && steps < Long.MAX_VALUE) {
        return SnapshotSchedule.logSpaced(SnapshotSchedule.Unit.STEP, 1, steps, count);
      }
      return steps == 1 ? SnapshotSchedule.at(SnapshotSchedule.Unit.STEP, 0, 1)
          : SnapshotSchedule.none();
    }
  }

  /** No scheduled snapshots (only the final state). */
  record None() implements Snapshots {
    @Override
    public String kind() {
      return "none";
    }

    @Override
    public SnapshotSchedule toSchedule(StopCriteria budget, double learningRate, boolean flow) {
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
    public SnapshotSchedule toSchedule(StopCriteria budget, double learningRate, boolean flow) {
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
    public SnapshotSchedule toSchedule(StopCriteria budget, double learningRate, boolean flow) {
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
    public SnapshotSchedule toSchedule(StopCriteria budget, double learningRate, boolean flow) {
      return SnapshotSchedule.logSpaced(unit, first, end, count);
    }
  }
}
