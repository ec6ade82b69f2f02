package org.knotwork.pathways.experiment;

/**
 * One panel of the phase-plane experiment: one depth and one spread. Arrays are exposed as stored;
 * treat them as read-only.
 *
 * @param depth D of both pathways
 * @param spread standard deviation of the initial p
 * @param initialP initialP[start] = {p<sub>a</sub>, p<sub>b</sub>}
 * @param times recorded times
 * @param trajectories trajectories[start][t] = {K<sub>a</sub>, K<sub>b</sub>}
 * @param finalK finalK[start] = {K<sub>a</sub>, K<sub>b</sub>} at the last step of the integrator
 * @param endStateK endStateK[start]: the exact end state from the invariants (notes &sect;2.4)
 * @param stats summary statistics
 * @param fieldAxis the grid values of K (both axes)
 * @param field field[i][k] = {dK<sub>a</sub>/dt, dK<sub>b</sub>/dt} at (K<sub>a</sub>, K<sub>b</sub>) =
 *     (fieldAxis[i], fieldAxis[k])
 */
public record PhasePlanePanel(int depth, double spread, double[][] initialP, double[] times,
    double[][][] trajectories, double[][] finalK, double[][] endStateK, PhasePlaneStats stats,
    double[] fieldAxis, double[][][] field) {
  /** Validates shapes. */
  public PhasePlanePanel {
    if (initialP == null || trajectories == null || finalK == null || endStateK == null
        || stats == null || times == null || fieldAxis == null || field == null) {
      throw new IllegalArgumentException("every panel field is required");
    }
    int n = initialP.length;
    if (trajectories.length != n || finalK.length != n || endStateK.length != n) {
      throw new IllegalArgumentException("per-start arrays must have the same length");
    }
  }
}
