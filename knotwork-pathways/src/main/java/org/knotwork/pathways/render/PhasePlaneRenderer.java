package org.knotwork.pathways.render;

import org.knotwork.pathways.study.PhasePlaneStudy;

/**
 * Draws run directories of the {@code pathways-phase-plane} kind: the trajectories and end states
 * per depth and spread ({@code phase_plane.png/.svg}). There is no video: asking for one is an
 * input error.
 */
public final class PhasePlaneRenderer extends PathwaysRenderer {

  @Override
  public String kind() {
    return PhasePlaneStudy.NAME;
  }
}
