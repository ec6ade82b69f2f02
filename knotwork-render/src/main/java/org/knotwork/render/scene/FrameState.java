package org.knotwork.render.scene;

import org.knotwork.common.linalg.Inertia;

/**
 * The drawing data of one video frame. Per-neuron arrays have length H and follow the network's
 * neuron order; a neuron without a knot (w = 0) has orientation 0 and NaN for &beta; and f(&beta;).
 *
 * @param index video frame number k (0-based)
 * @param recordIndex index of the recorded frame shown
 * @param step optimiser step
 * @param time training time of the recorded frame
 * @param targetTime the uniform-time target of this video frame
 * @param loss L
 * @param gradientNorm &Vert;&nabla;L&Vert;
 * @param offset the spline offset c (S3)
 * @param beta knots &beta;<sub>i</sub> (S2)
 * @param mu delta-slopes &mu;<sub>i</sub> (S2)
 * @param orientation s<sub>i</sub> &isin; {&minus;1, 0, +1}
 * @param valueAtKnot f(&beta;<sub>i</sub>)
 * @param curveX abscissae of the exact polyline of f over the view window: the window's ends and
 *     every distinct knot inside it, ascending (f is piecewise linear, so this is f exactly)
 * @param curveY f at {@code curveX}
 * @param residuals r<sub>n</sub> = f(x<sub>n</sub>) &minus; y<sub>n</sub> in the data's order
 * @param distinctKnots number of knots of the canonical form (S4): distinct &beta; with non-zero
 *     net slope jump
 * @param spectrum Hessian eigenvalues ascending, or null
 * @param inertia inertia of {@code spectrum} at the default tolerance, or null
 */
public record FrameState(int index, int recordIndex, long step, double time, double targetTime,
    double loss, double gradientNorm, double offset, double[] beta, double[] mu, int[] orientation,
    double[] valueAtKnot, double[] curveX, double[] curveY, double[] residuals, int distinctKnots,
    double[] spectrum, Inertia inertia) {

  /** Width H. */
  public int width() {
    return beta.length;
  }

  /** Whether a spectrum was recorded for this frame. */
  public boolean hasSpectrum() {
    return spectrum != null;
  }
}
