package org.knotwork.bench;

import org.knotwork.loss.LossWorkspace;

/**
 * The right-hand side of gradient flow in network coordinates (S11), &theta;&#775; = &minus;&nabla;L(&theta;),
 * together with the induced velocities of the knots and delta-slopes (S12), obtained from it by the
 * chain rule from &beta; = &minus;b/w and &mu; = v|w|:
 * &beta;&#775;<sub>i</sub> = (b<sub>i</sub>w&#775;<sub>i</sub> &minus; w<sub>i</sub>b&#775;<sub>i</sub>)/w<sub>i</sub><sup>2</sup>
 * and &mu;&#775;<sub>i</sub> = |w<sub>i</sub>|v&#775;<sub>i</sub> + s<sub>i</sub>v<sub>i</sub>w&#775;<sub>i</sub>.
 * A knotless neuron (w<sub>i</sub> = 0) gets NaN for both. No allocation per call.
 */
public final class FlowField {
  private final LossWorkspace workspace;
  private final int width;

  /** The flow of the network-coordinate objective behind {@code workspace} (width H). */
  public FlowField(LossWorkspace workspace, int width) {
    if (workspace.dimension() != 3 * width + 1) {
      throw new IllegalArgumentException("workspace must be in network coordinates of width "
          + width + " (dimension " + (3 * width + 1) + "), got dimension " + workspace.dimension());
    }
    this.workspace = workspace;
    this.width = width;
  }

  /**
   * Writes &theta;&#775; into {@code thetaDot} (length 3H+1) and the knot and delta-slope velocities
   * into {@code betaDot}, {@code muDot} (length H); returns the loss.
   */
  public double evaluate(double[] theta, double[] thetaDot, double[] betaDot, double[] muDot) {
    double loss = workspace.valueAndGradient(theta, thetaDot);
    for (int k = 0; k < thetaDot.length; k++) {
      thetaDot[k] = -thetaDot[k];
    }
    int h = width;
    for (int i = 0; i < h; i++) {
      double w = theta[i];
      double b = theta[h + i];
      double v = theta[2 * h + i];
      double wDot = thetaDot[i];
      double bDot = thetaDot[h + i];
      double vDot = thetaDot[2 * h + i];
      if (w == 0) {
        betaDot[i] = Double.NaN;
        muDot[i] = Double.NaN;
      } else {
        betaDot[i] = (b * wDot - w * bDot) / (w * w);
        muDot[i] = Math.abs(w) * vDot + Math.signum(w) * v * wDot;
      }
    }
    return loss;
  }
}
