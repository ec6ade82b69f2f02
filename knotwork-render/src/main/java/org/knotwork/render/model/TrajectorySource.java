package org.knotwork.render.model;


/**
 * Where a {@link Trajectory} comes from: the seam between training (run directories, snapshots) and
 * rendering. The trajectory file format of {@code org.knotwork.render.io.TrajectoryJson} is one
 * source; a run-directory loader is another.
 */
@FunctionalInterface
public interface TrajectorySource {

  /**
   * Loads the trajectory.
   *
   * @throws IllegalArgumentException (or {@code org.knotwork.common.io.InputException}) when the source
   *     is malformed, with a message naming the problem
   */
  Trajectory load();
}
