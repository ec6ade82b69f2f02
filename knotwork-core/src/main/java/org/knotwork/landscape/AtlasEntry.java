package org.knotwork.landscape;

import org.knotwork.common.linalg.Inertia;
import org.knotwork.net.NetworkParams;

/**
 * One place in the atlas: a group of runs that ended at the same function values on the data and the
 * same type of point.
 *
 * @param type the type of point
 * @param loss the loss of the representative
 * @param count number of runs that ended here
 * @param seeds their seeds, ascending
 * @param representative the end point of the lowest seed
 * @param inertia the representative's spline-coordinate Hessian inertia
 * @param knotsInHull distinct knots of the representative's function inside the data hull
 */
public record AtlasEntry(CriticalPointType type, double loss, int count, long[] seeds,
    NetworkParams representative, Inertia inertia, int knotsInHull) {

  /** Copies. */
  public AtlasEntry {
    seeds = seeds.clone();
  }

  @Override
  public long[] seeds() {
    return seeds.clone();
  }
}
