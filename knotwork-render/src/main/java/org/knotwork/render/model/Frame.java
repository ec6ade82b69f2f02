package org.knotwork.render.model;

import java.util.Arrays;
import org.knotwork.net.NetworkParams;

/**
 * One recorded state of a training run.
 *
 * @param step optimiser step (descent) or accepted integrator steps (flow); non-negative
 * @param time training time: k&middot;&eta; for descent, flow time for gradient flow; finite
 * @param net the network at this moment (network coordinates, S1)
 * @param loss the full-data loss L (notes &sect;2); finite and non-negative
 * @param gradientNorm &Vert;&nabla;L&Vert;<sub>2</sub> in the training coordinates; finite and
 *     non-negative
 * @param spectrum eigenvalues of the Hessian at this moment (any order, copied and sorted
 *     ascending), or null when not recorded
 */
public record Frame(long step, double time, NetworkParams net, double loss, double gradientNorm,
    double[] spectrum) {

  /** Validates the fields; the spectrum is copied and sorted ascending. */
  public Frame {
    if (step < 0) {
      throw new IllegalArgumentException("step must be >= 0, got " + step);
    }
    if (!Double.isFinite(time)) {
      throw new IllegalArgumentException("time must be a finite number, got " + time);
    }
    if (net == null) {
      throw new IllegalArgumentException("net is required");
    }
    if (!(loss >= 0) || !Double.isFinite(loss)) {
      throw new IllegalArgumentException("loss must be finite and >= 0, got " + loss);
    }
    if (!(gradientNorm >= 0) || !Double.isFinite(gradientNorm)) {
      throw new IllegalArgumentException(
          "gradientNorm must be finite and >= 0, got " + gradientNorm);
    }
    if (spectrum != null) {
      spectrum = spectrum.clone();
      for (int k = 0; k < spectrum.length; k++) {
        if (!Double.isFinite(spectrum[k])) {
          throw new IllegalArgumentException(
              "spectrum[" + k + "] must be a finite number, got " + spectrum[k]);
        }
      }
      Arrays.sort(spectrum);
    }
  }

  /** A frame without a recorded spectrum. */
  public Frame(long step, double time, NetworkParams net, double loss, double gradientNorm) {
    this(step, time, net, loss, gradientNorm, null);
  }

  /** Whether Hessian eigenvalues were recorded. */
  public boolean hasSpectrum() {
    return spectrum != null;
  }

  @Override
  public double[] spectrum() {
    return spectrum == null ? null : spectrum.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Frame f && step == f.step && Double.compare(time, f.time) == 0
        && net.equals(f.net) && Double.compare(loss, f.loss) == 0
        && Double.compare(gradientNorm, f.gradientNorm) == 0
        && Arrays.equals(spectrum, f.spectrum);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * Long.hashCode(step) + Double.hashCode(time)) + net.hashCode();
  }

  @Override
  public String toString() {
    return "Frame[step=" + step + ", time=" + time + ", loss=" + loss + ", H=" + net.width() + "]";
  }
}
