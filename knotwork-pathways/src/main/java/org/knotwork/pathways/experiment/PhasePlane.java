package org.knotwork.pathways.experiment;

import java.util.ArrayList;
import java.util.List;
import org.knotwork.pathways.theory.ReducedModel;
import org.knotwork.common.random.Rng;

/**
 * Runs the reduced-model experiment of figure 3: two pathways of equal depth, c and S from the spec,
 * starts drawn from the stream {@code "figure3/spread=<sd>/depth=<D>"} of the seed (p<sub>a</sub> then
 * p<sub>b</sub> for each start).
 */
public final class PhasePlane {
  private PhasePlane() {}

  /** Runs every panel. */
  public static PhasePlaneResult run(PhasePlaneSpec spec) {
    if (spec == null) {
      throw new IllegalArgumentException("spec is required");
    }
    List<PhasePlanePanel> panels = new ArrayList<>();
    for (double spread : spec.spreads()) {
      for (int depth : spec.depths()) {
        panels.add(panel(spec, spread, depth));
      }
    }
    return new PhasePlaneResult(spec, panels);
  }

  private static PhasePlanePanel panel(PhasePlaneSpec spec, double spread, int depth) {
    ReducedModel model = ReducedModel.twoPathways(depth, spec.c(), spec.target());
    Rng rng = Rng.of(spec.seed(), "figure3/spread=" + spread + "/depth=" + depth);
    int n = spec.starts();
    double[][] p0 = new double[n][2];
    double[][][] traj = new double[n][][];
    double[][] fin = new double[n][];
    double[][] end = new double[n][];
    double[] times = null;
    for (int i = 0; i < n; i++) {
      p0[i][0] = spread * rng.gaussian();
      p0[i][1] = spread * rng.gaussian();
      ReducedModel.Trajectory t =
          model.integrate(p0[i], spec.scheme(), spec.dt(), spec.steps(), spec.recordEvery());
      times = t.times();
      traj[i] = t.k();
      fin[i] = t.k()[t.k().length - 1].clone();
      end[i] = model.endState(p0[i]).k();
    }
    int g = spec.fieldGrid();
    double lo = -0.2 * spec.target();
    double hi = 1.2 * spec.target();
    double[] axis = new double[g];
    for (int i = 0; i < g; i++) {
      axis[i] = lo + (hi - lo) * i / (g - 1);
    }
    double[][][] field = new double[g][g][];
    for (int i = 0; i < g; i++) {
      for (int k = 0; k < g; k++) {
        field[i][k] = model.velocityInK(new double[] {axis[i], axis[k]});
      }
    }
    PhasePlaneStats stats = PhasePlaneStats.of(p0, fin, end, spec.target());
    return new PhasePlanePanel(depth, spread, p0, times, traj, fin, end, stats, axis, field);
  }
}
