package org.knotwork.pathways.experiment;

import java.util.List;

/**
 * The result of a {@link PhasePlaneSpec}: one panel per (spread, depth), spreads outer, depths inner
 * (the layout of the authors' figure 3: one row per spread).
 *
 * @param spec what was run
 * @param panels the panels
 */
public record PhasePlaneResult(PhasePlaneSpec spec, List<PhasePlanePanel> panels) {
  /** Validates the fields. */
  public PhasePlaneResult {
    if (spec == null || panels == null
        || panels.size() != spec.depths().size() * spec.spreads().size()) {
      throw new IllegalArgumentException("panels must hold one panel per (spread, depth)");
    }
    panels = List.copyOf(panels);
  }

  /** The panel of this spread and depth. */
  public PhasePlanePanel panel(double spread, int depth) {
    for (PhasePlanePanel p : panels) {
      if (p.spread() == spread && p.depth() == depth) {
        return p;
      }
    }
    throw new IllegalArgumentException("no panel with spread " + spread + " and depth " + depth);
  }
}
